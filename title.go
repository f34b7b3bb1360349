package winnow

import (
	"bytes"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// siteNames holds the ways a page names its own site, normalised by normName: og:site_name,
// the JSON-LD publisher, application-name, and the host's main label ("abendblatt" for
// www.abendblatt.de).
type siteNames struct {
	names []string // normalised full names
	host  string   // normalised main label of the host, "" when unknown
	// longest is the longest normalised text that can equal a name, or the host's label
	// with a top-level label after it: a longer text is asked about only when it is short
	// in runes (see is).
	longest int
}

// newSiteNames gathers a page's site names.
func newSiteNames(pageURL string, names ...string) siteNames {
	var s siteNames
	for _, n := range names {
		if k := normName(n); k != "" {
			s.names = append(s.names, k)
			s.longest = max(s.longest, len(k))
		}
	}
	s.host = hostLabel(pageURL)
	if s.host != "" {
		s.longest = max(s.longest, len(s.host)+maxTLDBytes)
	}
	return s
}

// maxTLDBytes bounds the normalised top-level label tldOf returns: at most six runes.
const maxTLDBytes = 6 * utf8.UTFMax

// is reports whether text names the site: it equals a site name, or it is the host's
// label, or a site name with the host's label in it ("Hamburger Abendblatt").
func (s siteNames) is(text string) bool {
	if len(s.names) == 0 && s.host == "" {
		return false
	}
	// A text longer than a site name in runes can only equal a name or the host's label:
	// its key is built up to the longest of those (headings can be long).
	short := runesUpTo(text, maxSiteRunes+1) <= maxSiteRunes
	limit := -1
	if !short {
		limit = s.longest
	}
	var buf [64]byte // most texts asked about are short: their key stays on the stack
	k, whole := appendNormNameUpTo(buf[:0], text, limit)
	if len(k) == 0 || !whole {
		return false
	}
	for _, n := range s.names {
		if string(k) == n {
			return true
		}
	}
	if s.host == "" {
		return false
	}
	if string(k) == s.host || string(bytes.TrimSuffix(k, []byte(tldOf(text)))) == s.host {
		return true
	}
	// "Hamburger Abendblatt" on abendblatt.de: the label is a whole word of the text and
	// the text is short, as site names are; "phpspot開発日誌" on phpspot.org: the label
	// opens a name written in a script without spaces.
	if len(s.host) < 4 || !short {
		return false
	}
	// k is the text's words, normalised, run together: a word that is the label, or a
	// name that the label opens, holds the label in k. Most texts asked (every heading)
	// do not, and are not split into words.
	if !bytes.Contains(k, []byte(s.host)) {
		return false
	}
	if containsWord(text, s.host) {
		return true
	}
	rest, ok := bytes.CutPrefix(k, []byte(s.host))
	return ok && len(rest) > 0 && !isLatin(string(rest))
}

// maxSiteRunes bounds a title part that can be a site name.
const maxSiteRunes = 40

// normName lower-cases s and keeps only its letters and digits, so that "Báo Giao thông",
// "BÁO GIAO THÔNG" and "báo-giao-thông" compare equal.
func normName(s string) string {
	return string(appendNormName(nil, s))
}

// appendNormName appends normName(s) to dst.
func appendNormName(dst []byte, s string) []byte {
	dst, _ = appendNormNameUpTo(dst, s, -1)
	return dst
}

// appendNormNameUpTo appends normName(s) to dst, stopping once dst is longer than limit
// bytes (a negative limit sets none); it reports whether all of s was appended.
func appendNormNameUpTo(dst []byte, s string, limit int) ([]byte, bool) {
	for _, r := range s {
		if limit >= 0 && len(dst) > limit {
			return dst, false
		}
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			dst = append(dst, byte(r))
		case 'A' <= r && r <= 'Z':
			dst = append(dst, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
		case isLetterOrDigit(r):
			dst = utf8.AppendRune(dst, lowerRune(r))
		}
	}
	return dst, limit < 0 || len(dst) <= limit
}

// tldOf returns the normalised top-level label if s looks like a domain ("oe24.at" gives
// "at"), else "".
func tldOf(s string) string {
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || strings.ContainsAny(s, " ") || len(s)-i-1 < 2 || len(s)-i-1 > 6 {
		return ""
	}
	return normName(s[i+1:])
}

// containsWord reports whether word (normalised) is one of the words of text.
func containsWord(text, word string) bool {
	var buf [64]byte
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if string(appendNormName(buf[:0], w)) == word {
			return true
		}
	}
	return false
}

