package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxAuthorRunes bounds an author's name: longer strings are bylines with prose in them,
// or author boxes with a biography.
const maxAuthorRunes = 70

// maxAuthorWords bounds the words of one name ("Center for Drug Evaluation and Research"
// has six); more is a sentence.
const maxAuthorWords = 7

// maxBylineRunes bounds one raw author value: a byline listing a dozen names fits; a
// paragraph put in an author field does not.
const maxBylineRunes = 300

// maxAuthors bounds the list: longer lists are contributor credits or link lists.
const maxAuthors = 12

// authorPrefixes are the words that introduce a name in a byline, per language. They are
// matched at the start, case-insensitively, and removed with the spaces and colons that
// follow them.
var authorPrefixes = []string{
	// en
	"written by", "posted by", "article by:", "article by", "postby", "interview:", "text und interview:", "text & interview:", "reported by", "story by", "words by", "text by", "author:",
	"authors:", "by:", "by",
	// de, nl, sv/da/no, pl, cs
	"geschrieben von", "verfasst von", "beitrag von", "beitragvon", "erstellt von", "eingestellt von", "text von", "artikel von:", "von:", "text:", "autor:", "autorin:", "redaktion:", "von", "vom", "door", "av", "af", "od", "autor",
	// fr, es, pt, it
	"rédigé par", "publié par", "écrit par", "auteur :", "auteur:", "par", "escrito por",
	"publicado por", "redacción:", "por", "scritto da", "di", "da",
	// vi, id, tr
	"tác giả:", "tác giả", "bài:", "bài và ảnh:", "theo", "bởi", "oleh", "penulis:", "penulis",
	"yazar:", "yazan:",
	// ru, uk
	"автор:", "автор", "текст:",
	// zh, ja, ko
	"文/", "文 /", "文｜", "作者：", "作者:", "作者", "撰文：", "記者：", "记者：", "記者", "记者",
	"執筆者：", "著者：", "文：", "文●", "글=", "글·", "기자",
	// ar, fa, hi
	"بقلم:", "بقلم", "كتب:", "كتبه", "نویسنده:", "लेखक:",
}

// authorStopWords cut a byline where a date or a role begins ("By Jane Doe | Updated",
// "Von Anna Schmidt am 25.03.").
var authorCutWords = map[string]bool{
	"updated": true, "published": true, "posted": true, "on": true, "am": true, "le": true,
	"el": true, "em": true, "il": true, "op": true, "at": true, "aktualisiert": true,
	"veröffentlicht": true, "publié": true, "mis": true, "publicado": true, "actualizado": true,
	"cập": true, "lúc": true, "ngày": true, "vor": true, "hace": true, "il y a": true, "ago": true,
	"follow": true, "email": true, "e-mail": true, "twitter": true, "view": true, "see": true,
	"more": true, "read": true, "photo": true, "photos": true, "foto": true, "fotos": true,
	"ảnh": true, "video": true, "stand:": true, "stand": true, "last": true, "in": true,
	"under": true, "illustration": true, "illustrations": true, "illustrationen": true,
	// The label of the date that follows the name: "Autor: Jane Doe, Datum: 03.03.19".
	"datum": true, "fecha": true,
}

// authorSuffixes are words that end a byline after the name and are not part of it:
// the reporter marks of Korean and Japanese bylines, for instance ("홍길동 기자").
var authorSuffixes = []string{"기자", "특파원", "記者", "记者", "特派員", "编辑", "編集"}

// genericAuthors are CMS account names that name nobody. A newsroom's desk ("Redaktion",
// "Staff", "Redacción") is not among them: a byline that credits the desk
// gives the article's author as the page states it.
var genericAuthors = map[string]bool{
	"admin": true, "administrator": true, "publisher": true, "super user": true, "unknown": true,
	"user": true, "guest": true, "webmaster": true, "root": true, "author": true, "editor": true,
	"anonymous": true, "default": true, "wpadmin": true,
	"bio":          true,
	"see full bio": true, "profile": true, "cc by": true, "cc by-sa": true, "registrieren": true,
	"register": true, "anónimo": true, "anonyme": true, "anonym": true, "no author": true,
}

