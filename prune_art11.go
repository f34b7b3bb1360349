package winnow

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// This file holds the rules of the eleventh round aimed at article pages.
//
// Credits under pictures: a caption is the picture's text and is kept with it (see
// inFigure), but many publishing systems give a picture a caption that is only its credit,
// set in a caption element of its own ("Credit: Serious Eats", "Image credit: Eurogamer",
// "Photo credit: Janome.com"). Such a line names who made the picture and says nothing of
// it, and readers leave it out with the other credits. Only a label that says credit,
// source or courtesy outright is believed inside a figure ("Courtesy of the brand"): a
// caption that opens with "Photo:" or "Bild:" may go on to describe the picture.

// figureCreditPrefixes open a caption that is only a picture's credit (lower case, matched
// at its start after an opening parenthesis), in the languages of creditPrefixes.
var figureCreditPrefixes = []string{
	"credit:", "credits:", "image credit:", "photo credit:", "picture credit:", "courtesy of ",
	"photo courtesy", "photos courtesy", "image courtesy", "images courtesy",
	"image credits:", "photo credits:", "image source:", "photo source:", "picture source:",
	"crédit:", "crédits:", "crédit photo :", "crédit photo:", "crédits photos :", "crédits photos:",
	"crédito:", "créditos:", "bildquelle:", "fotoquelle:", "bildnachweis:", "fotonachweis:",
}

// figureCreditOpenings are figureCreditPrefixes by their first byte.
var figureCreditOpenings = newPrefixIndex(figureCreditPrefixes)

// isFigureCredit reports whether a short text inside a figure is the picture's credit
// alone: it opens with one of figureCreditPrefixes.
func isFigureCredit(s string) bool {
	s = strings.TrimLeft(s, "( ")
	var buf [maxStackLower]byte
	if low, ok := lowerASCII(buf[:0], s); ok {
		return opensWith(figureCreditOpenings, low)
	}
	return opensWith(figureCreditOpenings, lowerCase(s))
}

// Reading times off stories: dropReadingTimes looks only at pages that declare a story,
// but many blogs and newsrooms declare nothing (og:type website, a bare WebPage) and
// print the same estimate beside their byline ("Dec 17, 2025 · 6 min read"): the
// estimate alone is the site's, not the writer's. A discussion is left (a line is a
// poster's), and so is a page whose content is spread over many blocks (a listing), where
// the estimate under each teaser is part of the entry as much as its date.

// "Follow us" lines: a short paragraph that asks the reader to follow the site, the writer
// or the show on two social networks or more ("Follow us on Telegram, Facebook, Instagram,
// YouTube and X for the latest news", "Follow Reviewed on Facebook, Twitter, Instagram,
// TikTok, or Flipboard", "Follow on social media: TikTok || Instagram") is the site's
// furniture wherever it stands, in the body between two stories as well as at the end,
// where dropTrailingPromos finds only the lines that open with the call. Naming two
// networks and a call to follow keeps a sentence about social media itself ("Following
// the leads of Facebook and Instagram, …") out of it.

// followMaxUnits bounds a follow line: a sentence or two (see promoMaxUnits).
const followMaxUnits = promoMaxUnits

// followCalls are the calls to follow (lower case): the verb, and the preposition that
// comes before the networks within followCallGap bytes of it ("follow reviewed on").
var followCalls = []struct{ verb, prep string }{
	{"follow ", " on"}, {"follow on social", ""}, {"follow us", ""},
	{"folgen sie ", " auf"}, {"folge uns", ""}, {"suivez", " sur"}, {"síguenos", ""},
	{"siga-nos", ""}, {"seguici", ""}, {"segui ", " su"}, {"volg ", " op"},
	{"theo dõi", " trên"}, {"ikuti ", " di"}, {"подписывайтесь", ""}, {"takip edin", ""},
}

// followCallGap bounds the bytes between a follow verb and its preposition: a name of
// a site or a writer of a few words.
const followCallGap = 40

// socialNetworks are the networks a follow line names (lower case, matched as words).
var socialNetworks = []string{
	"facebook", "twitter", "instagram", "tiktok", "youtube", "linkedin", "pinterest",
	"flipboard", "telegram", "whatsapp", "threads", "bluesky", "mastodon", "snapchat",
	"x", "vk", "line", "weibo", "wechat", "kakaotalk", "zalo",
}

// socialNetworkSet is socialNetworks as a set.
var socialNetworkSet = func() map[string]bool {
	m := make(map[string]bool, len(socialNetworks))
	for _, n := range socialNetworks {
		m[n] = true
	}
	return m
}()

// socialMinNetworks: a follow line names at least this many networks.
const socialMinNetworks = 2

// socialListGap is how many words may part two networks of a follow line's list: the
// "and" or "or" before the last one. A writer's closing words that name networks far
// apart ("follow me on Bluesky at @me or on Mastodon at @me") are a sentence of the text.
const socialListGap = 1