// hostLabel returns the main label of a URL's host: "abendblatt" for
// https://www.abendblatt.de/x, "bbc" for news.bbc.co.uk.
func hostLabel(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" || u.Hostname() == "localhost" {
		return ""
	}
	parts := strings.Split(lowerCase(u.Hostname()), ".")
	if len(parts) < 2 {
		return ""
	}
	i := len(parts) - 2
	// Second-level public suffixes: co.uk, com.au, ne.jp, com.vn, …
	if i > 0 && len(parts[i]) <= 3 && len(parts[len(parts)-1]) == 2 {
		i--
	}
	return normName(parts[i])
}

// titleSeparators split a site's name or a section from a page title: "Headline - Site",
// "Site | Headline".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " ｜ ", "｜", " « ", " > ", "_", " : ", "：", " -- ", ":"}

// cleanTitle strips the site's name from a title when the title carries it as a prefix or
// suffix.
func cleanTitle(title string, site siteNames) string {
	title = collapse(title)
	for changed := true; changed; {
		changed = false
		// Most titles hold one separator or none: a separator with a byte the title lacks
		// is not looked for.
		has := byteSet(title)
		for _, sep := range titleSeparators {
			if !has.all(sep) {
				continue
			}
			i := strings.LastIndex(title, sep)
			j := strings.Index(title, sep)
			if sep == ":" && (i < 0 || isLatin(title[i+1:])) {
				// A bare colon splits a site's name off only in scripts written without
				// spaces ("…「Treeviz」:phpspot開発日誌"); in Latin text it opens a subtitle.
				continue
			}
			switch {
			case i > 0 && site.is(title[i+len(sep):]) && strings.TrimSpace(title[:i]) != "":
				title, changed = strings.TrimSpace(title[:i]), true
			case j > 0 && site.is(title[:j]) && strings.TrimSpace(title[j+len(sep):]) != "":
				title, changed = strings.TrimSpace(title[j+len(sep):]), true
			}
		}
	}
	return title
}

// byteSet256 is a set of bytes, one bit each.
type byteSet256 [4]uint64

// byteSet returns the set of the bytes of s.
func byteSet(s string) byteSet256 {
	var b byteSet256
	for i := 0; i < len(s); i++ {
		b[s[i]>>6] |= 1 << (s[i] & 63)
	}
	return b
}

// all reports whether every byte of s is in b.
func (b *byteSet256) all(s string) bool {
	for i := 0; i < len(s); i++ {
		if b[s[i]>>6]&(1<<(s[i]&63)) == 0 {
			return false
		}
	}
	return true
}

// Title choice thresholds.
const (
	// headlineMatch is the share of a heading's words that must appear in the metadata
	// title for the heading to be taken as the headline it names.
	headlineMatch = 0.6
	// minHeadlineWords: a lone <h1> that shares little with the metadata title is still
	// the headline when it is a phrase of this many words (a section label such as
	// "Business" or a logo is shorter).
	minHeadlineWords = 4
	// classHeadMatch is the overlap (counted both ways) a title-class element needs with
	// the metadata title to be taken as the headline's element.
	classHeadMatch = 0.8
	// maxTitleRunes bounds a heading taken as the title.
	maxTitleRunes = 300
)