// nameStopWords are words of link labels found beside bylines ("All posts by", "Weitere
// Artikel", "Zeige alle Beiträge von"); a name has none of them.
var nameStopWords = map[string]bool{
	"posts": true, "articles": true, "artikel": true, "beiträge": true, "alle": true, "weitere": true,
	"zeige": true, "anzeigen": true, "archiv": true, "all": true, "stories": true, "articoli": true,
	"artículos": true, "articles.": true, "profil": true, "no": true,
	// "more" links to the author's page, which a page may mark rel=author too (de, fr, it),
	// and the reblog button of a blog's byline.
	"weiter": true, "weiterlesen": true, "lire": true, "leggi": true, "rebloggt": true, "reblogged": true,
}

// splitAuthors splits a byline into names: at ';', '|', '、', and at commas and "and" in
// every language when both sides look like names. Credentials after a comma ("Jane Doe,
// PhD") stay with the name.
func splitAuthors(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == '、' || r == '；' }) {
		var names []string
		for _, p := range strings.Split(part, ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			if len(names) > 0 && startsWithDigit(p) {
				// A date after a comma: the weekday before it goes too ("Tomas Spahn Fr,
				// 18.10.2019").
				names[len(names)-1] = trimDateWords(names[len(names)-1])
			}
			if len(names) > 0 && isCredential(p) {
				names[len(names)-1] += ", " + p
				continue
			}
			if len(names) > 0 && (isRole(p) || endsWithRole(p)) {
				continue // "Jean Dupont, correspondant", "Jane Doe, Senior Politics Editor"
			}
			names = append(names, splitAnd(p, len(strings.Split(part, ",")) > 1)...)
		}
		out = append(out, names...)
	}
	return out
}

// startsWithDigit reports whether s opens with a digit.
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// andWords join the last two names of a list, per language.
var andWords = []string{" and ", " & ", " und ", " et ", " y ", " e ", " en ", " và ", " i ", " og ", " och ", " ve ", " dan ", " и ", "와 ", "과 ", "と"}

// splitAnd splits "Jane Doe and John Roe" when each side has two words or more, or when
// the byline is a comma list ("A, B and C").
func splitAnd(s string, inList bool) []string {
	for _, w := range andWords {
		i := strings.Index(s, w)
		if i <= 0 {
			continue
		}
		a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(w):])
		if a == "" || b == "" {
			continue
		}
		if inList || (len(strings.Fields(a)) >= 2 && len(strings.Fields(b)) >= 2) {
			return append(splitAnd(a, inList), splitAnd(b, inList)...)
		}
	}
	if strings.HasPrefix(s, "and ") {
		s = strings.TrimSpace(s[4:])
	}
	return []string{s}
}

// isRole reports whether a comma-separated part after a name is a role: one lower-case
// word, with no digit or underscore that would make it a user name.
func isRole(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return !strings.Contains(p, " ") && unicode.IsLower(r) && !strings.ContainsAny(p, "_0123456789")
}

// endsWithRole reports whether p's last word is a job title: "Senior Politics Editor".
func endsWithRole(p string) bool {
	f := strings.Fields(p)
	return len(f) > 0 && roleHeads[lowerCase(f[len(f)-1])]
}

// credentials are the degrees and titles written after a name and a comma.
var credentials = map[string]bool{
	"phd": true, "ph.d.": true, "md": true, "m.d.": true, "jr": true, "jr.": true, "sr": true,
	"sr.": true, "mba": true, "ms": true, "msc": true, "rd": true, "rn": true, "dr": true,
	"cpa": true, "cfa": true, "esq": true, "esq.": true, "ii": true, "iii": true, "ma": true,
	"ba": true, "bsc": true, "do": true, "np": true, "pa": true, "lcsw": true, "dvm": true,
}

// isCredential reports whether a comma-separated part is a degree or title rather than
// a second name: "PhD", "MD", "RD, FAND", "CEPF®".
func isCredential(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		lw := lowerCase(strings.Trim(w, "®™"))
		if credentials[lw] {
			continue
		}
		up := 0
		for _, r := range w {
			if unicode.IsUpper(r) {
				up++
			}
		}
		if up < 2 || up < utf8.RuneCountInString(strings.Trim(w, ".®™-"))-1 {
			return false
		}
	}
	return true
}

// innerPrefixes are the byline words that may follow a date or a label inside a byline
// ("January 17, 2017 at 6:08 PM by Jane Doe"); the shorter prefixes of authorPrefixes
// are too common as words to be looked for inside a text.
var innerPrefixes = []string{" by ", " von ", " par ", " por ", " door "}

