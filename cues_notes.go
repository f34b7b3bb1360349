// Code in this file is data (and the matchers built on it): the words of the notes that
// sites put at the start or the end of an article, addressed to the reader rather than
// part of the story. prune_article.go acts on them.

package winnow

import "strings"

// promoPrefixes open the lines that close many articles with a call to the reader: to
// subscribe, sign up for a newsletter, follow the site, get its app or support it ("Folgen
// Sie uns auf Twitter", "Never miss the latest news by signing up"). Matched lower-cased at
// the start of a short line among the last few of the article, never inside it: "Download
// the files" or "Subscribe to …" in the body is the article's own instruction.
var promoPrefixes = []string{
	"subscribe now", "subscribe to", "subscribe for", "subscribe today", "sign up for",
	"sign up now", "never miss", "follow us", "get the latest", "stay up to date", "stay up-to-date",
	"stay informed", "if you enjoyed", "if you liked this", "support our", "become a member",
	"already a subscriber", "to view the full", "to continue reading", "like what you",
	"mit unserem newsletter", "abonnieren sie", "jetzt abonnieren", "folgen sie uns", "folge uns",
	"lust auf mehr", "gefällt dir dieser", "gefällt ihnen dieser", "hat ihnen dieser", "hat dir dieser",
	"unterstützen sie", "abonnez-vous", "inscrivez-vous", "suivez-nous", "suscríbete", "suscríbase",
	"síguenos", "hazte miembro", "hazte socio", "assine", "inscreva-se", "siga-nos", "iscriviti",
	"seguici", "abbonati", "подпишитесь", "подписывайтесь", "ikuti kami", "berlangganan",
	"theo dõi chúng tôi", "đăng ký nhận", "关注我们", "订阅", "フォローして", "구독하기",
	"help us ", "we want to hear", "for the latest",
	// Indonesian sites close most stories with a pointer to their Google News or app
	// channel ("Simak berita dan artikel lainnya di Google News", "Dapatkan update berita
	// pilihan … setiap hari").
	"simak berita", "dapatkan update", "ikuti berita",
	"help us ", "we want to hear", "for the latest", "we need your help", "don't miss", "don’t miss",
	"like this article", "want more", "if you believe", "this story is funded", "submit your letter",
	"do you want to be informed", "ready to join", "kennt ihr schon", "kennen sie schon",
	"gefällt dir unser", "gefällt ihnen unser", "besuchen sie unser", "besuche unser", "bei fragen und anregungen",
	"weitere infos unter", "zapraszamy", "¿ya sabías", "¡mira ", "mira nuestro",
	"follow me", "join me on", "join our", "check out our", "fill out the form", "photo sources",
	"image sources", "photo credits",
	// Prompts to rate, comment or cite the article, and empty comment counters.
	"wie bewerten sie", "war dieser artikel hilfreich", "was this article helpful",
	"was this page helpful", "rate this article", "keine kommentare", "kommentare insgesamt",
	"no comments", "0 comments", "para comentar", "suggested citation", "cite this article",
	"how to cite", "zitiervorschlag", "zitierweise",
	// Addresses to the reader about writing in, registering to comment, or a paywall.
	"puede escribirnos", "puedes escribirnos", "escríbenos", "bitte registrieren sie sich",
	"if you're seeing this", "if you’re seeing this",
}

// postMetaPrefixes open the filing line that blog engines print under a post: where it
// was filed, its categories and tags, its permalink ("This entry was posted in …",
// "Dieser Beitrag wurde unter … abgelegt", "Kategorie: News"). Matched lower-cased at the
// start of a short line among the last few of the article; the post's date and tags are
// Article fields, not its text.
var postMetaPrefixes = []string{
	"this entry was posted", "posted in", "filed under", "der beitrag wurde", "dieser beitrag wurde",
	"dieser eintrag wurde", "erstellt am", "abgelegt unter", "veröffentlicht in", "kategorie:",
	"kategorien:", "category:", "categories:", "tags:", "schlagwörter:", "schlagworte:",
	"stichwörter:", "themen:", "étiquettes", "etiquetas:", "publié dans", "publicado en",
	"pubblicato in", "permalink", "bookmark the permalink",
	// Who checked the article and when ("Medically reviewed by …", "Last reviewed January
	// 2023"): its metadata, not its text.
	"medically reviewed by", "reviewed by", "fact-checked by", "fact checked by", "last reviewed",
	"date last reviewed",
}

// rightsNotices are the words of the notice that closes many articles: the publisher's
// rights, a ban on reprinting, a disclaimer for what contributors write ("This article is
// the copyrighted property of …", "Materiał chroniony prawem autorskim"). Matched
// lower-cased anywhere in a short line among the last few of the article. Not "reprint"
// alone: "This article was reprinted on …" is the article's own history.
var rightsNotices = []string{
	"all rights reserved", "copyrighted property", "written permission", "alle rechte vorbehalten",
	"tous droits réservés", "todos los derechos reservados", "todos os direitos reservados",
	"chroniony prawem", "wszelkie prawa zastrzeżone", "riproduzione riservata",
	"is not responsible for the opinions", "все права защищены", "版权所有", "無断転載",
}