// metaTitles returns the titles the metadata declares, in the order chooseTitle trusts
// them: JSON-LD headline, og:title, twitter:title, dc.title, <title>. newHeadlines reads
// the same list, and takes chooseTitle's split of it (metaWords) index for index.
func (m *pageMeta) metaTitles() [5]string {
	return [...]string{m.ld.headline, m.meta["og:title"], m.meta["twitter:title"], m.meta["dc.title"], m.title}
}

// chooseTitle returns the page's title and the element that shows it (nil when none
// does). The visible headline wins when the metadata title names it (the headline
// without the site name, the section or the SEO additions); else the metadata title,
// JSON-LD headline first, cleaned of the site's name.
func chooseTitle(m *pageMeta, site siteNames) (string, *html.Node) {
	metas := m.metaTitles()
	metaTitle := ""
	for _, t := range metas {
		if t = cleanTitle(t, site); t != "" && !site.is(t) {
			metaTitle = t
			break
		}
	}
	// Each title and each heading is split into words once, the titles when the first
	// heading is compared (a title the same as an earlier one shares its words); the
	// comparisons below merge the sorted word lists.
	var metaWords [len(metas)]titleWords
	var metaDup [len(metas)]bool // the title is the same as an earlier one: it adds nothing
	metasSplit := false
	// metaBits holds the words of the titles compared: a heading with too few words in it
	// shares too few with each title, and is neither sorted nor merged.
	var metaBits byteSet256
	splitMetas := func() {
		for i, t := range metas {
			if k := slices.Index(metas[:i], t); k >= 0 {
				metaWords[i], metaDup[i] = metaWords[k], true
			} else {
				metaWords[i].split(t)
				if t != "" {
					metaWords[i].addKeyBits(&metaBits)
				}
			}
		}
		metasSplit = true
		m.metaWords, m.metaSplit = metaWords, true
	}
	var hw titleWords
	var best *heading
	bestSim := 0.0
	var byClass *heading
	classSim := 0.0
	var firstH1, firstOther *heading
	h1s := 0
	for i := range m.heads {
		h := &m.heads[i]
		n := runesUpTo(h.text, maxTitleRunes+1)
		if n < 2 || n > maxTitleRunes {
			continue
		}
		// A heading that names the site is skipped. Most headings are <h2>s that share
		// too little with the titles: theirs is asked only when it would count.
		// An <h1> in page furniture counts only when the page has no other: article
		// headers are often <header> elements too.
		if h.level == 1 {
			if site.is(h.text) {
				continue
			}
			h1s++
			if firstH1 == nil || firstH1.furn && !h.furn {
				firstH1 = h
			}
		}
		asked := h.level == 1
		if h.level > 1 && !h.furn && firstOther == nil && atLeastWords(h.text, minHeadlineWords) {
			if asked = true; site.is(h.text) {
				continue
			}
			firstOther = h
		}
		// Rank by the overlap with the closest metadata title, counted both ways, so that
		// "Niedrigwasser bremst Fähre" beats "Bodensee: Niedrigwasser bremst Fähre" when
		// the headline metadata has no kicker; accept only headings mostly inside it.
		if !metasSplit {
			splitMetas()
		}
		hw.read(h.text)
		if fraction(hw.keyHits(&metaBits), len(hw.spans)) < headlineMatch || !asked && site.is(h.text) {
			continue
		}
		hw.sort()
		sim, share := 0.0, 0.0
		for j, t := range metas {
			if t != "" && !metaDup[j] {
				a, b := wordShares(&hw, &metaWords[j])
				share = max(share, a)
				if a+b > 0 {
					sim = max(sim, 2*a*b/(a+b))
				}
			}
		}
		if share < headlineMatch {
			continue
		}
		// An <h1> is preferred to an <h2> that matches as well; an element with a title
		// class only stands in when the page has no <h1>.
		switch h.level {
		case 1:
			sim += 0.01
		case 3:
			if sim > classSim {
				byClass, classSim = h, sim
			}
			continue
		}
		if sim > bestSim {
			best, bestSim = h, sim
		}
	}
	switch {
	case best != nil && (best.level == 1 || h1s != 1 || !atLeastWords(firstH1.text, minHeadlineWords)):
		return headlineTitle(dropKicker(cleanTitle(best.text, site), best.n, metas[:])), best.n
	case metaTitle == "" && firstH1 != nil:
		return headlineTitle(dropKicker(firstH1.text, firstH1.n, metas[:])), firstH1.n
	case h1s == 1 && atLeastWords(firstH1.text, minHeadlineWords) && !firstH1.typed:
		return headlineTitle(dropKicker(firstH1.text, firstH1.n, metas[:])), firstH1.n
	case h1s == 0 && byClass != nil && classSim >= classHeadMatch:
		// A title-class element that shows the metadata title anchors the scan for the
		// byline and date; the metadata title stays, as the element may be shortened.
		return firstOf(metaTitle, byClass.text), byClass.n
	case firstH1 != nil:
		return metaTitle, firstH1.n
	case metaTitle == "" && firstOther != nil:
		return firstOther.text, firstOther.n
	case firstOther != nil:
		return metaTitle, firstOther.n
	}
	return metaTitle, nil
}