// isFollowLine reports whether the lower-cased words s are a call to follow on two social
// networks or more listed together (see followCalls, socialNetworks, socialListGap). The
// short names ("x", "line", "vk") count only beside a long one, so that a line's own
// words do not make up the pair.
func isFollowLine(s string) bool {
	called := false
	for _, c := range followCalls {
		i := strings.Index(s, c.verb)
		if i < 0 {
			continue
		}
		if c.prep == "" {
			called = true
			break
		}
		rest := s[i+len(c.verb):]
		if j := strings.Index(rest, c.prep+" "); j >= 0 && j <= followCallGap {
			called = true
			break
		}
	}
	if !called {
		return false
	}
	// The networks are listed together ("on Facebook, Twitter, Instagram, or
	// Flipboard"): two of them at most one word apart (a comma's "and" or "or").
	long, listed, last := false, 0, -2
	var prev string
	for k, w := range strings.FieldsFunc(s, func(r rune) bool { return !isLetterOrDigit(r) }) {
		if !socialNetworkSet[w] || w == prev {
			continue
		}
		if k-last > socialListGap+1 {
			listed, long = 0, false
		}
		listed, last, prev = listed+1, k, w
		long = long || len(w) > 4
		if long && listed >= socialMinNetworks {
			return true
		}
	}
	return false
}

// Closing disclosures: many blogs and review sites close a story with the note that its
// links earn them a commission ("Disclosure: some of my posts contain affiliate links …",
// "As an Affiliate Marketer, I earn from qualifying purchases") or that its prices may
// have changed since; dropLeadingDisclosures finds the note at the top only. Among the
// last few lines the note is the site's, whatever the story said above it.

// closingDisclosureWords are the phrases (lower case) of a closing disclosure beyond
// disclosureWords: the ones a sentence of a story seldom holds at its very end.
var closingDisclosureWords = []string{
	"qualifying purchases", "affiliate link", "small commission", "amount of commission",
	"earn us a commission", "earn a commission", "accurate at the time this article",
	"accurate at the time of publi",
}

// closingDisclosurePhrases are disclosureWords and closingDisclosureWords, read in one
// pass over a line.
var closingDisclosurePhrases = newPhraseSet(disclosureWords, closingDisclosureWords)

// dropClosingDisclosures drops, among the last disclosureLines lines with text of the
// chosen text, the short ones (disclosureMaxUnits) that disclose affiliate links or say
// the prices may have changed (see closingDisclosurePhrases). A discussion is left: a
// poster's last words are the post.
func (t *tree) dropClosingDisclosures(roots []int32) {
	if t.keepComments || t.discussion {
		return
	}
	seen := 0
	for k := len(roots) - 1; k >= 0 && seen < disclosureLines; k-- {
		r := roots[k]
		if t.nodes[r].drop != keep {
			continue
		}
		for j := t.subtreeEnd(r) - 1; j >= r && seen < disclosureLines; j-- {
			b := &t.nodes[j]
			if b.text || !b.block || b.ownUnits == 0 || t.droppedWithin(j, r) {
				continue
			}
			seen++
			if b.tag != atom.Li && b.units <= disclosureMaxUnits && phraseIn(closingDisclosurePhrases, t.lowerWordsOf(j)) {
				b.drop = dropPromo
				seen-- // a stack of notes counts as none of the last lines
			}
		}
	}
}

// Appeals to the reader: a newsroom or a nonprofit site sets its appeal for support among
// or after the paragraphs of a story ("Since you made it to the bottom of this article,
// we have a small favor to ask", "Enjoyed this piece? We need your help to keep
// publishing", "Support our mission to keep content open and free"), and a feed's copy
// ends with the publishing system's signature ("The post … appeared first on …"). Other
// boxes and lines may follow them, so dropTrailingPromos, which reads the last lines
// only, misses them. Their phrases are the site's voice, not a story's, wherever they
// stand on a page that is no discussion and no listing.

// appealWords are the phrases (lower case) of an appeal to support the site, and the
// feed's signature, narrower than pitchWords so that they may be looked for anywhere.
var appealWords = []string{
	"a small favor to ask", "a small favour to ask", "we need your help to keep",
	"support our mission", "support our journalism", "supporting our journalism",
	"supporting our award-winning journalism", "support independent journalism",
	"support our independent", "appeared first on",
	"unterstützen sie unseren journalismus", "soutenez notre journalisme",
	"apoya nuestro periodismo", "sostieni il nostro giornalismo", "apoie nosso jornalismo",
}

// appealPhrases are appealWords, read in one pass over a line.
var appealPhrases = newPhraseSet(appealWords)

// Control labels: a page's script fills in or toggles parts of the text, and the labels
// of its controls and placeholders are written in the HTML as text ("Show Caption" over a
// picture, NPR's "toggle caption", "Loading paragraph..." where a paragraph streams in).
// A line that is such a label alone says nothing of the page.

// controlLabelMaxUnits bounds a control's label: a few words.
const controlLabelMaxUnits = 30