// disclaimerWords are the words of the legal notices that close articles on money,
// health and law: the text is no advice, its views are its authors' own, past results
// promise nothing ("This material has been prepared for informational purposes only",
// "Alle Angaben ohne Gewähr"). Matched lower-cased anywhere in a paragraph among the
// last few of the article.
var disclaimerWords = []string{
	"for informational purposes only", "for general informational purposes", "for general information purposes",
	"for educational purposes only", "not intended to constitute", "does not constitute legal",
	"does not constitute financial", "does not constitute investment", "should not be construed as",
	"not necessarily reflect", "the views and opinions expressed", "views expressed in this",
	"past performance is no guarantee", "past performance does not guarantee", "not a substitute for professional",
	"alle angaben ohne gewähr", "keine anlageberatung", "stellt keine anlageberatung", "à titre informatif uniquement",
	"con fines informativos", "a scopo informativo",
	"forward-looking statements", "certification marks", "registered trademark", "investment risk",
	"registered investment adviser", "by clicking on these links",
	// The views are their authors' own ("n'engagent que leurs auteurs"), and the site
	// answers for none of the pages it links to ("keinen Einfluss auf die Inhalte").
	"n'engagent que", "n’engagent que", "n'engage que", "n’engage que",
	"keinen einfluss auf die inhalte", "für die inhalte der verlinkten seiten",
	// The privacy notice on what becomes of a contact form's data.
	"per kontaktformular anfragen",
}

// pitchWords are the words of the appeal for money that closes the articles of sites kept
// by their readers ("kept alive by reader donations", "This story is funded by readers
// like you", "Donate via Patreon"). Matched lower-cased anywhere in a paragraph among the
// last few of the article, like disclaimerWords.
var pitchWords = []string{
	"reader donations", "your donation", "donations play", "donate via",
	"make a donation", "funded by readers", "readers like you", "reader-supported", "reader supported",
	"become a patron", "on patreon", "jetzt spenden", "spenden sie", "faire un don", "haz una donación",
	"haga una donación", "wesprzyj nas", "fai una donazione",
	"please consider liking", "consider subscribing", "please consider supporting", "consider pitching in",
	"fundraising effort", "every dollar you give", "apóyanos", "hazte miembro", "hazte socio",
	// The newsletter's promise that the reader misses nothing again.
	"nichts mehr verpassen", "nichts mehr versäumen", "verpassen sie keine", "verpasse keine",
}

// hasDisclaimer reports whether lower-cased text holds a legal notice or an appeal for
// money.
func hasDisclaimer(s string) bool {
	return disclaimerPhrases.inLower(s)
}

// disclaimerPhrases are disclaimerWords and pitchWords, read in one pass over a text.
var disclaimerPhrases = newPhraseSet(disclaimerWords, pitchWords)

// hasRightsNotice reports whether lower-cased text holds a rights notice.
func hasRightsNotice(s string) bool {
	return rightsPhrases.inLower(s)
}

// rightsPhrases are rightsNotices, read in one pass over a text.
var rightsPhrases = newPhraseSet(rightsNotices)

// disclosureWords are the words of the note that opens many reviews and shopping guides:
// the site earns a commission on its links, or the post is advertising ("We may earn a
// commission", "Für Links auf dieser Seite erhält … eine Provision", "Dieser Beitrag
// enthält Werbung"). Matched lower-cased anywhere in a short line among the first few of
// the article.
var disclosureWords = []string{
	"may receive compensation", "may receive a commission", "may earn a commission",
	"may earn commission", "we may earn", "contains affiliate links", "affiliate links",
	"references to products from", "advertisers do not influence", "eine provision",
	"enthält werbung", "enthält affiliate-links", "liens affiliés", "liens d'affiliation",
	"enlaces de afiliados", "enlaces de afiliado", "link di affiliazione", "links de afiliados",
}

// hasDisclosure reports whether lower-cased text holds an affiliate or advertising
// disclosure.
func hasDisclosure(s string) bool {
	return disclosurePhrases.inLower(s)
}

// disclosurePhrases are disclosureWords, read in one pass over a text.
var disclosurePhrases = newPhraseSet(disclosureWords)

// hasPromoPrefix reports whether text opens with a call to subscribe, follow or support,
// or with a blog post's filing line. White space of any kind counts as a space
// ("SUGGESTED&nbsp;CITATION"), and a Spanish opening "¡" or "¿" may be left out of a
// phrase or written in it ("¡mira ", "síguenos").
func hasPromoPrefix(text string) bool {
	t := strings.TrimLeft(lowerCase(collapse(text)), "»>›→•-–—*( ")
	bare := strings.TrimLeft(t, "¡¿")
	for _, list := range [...][]string{promoPrefixes, postMetaPrefixes} {
		for _, p := range list {
			if strings.HasPrefix(bare, p) || strings.HasPrefix(t, p) {
				return true
			}
		}
	}
	return false
}

// commentCountWords follow the number in the line that opens the comments under a post
// ("59 Comments on “…”", "12 thoughts on …", "3 Kommentare", "5 条评论"). Matched
// lower-cased right after the leading number of a short line among the last few of the
// article: once the comments are left out, their heading is all that remains of them.
var commentCountWords = []string{
	"comment", "response", "repl", "thought", "kommentar", "antwort", "commentaire", "réponse",
	"comentario", "respuesta", "comentário", "resposta", "comment", "commento", "commenti",
	"komentarz", "reactie", "коммент", "ответ", "bình luận", "ý kiến", "komentar", "tanggapan",
	"yorum", "条评论", "條評論", "件のコメント", "개의 댓글",
}

// isCommentCount reports whether text opens with a number of comments.
func isCommentCount(text string) bool {
	t := strings.TrimSpace(text)
	n := len(t)
	t = strings.TrimLeft(t, "0123456789")
	if len(t) == n {
		return false
	}
	t = strings.ToLower(strings.TrimSpace(t))
	for _, w := range commentCountWords {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}