// Kicker bounds: the short label that newsrooms set in the headline element above or
// before the headline itself ("Nach Corona-Lockerungen", "Tunesien", "100. Geburtstag").
const (
	maxKickerWords = 5
	maxKickerRunes = 50
	// minAfterKickerWords: what follows the kicker must still read as a headline.
	minAfterKickerWords = 3
)

// kickerTrim are the separators left between a kicker and its headline.
const kickerTrim = " -–—:|·/"

// dropKicker returns the headline of a heading element n whose text is title, without
// the kicker that opens it: a first child element with a short label, set apart from
// the headline as a block, by a line break, or as one of the element's own element
// children ("<h1><span>Kicker</span> <span>Headline</span></h1>"). It stays when it is
// part of one phrase with what follows: a first word only emphasised inside a running
// headline ("<i>Dune</i> review: …"), a rest that goes on in lower case ("Editor's
// Letter: bye …"), or a brand before a product's name that the metadata titles run on
// from without a separator ("Shure SM7dB …").
func dropKicker(title string, n *html.Node, metas []string) string {
	if n == nil || n.DataAtom != atom.H1 && n.DataAtom != atom.H2 {
		return title
	}
	var first *html.Node
	c := n.FirstChild
	for ; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type != html.ElementNode {
			return title
		}
		if !isHidden(c) {
			first = c
			break
		}
	}
	if first == nil || first.DataAtom == atom.A {
		return title
	}
	kicker := blockText(first)
	if kicker == "" || atLeastWords(kicker, maxKickerWords+1) || runesUpTo(kicker, maxKickerRunes+1) > maxKickerRunes ||
		strings.ContainsAny(lastRuneString(kicker), ".!?") {
		return title
	}
	setApart, onlyElements, next := blockTags[first.DataAtom], true, (*html.Node)(nil)
	for c := first.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if next == nil {
			next = c
		}
		onlyElements = onlyElements && c.Type == html.ElementNode
	}
	if next == nil || !(setApart || next.DataAtom == atom.Br || onlyElements) {
		return title
	}
	full := blockText(n)
	if full != title || !strings.HasPrefix(full, kicker) {
		return title
	}
	rest := strings.TrimLeft(full[len(kicker):], kickerTrim)
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) || !atLeastWords(rest, minAfterKickerWords) {
		return title
	}
	for _, m := range metas {
		if after, ok := strings.CutPrefix(collapse(m), kicker+" "); ok && !strings.HasPrefix(after, " ") {
			if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) || unicode.IsDigit(r) {
				return title
			}
		}
	}
	return rest
}