// controlLabels are the labels (lower case, words joined by single spaces, as lowerText
// gives them) of the controls and placeholders whose line is dropped.
var controlLabels = map[string]bool{
	"show caption": true, "hide caption": true, "toggle caption": true, "enlarge this image": true,
	"loading": true, "loading paragraph": true, "loading image": true, "loading video": true,
	"bildunterschrift anzeigen": true, "wird geladen": true, "chargement": true, "cargando": true,
	"caricamento": true, "carregando": true, "загрузка": true, "đang tải": true, "読み込み中": true,
	"加载中": true,
}

// isCreditLine reports whether block i, of short text s, is a photo credit: outside a
// figure, one that isCredit reads as such; inside one, a caption that is only the credit
// under a label that says so (see isFigureCredit).
func (t *tree) isCreditLine(i int32, s string) bool {
	if t.inFigure(i) {
		return isFigureCredit(s)
	}
	return isCredit(s)
}

// readerAnchors tell the prose that may hold a follow verb or an appeal from the prose
// that cannot (see anchorSet): most paragraphs are then never lower-cased.
var readerAnchors = func() *anchorSet {
	verbs := make([]string, len(followCalls))
	for k, c := range followCalls {
		verbs[k] = c.verb
	}
	return newAnchorSet(verbs, appealWords, readerAnchors13)
}()

// mayHoldAny reports whether one of block i's text nodes may hold one of a's phrases.
func (t *tree) mayHoldAny(i int32, a *anchorSet) bool {
	end := t.subtreeEnd(i)
	for j := i; j < end; j++ {
		if t.nodes[j].text && a.mayHold(t.nodes[j].n.Data) {
			return true
		}
	}
	return false
}

// followVerbs are the verbs of followCalls, read in one pass over a line's bytes before
// isFollowLine reads it as a string: most paragraphs hold none.
var followVerbs = func() *phraseSet {
	verbs := make([]string, len(followCalls))
	for k, c := range followCalls {
		verbs[k] = c.verb
	}
	return newPhraseSet(verbs)
}()

// lowerWordsOf returns the words of block i lower-cased, as lowerText gives them,
// without a string: plainWords' buffer lower-cased in place, which holds until the next
// call of plainWords. A rune whose lower case has another length in UTF-8 (U+0130, the
// Kelvin sign: a handful in all of Unicode) sends the block to lowerCase.
func (t *tree) lowerWordsOf(i int32) []byte {
	b := t.plainWords(i)
	for k := 0; k < len(b); {
		c := b[k]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
			k++
			continue
		}
		r, size := decodeRune(b[k:])
		if size == 0 {
			k++ // not UTF-8: no phrase holds it
			continue
		}
		l := lowerRune(r)
		switch {
		case l == r:
		case utf8.RuneLen(l) == size:
			utf8.EncodeRune(b[k:], l)
		default:
			return []byte(lowerCase(string(b)))
		}
		k += size
	}
	return b
}

// dropReaderLines drops, in one walk over the chosen text, the short blocks that the
// line rules of this file read as the site's rather than the story's: a control's label
// (see controlLabels) on any page; a reading time alone (see isReadingTime) on a page
// that declares no story, is no discussion and is not spread (a story's are
// dropReadingTimes' business); a follow line (see isFollowLine) on any page but a
// discussion; and an appeal (see appealPhrases) on such a page whose content is not
// spread. Each block's words are lower-cased once for all of them, in place (see
// lowerWordsOf), and read as a string only when a cheap look at the bytes finds what a
// rule needs.
func (t *tree) dropReaderLines(roots []int32) {
	reader := !t.keepComments && !t.discussion
	timed := reader && !t.story && !t.spread
	appeals := reader && !t.spread
	t.visitKept(roots, func(i int32, b *blk) bool {
		short := b.units <= controlLabelMaxUnits || timed && b.units <= readingTimeMaxUnits
		prose := reader && b.block && b.ownUnits > 0 && b.units <= promoMaxUnits
		if b.units == 0 || !short && !prose || !short && !t.mayHoldAny(i, readerAnchors) {
			return false
		}
		low := t.lowerWordsOf(i)
		why := t.widgetLine(i, b, low)
		switch {
		case why != keep:
		case prose && b.units <= signupConsentMaxUnits && opensWithAny(low, signupConsentVerbs) && isSignupConsent(string(low)):
			why = dropPromo
		case prose && b.units <= stateMaxUnits && b.tag != atom.H1 && !isSubheading(b.tag) && opensStateLine(low) && isFailureLine(string(low)):
			why = dropCue
		case timed && b.units <= readingTimeMaxUnits && bytes.ContainsAny(low, "0123456789") && isReadingTime(string(low)):
			why = dropDateline
		case prose && b.units <= followMaxUnits && phraseIn(followVerbs, low) && isFollowLine(string(low)):
			why = dropPromo
		case prose && appeals && b.tag != atom.Li && phraseIn(appealPhrases, low):
			why = dropPromo
		}
		if why == keep {
			return false
		}
		b.drop = why
		return true
	})
}