// maxInnerBylineRunes bounds a text searched for an inner byline word: a date, a label
// and a name fit; an author box's biography does not.
const maxInnerBylineRunes = 80

// cleanByline cleans a name as cleanAuthor does, or, when that leaves nothing, the text
// after an inner byline word of a short text.
func cleanByline(s string) string {
	if name := cleanAuthor(s); name != "" || utf8.RuneCountInString(s) > maxInnerBylineRunes {
		return name
	}
	return cleanAuthor(afterInnerPrefix(s))
}

// afterInnerPrefix returns the text after the last inner byline word of s, or "" when
// there is none or the words before it are a link label's ("Zeige alle Beiträge von").
func afterInnerPrefix(s string) string {
	low := lowerCase(s)
	best := -1
	for _, p := range innerPrefixes {
		if i := strings.LastIndex(low, p); i >= 0 && i+len(p) > best {
			best = i + len(p)
		}
	}
	if best < 0 {
		return ""
	}
	for _, w := range strings.Fields(low[:best]) {
		if nameStopWords[w] {
			return ""
		}
	}
	return s[best:]
}

// authorList turns the raw values of one source into a clean list of names, without
// duplicates and without the site's own name.
func authorList(raw []string, site siteNames) []string {
	var out []string
	for _, s := range raw {
		if utf8.RuneCountInString(s) > maxBylineRunes {
			continue // a paragraph, not a byline
		}
		for _, name := range splitAuthors(s) {
			if name = cutSiteCredit(cleanByline(name), site); name == "" || site.is(name) || containsFold(out, name) {
				continue
			}
			out = append(out, name)
			if len(out) == maxAuthors {
				return out
			}
		}
	}
	return out
}

// chooseAuthors takes the authors from the first source that names someone: JSON-LD,
// <meta> names, rel=author links, then the visible byline near the headline. The site's
// own name counts only when the page shows it as the byline and nothing else is there.
func chooseAuthors(m *pageMeta, site siteNames, lines []line) []string {
	if out := authorList(m.ld.authors, site); len(out) > 0 {
		return bylineOf(out, lines, site)
	}
	// One <meta> name at a time, the article's own first: a page may name its person in
	// article:author and its company in author.
	for _, key := range metaAuthorKeys {
		if out := authorList(lastFirst(personValues(m.metaAuth[key])), site); len(out) > 0 {
			return bylineOf(out, lines, site)
		}
	}
	// The visible bylines are read only when the sources before them name no one, and
	// once for both rounds.
	if out := authorList(bylineRelAuthors(m.relAuthor), site); len(out) > 0 {
		return out
	}
	marked := markedAuthors(lines)
	if out := authorList(marked, site); len(out) > 0 {
		return out
	}
	byline := bylineAuthors(lines)
	if out := authorList(byline, site); len(out) > 0 {
		return out
	}
	for _, src := range [][]string{marked, byline} {
		if out := authorList(src, siteNames{}); len(out) > 0 {
			return out
		}
	}
	return nil
}

// maxRelAuthors bounds the rel=author links taken as the byline: a page also links the
// authors of every teaser in its related and latest lists, so a longer run is theirs.
const maxRelAuthors = 3

// bylineRelAuthors returns the rel=author link texts that make the article's byline:
// only the first when the page links more names than a byline holds, else the names up
// to the first repeat (the same author again, in a teaser).
func bylineRelAuthors(rel []string) []string {
	if len(rel) > maxRelAuthors {
		return rel[:1]
	}
	for i := 1; i < len(rel); i++ {
		if containsFold(rel[:i], rel[i]) {
			return rel[:i]
		}
	}
	return rel
}

// allHandles reports whether every name is an account name: one word in lower case,
// perhaps with dots, underscores or digits ("jane.doe", "janedoe", "jd_88").
func allHandles(names []string) bool {
	for _, n := range names {
		if strings.ContainsFunc(n, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsSpace(r) }) {
			return false
		}
	}
	return len(names) > 0
}

// legalForms are the company-form words that end a firm's name, lower case: in an
// author <meta> they name the publisher, not a writer.
var legalForms = map[string]bool{
	"gmbh": true, "ag": true, "se": true, "e.v.": true, "inc": true, "inc.": true, "llc": true,
	"ltd": true, "ltd.": true, "plc": true, "kg": true, "s.a.": true, "s.l.": true, "srl": true,
	"s.r.l.": true, "b.v.": true, "bv": true, "gbr": true, "ug": true, "s.p.a.": true, "sarl": true,
}