// permalinkMarks are the glyphs of the link to its own section that documentation
// generators put at the end of a heading ("Models¶", "Networking §", "Setup 🔗").
const permalinkMarks = " ¶§🔗"

// headlineTitle finishes a title taken from a visible heading: without a section
// permalink's glyph. (A headline's curly quotes stay: the sets disagree on whether the
// straight quotes of a metadata title should win over them.)
func headlineTitle(title string) string {
	return strings.TrimRight(title, permalinkMarks)
}

// lastRuneString returns the last rune of s as a string.
func lastRuneString(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// runesUpTo counts the runes of s, stopping at limit: headings can be long.
func runesUpTo(s string, limit int) int {
	n := 0
	for range s {
		if n == limit {
			break
		}
		n++
	}
	return n
}

// atLeastWords reports whether s holds at least n words separated by white space, as
// strings.Fields counts them, without building the words.
func atLeastWords(s string, n int) bool {
	words, inWord := 0, false
	for _, r := range s {
		if isSpaceRune(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			if words++; words >= n {
				return true
			}
		}
	}
	return n <= 0
}

// titleWords is a title split into lower-case words, for comparing titles. Ideographs,
// kana and Thai letters are words of their own, since those scripts are written without
// spaces. The words are spans of one buffer, sorted by their bytes, so that two titles are
// compared in one merge of their lists; split reuses the buffers.
type titleWords struct {
	buf   []byte
	spans []wordSpan
}

// wordSpan is one word of a titleWords: buf[start:end]. key holds the word's first
// eight bytes, big-endian, padded with zeros: no word holds a zero byte, so two words
// whose keys differ compare as their keys do, and most comparisons of the sort and the
// merge are of two integers.
type wordSpan struct {
	start, end int32
	key        uint64
}

// maxInsertionWords is the most words split sorts by insertion; more go to
// slices.SortFunc.
const maxInsertionWords = 12

// compareWords compares words a and b of w and x as bytes.Compare does.
func compareWords(w *titleWords, a wordSpan, x *titleWords, b wordSpan) int {
	if a.key != b.key {
		if a.key < b.key {
			return -1
		}
		return 1
	}
	if a.end-a.start <= 8 && b.end-b.start <= 8 {
		return 0 // equal keys of words no longer than a key: the same word
	}
	return bytes.Compare(w.buf[a.start:a.end], x.buf[b.start:b.end])
}

// spanKey returns the key of word (see wordSpan).
func spanKey(word []byte) uint64 {
	var k uint64
	for i := 0; i < 8; i++ {
		k <<= 8
		if i < len(word) {
			k |= uint64(word[i])
		}
	}
	return k
}

// split makes w the words of s, in sorted order.
func (w *titleWords) split(s string) {
	w.read(s)
	w.sort()
}

// read makes w the words of s, in the order they stand: split without the sort.
func (w *titleWords) read(s string) {
	w.buf, w.spans = w.buf[:0], w.spans[:0]
	// Room for the whole text and a word per few bytes at once, rather than grown by
	// doubling: titles and headings are split for every page.
	if cap(w.buf) < len(s) {
		w.buf = make([]byte, 0, len(s)+len(s)/8)
	}
	if n := len(s)/4 + 1; cap(w.spans) < n {
		w.spans = make([]wordSpan, 0, n)
	}
	start := -1 // where the word being read starts in buf, or -1 between words
	end := func() {
		if start >= 0 {
			w.spans = append(w.spans, wordSpan{int32(start), int32(len(w.buf)), spanKey(w.buf[start:])})
		}
		start = -1
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				if start < 0 {
					start = len(w.buf)
				}
				w.buf = append(w.buf, c)
				continue
			}
			end()
		case isUnspacedLetter(r):
			end()
			start = len(w.buf)
			w.buf = utf8.AppendRune(w.buf, r)
			end()
		case isWordClass(r):
			if start < 0 {
				start = len(w.buf)
			}
			w.buf = utf8.AppendRune(w.buf, lowerRune(r))
		default:
			end()
		}
	}
	end()
}

// sort puts the words of w in order.
func (w *titleWords) sort() {
	if len(w.spans) > maxInsertionWords {
		slices.SortFunc(w.spans, func(a, b wordSpan) int {
			return compareWords(w, a, w, b)
		})
		return
	}
	// A title's few words are sorted by insertion, with the keys compared in line.
	for i := 1; i < len(w.spans); i++ {
		for j := i; j > 0; j-- {
			a, b := w.spans[j-1], w.spans[j]
			if a.key < b.key || a.key == b.key && compareWords(w, a, w, b) <= 0 {
				break
			}
			w.spans[j-1], w.spans[j] = b, a
		}
	}
}

// keyBit returns the bit of word span a in a byteSet256 of words (see keyBits): a hash
// of its key, so that equal words share their bit.
func keyBit(a wordSpan) byte {
	return byte((a.key * 0x9e3779b97f4a7c15) >> 56)
}

// addKeyBits adds the bits of the words of w to b.
func (w *titleWords) addKeyBits(b *byteSet256) {
	for _, a := range w.spans {
		k := keyBit(a)
		b[k>>6] |= 1 << (k & 63)
	}
}

// keyHits counts the words of w whose bit is in b: at least as many as the words of w
// that any title whose bits b holds shares with it (see wordShares).
func (w *titleWords) keyHits(b *byteSet256) int {
	n := 0
	for _, a := range w.spans {
		if k := keyBit(a); b[k>>6]&(1<<(k&63)) != 0 {
			n++
		}
	}
	return n
}

// isUnspacedLetter reports whether r is of a script written without spaces between
// words: Han, Hiragana, Katakana or Thai. Below U+2E80, where the other three have no
// rune, only the Thai block is asked about.
func isUnspacedLetter(r rune) bool {
	if r < 0x2e80 {
		return 0x0e00 <= r && r < 0x0e80 && unicode.Is(unicode.Thai, r)
	}
	return runeClassOf(r)&classUnspaced != 0
}

// wordShares returns the share of a's words that appear in b, and the share of b's words
// that appear in a; each word counts as often as it occurs. A title without words shares
// nothing.
func wordShares(a, b *titleWords) (aInB, bInA float64) {
	hitA, hitB := 0, 0
	for i, j := 0, 0; i < len(a.spans) && j < len(b.spans); {
		switch c := compareWords(a, a.spans[i], b, b.spans[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			w := a.spans[i]
			for ; i < len(a.spans) && compareWords(a, a.spans[i], a, w) == 0; i++ {
				hitA++
			}
			for ; j < len(b.spans) && compareWords(b, b.spans[j], a, w) == 0; j++ {
				hitB++
			}
		}
	}
	return fraction(hitA, len(a.spans)), fraction(hitB, len(b.spans))
}

// fraction returns part/whole, or 0 for an empty whole.
func fraction(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// typingSlots are the boxes a landing page's banner leaves empty in its headline: a
// slot for a script to type or rotate its last words into ("Your fastest path to
// production for <span></span>"), or a drawn divider under the slogan. Icons (<i>,
// <svg>, <img>) and line breaks are left out: they end a story's headline as often.
var typingSlots = map[atom.Atom]bool{atom.Span: true, atom.Div: true, atom.B: true, atom.Strong: true, atom.Em: true}

// awaitsTyping reports whether heading n ends in a typing slot (see typingSlots): an
// element with no content at all after the heading's last text. A lone <h1> so built is
// a banner's slogan, unfinished or not the page's name, and chooseTitle then takes the
// metadata title unless that names the heading.
func awaitsTyping(n *html.Node) bool {
	slot := false
	var walk func(*html.Node)
	walk = func(p *html.Node) {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					slot = false
				}
			case html.ElementNode:
				if c.FirstChild == nil {
					slot = slot || typingSlots[c.DataAtom]
				} else {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return slot
}