// countries are country names, lower case, that end a postal address put in an author
// <meta> ("Verlag GmbH, Nürnberg, Germany").
var countries = map[string]bool{
	"germany": true, "deutschland": true, "austria": true, "österreich": true, "switzerland": true,
	"schweiz": true, "suisse": true, "france": true, "spain": true, "españa": true, "italy": true,
	"italia": true, "usa": true, "united states": true, "uk": true, "united kingdom": true,
	"netherlands": true, "nederland": true, "poland": true, "polska": true, "brasil": true, "brazil": true,
}

// personValues drops the author <meta> values that name a firm or give its address.
func personValues(vals []string) []string {
	var out []string
	for _, v := range vals {
		parts := strings.Split(v, ",")
		last := lowerCase(strings.TrimSpace(parts[len(parts)-1]))
		f := strings.Fields(lowerCase(v))
		if len(parts) > 1 && countries[last] || len(f) > 1 && legalForms[f[len(f)-1]] {
			continue
		}
		out = append(out, v)
	}
	return out
}

// cutSiteCredit removes the site's own name written after a name and a comma ("Rob
// Picheta, CNN"): in capitals it reads like a degree, yet it credits the newsroom. The
// site's name in lower case glued after a name as its last word goes too ("Matthias
// herrpfleger" on herrpfleger.de): it is the blog's handle, not a surname.
func cutSiteCredit(name string, site siteNames) string {
	if i := strings.LastIndexByte(name, ','); i > 0 && site.is(strings.TrimSpace(name[i+1:])) {
		return strings.TrimSpace(name[:i])
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 && name[i+1:] == lowerCase(name[i+1:]) && site.is(name[i+1:]) {
		return strings.TrimSpace(name[:i])
	}
	return name
}

// bylineOf returns the names of the visible byline when the declared ones are account
// names ("jane.doe") and the byline shows a name, or when a declared list is longer than
// a byline and holds them all: such lists credit the photographers and models too.
func bylineOf(declared []string, lines []line, site siteNames) []string {
	if allHandles(declared) {
		for _, src := range [][]string{markedAuthors(lines), bylineAuthors(lines)} {
			if shown := authorList(src, site); len(shown) > 0 && !allHandles(shown) {
				return shown
			}
		}
		return declared
	}
	if full := fullNameShown(declared, lines, site); full != nil {
		return full
	}
	if len(declared) <= maxRelAuthors {
		return declared
	}
	shown := authorList(markedAuthors(lines), site)
	if len(shown) == 0 || len(shown) >= len(declared) {
		return declared
	}
	for _, name := range shown {
		if !containsFold(declared, name) {
			return declared
		}
	}
	return shown
}

// fullNameShown returns the visible byline when the declared author is a given name
// alone and the byline writes it out: a CMS account's display name ("Nils") beside the
// byline "Von Nils Pickert". It returns nil otherwise.
func fullNameShown(declared []string, lines []line, site siteNames) []string {
	if len(declared) != 1 || strings.Contains(declared[0], " ") {
		return nil
	}
	for _, src := range [][]string{markedAuthors(lines), bylineAuthors(lines)} {
		shown := authorList(src, site)
		if len(shown) != 1 {
			continue
		}
		first, _, ok := strings.Cut(shown[0], " ")
		if ok && strings.EqualFold(first, declared[0]) {
			return shown
		}
	}
	return nil
}

// metaAuthorKeys are the <meta> names that give authors, best first.
var metaAuthorKeys = []string{"article:author", "parsely-author", "sailthru.author", "citation_author", "byl", "dc.creator", "author"}

// lastFirst turns catalogue-style names ("Gillman, Steve") into reading order ("Steve
// Gillman"): a value of two single words around one comma.
func lastFirst(vals []string) []string {
	out := vals
	for i, v := range vals {
		last, first, ok := strings.Cut(v, ",")
		last, first = strings.TrimSpace(last), strings.TrimSpace(first)
		if !ok || strings.ContainsAny(first, ",;") || len(strings.Fields(last)) != 1 || len(strings.Fields(first)) != 1 ||
			isCredential(first) {
			continue
		}
		if &out[0] == &vals[0] {
			out = append([]string(nil), vals...)
		}
		out[i] = first + " " + last
	}
	return out
}

// markedAuthors returns the texts of author-marked elements near the headline.
func markedAuthors(lines []line) []string {
	for _, l := range lines {
		if l.author != "" && (l.before || l.pos < maxBylinePos) {
			if namesSomeone(l.author) {
				return []string{l.author}
			}
		}
	}
	return nil
}

// namesSomeone reports whether a byline is a name, or opens with one before a comma or
// a separator that is not followed by the name's degrees ("Jane Doe Senior Editor, The
// Daily", but not "Jane Doe RN, BSN, Sleep Consultant").
func namesSomeone(byline string) bool {
	if cleanByline(byline) != "" {
		return true
	}
	i := strings.IndexAny(byline, ",;|")
	if i <= 0 {
		return false
	}
	next, _, _ := strings.Cut(byline[i+1:], ",")
	return !isCredential(strings.TrimSpace(next)) && cleanByline(byline[:i]) != ""
}

// maxBylinePos is how many lines after the headline a byline may come.
const maxBylinePos = 12

// bylineAuthors returns the first line near the headline that opens with a byline prefix,
// or a line that is only the prefix ("By", "Autor:") joined to the line after it, where
// markup set the label and the name apart.
func bylineAuthors(lines []line) []string {
	for i, l := range lines {
		if !l.before && l.pos >= maxBylinePos {
			break
		}
		if stripAuthorPrefix(l.text) != l.text && utf8.RuneCountInString(l.text) < proseRunes {
			if name := cleanAuthor(l.text); name != "" {
				return []string{l.text}
			}
			if strings.TrimSpace(stripAuthorPrefix(l.text)) == "" && i+1 < len(lines) &&
				utf8.RuneCountInString(lines[i+1].text) < maxInnerBylineRunes {
				if joined := l.text + " " + lines[i+1].text; cleanAuthor(joined) != "" {
					return []string{joined}
				}
			}
		}
	}
	return nil
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// closingLines is how many of the body's last lines may hold a closing byline.
const closingLines = 2

// maxClosingRunes bounds a closing byline: a name, perhaps with "Theo" or "By" before it.
const maxClosingRunes = 50

// closingByline returns the byline that some newsrooms put at the end of the body instead
// of under the headline: a short last line set apart, right-aligned or bold, or opened by
// a byline prefix ("Theo Minh Anh", "By Jane Doe").
func closingByline(t *tree, roots []int32) []string {
	var last []int32
	var visit func(i int32)
	visit = func(i int32) {
		b := &t.nodes[i]
		if b.drop != keep || b.text {
			return
		}
		if b.block && b.ownUnits > 0 {
			last = append(last, i)
			if len(last) > closingLines {
				last = last[1:]
			}
		}
		for c := b.first; c != none; c = t.nodes[c].next {
			visit(c)
		}
	}
	for _, r := range roots {
		visit(r)
	}
	for k := len(last) - 1; k >= 0; k-- {
		n := t.nodes[last[k]].n
		text := blockText(n)
		if utf8.RuneCountInString(text) > maxClosingRunes || strings.ContainsAny(text, ".!?。:") && !strings.HasSuffix(text, ".") {
			continue
		}
		if stripAuthorPrefix(text) != text && cleanAuthor(text) != "" {
			return []string{text}
		}
		// Without a byline word, the name (before a separator and an office: "Thu Hà -
		// Văn phòng Bộ") must read as one, and no digit may stand in the line.
		if setApart(n, text) && !strings.ContainsFunc(text, unicode.IsDigit) {
			if name := cleanAuthor(text); name != "" && looksLikeSignature(name) {
				return []string{text}
			}
		}
	}
	return nil
}

// setApart reports whether a block is aligned right or wholly bold: the look of a
// signature.
func setApart(n *html.Node, text string) bool {
	for e := n; e != nil; {
		style := lowerCase(strings.ReplaceAll(attr(e, "style"), " ", ""))
		if strings.Contains(style, "text-align:right") || strings.EqualFold(attr(e, "align"), "right") {
			return true
		}
		if e.DataAtom == atom.Strong || e.DataAtom == atom.B {
			return blockText(e) == text
		}
		// Descend while the block holds a single element.
		var only *html.Node
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
				continue
			}
			if only != nil || c.Type != html.ElementNode {
				return false
			}
			only = c
		}
		e = only
	}
	return false
}
