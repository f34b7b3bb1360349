package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the metadata walk gathers from the untouched tree before any field is
// chosen: the raw candidates from every source, so that each field can take them in its
// documented order (see the package doc, # Metadata).
type pageMeta struct {
	meta     map[string]string   // <meta> name/property (lower case) to its first content
	cues     *cueCache           // the walk's cache of class cues, for scanAround (nil: none)
	metaTags []string            // every article:tag, in order
	metaAuth map[string][]string // <meta name=author>, article:author and the like, by name
	htmlLang string
	title    string // <title>
	// metaWords holds the words of metaTitles, index for index, once chooseTitle has
	// split them (metaSplit), for newHeadlines to reuse.
	metaWords   [5]titleWords
	metaSplit   bool
	canonical   string
	base        string // <base href>
	ld          ldInfo
	microForum  bool       // an itemtype declares a forum post or a Q&A page (see noteItemType)
	times       []timeElem // <time datetime> and itemprop dates, in document order
	crumbs      []string   // the first visible breadcrumb's link texts
	tagLinks    []string   // link texts of the first visible tag list, and rel=tag links
	relAuthor   []string   // rel=author link texts
	heads       []heading  // h1 and h2 elements, itemprop=headline and title classes, in document order
	nHeads      int        // <h2> headings among heads
	nClassHeads int        // title-class elements among heads
	nH1s        int        // <h1> and itemprop=headline elements among heads
	shape       pageShape  // counts for the page type
	nodes       int        // the nodes the walk saw: a size hint for the side table
	// anyPublished is the first other <meta> whose name mentions publishing.
	anyPublished string
	// dateTexts are the texts of the first elements marked as dates, outside comments
	// and related lists, in document order.
	dateTexts []string
	// pubLines are short blocks that open with a word for "published" ("Veröffentlicht
	// am 16.08.2019"), outside comments and related lists.
	pubLines []string
	// scripts are the texts of the page's other scripts, not copied.
	scripts []string
	// shortDates holds the first short texts of the page that read as a date, outside
	// comments, related lists and footers (see noteShortDate).
	shortDates
	// editStamps holds the first lines that stamp the page's last edit (see noteEditStamp).
	editStamps
	scratch []byte // reused by shortBlockText
}

// heading is a headline candidate seen in the body.
type heading struct {
	n     *html.Node
	text  string
	level int  // 1 for <h1> and itemprop=headline, 2 for <h2>, 3 for a title class
	furn  bool // inside navigation, a header bar, a footer or an aside
	// typed: the heading ends in an empty slot that a script types its last words into
	// (see awaitsTyping), so its text is unfinished.
	typed bool
}

// titleTokens are the class and id words that mark an element holding a page's
// headline when it is not an <h1>.
var titleTokens = map[string]bool{
	"title": true, "headline": true, "entrytitle": true, "posttitle": true, "articletitle": true,
	"pagetitle": true, "tieude": true, "titulo": true, "titel": true, "titre": true,
}

// maxHeads and maxClassHeads bound the headings and the title-class elements kept: the
// headline is near the top of the page.
// An <h1> has its own bound, maxH1Heads: a page that opens with a slider of teasers
// set as <h2>s (one of which links to the page itself, with its headline's words)
// still has its <h1> seen, so the headline is not taken for the teaser's.
const (
	maxHeads      = 48
	maxClassHeads = 16
	maxH1Heads    = 16
)

type timeElem struct {
	value     string
	published bool // itemprop=datePublished, pubdate, or class mentioning publish
	modified  bool
	visible   bool // the value is the element's text, not a machine attribute
	// text is the element's text when the value is an attribute: what readers see.
	text  string
	aside bool // inside comments, related or latest lists: another page's date
	// thread: inside a comments or replies block, and not a related or latest list; the
	// first such <time> of a discussion thread is its opening post's (see threadDate).
	thread bool
}

// metaKeys are the <meta> names and properties the metadata walk keeps.
var metaKeys = map[string]bool{
	"og:title": true, "og:site_name": true, "og:description": true, "og:image": true, "og:url": true,
	"og:locale": true, "og:type": true, "og:updated_time": true, "twitter:title": true,
	"twitter:image": true, "twitter:description": true, "description": true, "author": true,
	"article:published_time": true, "article:modified_time": true, "article:section": true,
	"article:author": true, "keywords": true, "news_keywords": true, "content-language": true,
	"application-name": true, "pubdate": true, "publishdate": true, "date": true,
	"dc.date.issued": true, "dc.date": true, "dcterms.created": true, "dcterms.date": true,
	"dc.creator": true, "dc.title": true, "sailthru.date": true, "parsely-pub-date": true,
	"datepublished": true, "datemodified": true, "publish-date": true, "article.published": true,
	"og:article:published_time": true, "og:article:modified_time": true, "citation_publication_date": true,
	"citation_author": true, "parsely-author": true, "sailthru.author": true, "byl": true,
	"lastmod": true, "last-modified": true, "dc.date.modified": true, "dcterms.modified": true,
}

// collectMeta walks the whole tree once and gathers the metadata candidates (see
// walkPage, which builds the side table in the same walk).
func collectMeta(doc *html.Node) *pageMeta {
	w := pageWalk{m: newPageMeta()}
	w.children(doc, 0, 0, true, none, false) // without a table, it never fails
	return w.m
}

func newPageMeta() *pageMeta {
	return &pageMeta{meta: make(map[string]string, 32)}
}

// asideKinds mark blocks whose dates and names belong to other pages or to readers:
// comments, related and latest lists. (Advertising words are left out: page-wide
// wrappers carry them, as in "page-ad-margins".)
const asideKinds = 1<<cueComments | 1<<cueRelated | 1<<cueLatest

// furnitureKinds mark page furniture around the article: a site header, menus, footers.
const furnitureKinds = 1<<cueNav | 1<<cueFooter

// maxMetaDepth stops the metadata walk on absurdly deep trees: metadata sits near the top.
const maxMetaDepth = 512

// element records what one element says; it reports whether to descend into it. kinds
// and words are its cues (see elementCues), ctx the kinds of its ancestors.
func (m *pageMeta) element(n *html.Node, kinds uint32, words wordSet, ctx uint32) bool {
	m.shape.element(n, kinds, words, ctx)
	switch n.DataAtom {
	case atom.Html:
		m.htmlLang = strings.TrimSpace(attr(n, "lang"))
		if m.htmlLang == "" {
			m.htmlLang = strings.TrimSpace(attr(n, "xml:lang"))
		}
	case atom.Title:
		if m.title == "" && depthInSVG(n) == false {
			m.title = collapse(nodeText(n))
		}
		return false
	case atom.Meta:
		m.metaElem(n)
		return false
	case atom.Link:
		rel := lowerCase(attr(n, "rel"))
		if hasWord(rel, "canonical") && m.canonical == "" {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case atom.Base:
		if m.base == "" {
			m.base = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case atom.Script:
		if typ := lowerCase(attr(n, "type")); strings.Contains(typ, "ld+json") {
			m.ld.add(nodeText(n))
		} else if src := nodeText(n); looksLikeLD(src) {
			// JSON-LD in a script without its type.
			m.ld.add(src)
		} else if src != "" {
			m.scripts = append(m.scripts, src) // read only as a last resort: see scriptDate
			if len(src) <= maxWriterScriptBytes && n.Parent != nil && n.Parent.DataAtom != atom.Head &&
				(ctx|kinds)&(asideKinds|1<<cueFooter) == 0 {
				// A tiny script in the body that writes a date where it stands
				// (showDate("2020/04/17 01:43:09"), document.write('12.03.2019')):
				// its string is a short date text of the page.
				m.noteShortDate(scriptLiteral(src), m.htmlLang)
			}
		}
		return false
	case atom.Style, atom.Template, atom.Svg:
		return false
	case atom.Noscript:
		return wrapsPage(n)
	case atom.H1, atom.H2:
		m.addHeading(n, ctx|kinds)
	case atom.Time:
		m.addTime(n, ctx|kinds)
	case 0:
		if strings.IndexByte(n.Data, '-') > 0 && (hasAttr(n, "datetime") || customTimeAttr(n) != "") {
			// A custom element that stands for <time> ("local-time", "relative-time",
			// "time-ago"): scripts render its instant in the reader's zone and words.
			m.addTime(n, ctx|kinds)
		}
	case atom.A:
		rel := lowerCase(attr(n, "rel"))
		if hasWord(rel, "tag") {
			m.addTagLink(collapse(nodeText(n)))
		}
		if hasWord(rel, "author") {
			if s := collapse(nodeText(n)); s != "" {
				m.relAuthor = append(m.relAuthor, s)
			}
		}
	}
	m.noteItemType(n)
	switch ip := attr(n, "itemprop"); ip {
	case "datePublished", "dateModified", "dateCreated":
		v, vis := attr(n, "content"), false
		if v == "" {
			v = attr(n, "datetime")
		}
		if v == "" {
			v, vis = collapse(nodeText(n)), true
		}
		m.times = append(m.times, timeElem{value: v, published: ip != "dateModified", modified: ip == "dateModified",
			visible: vis, aside: (ctx|kinds)&asideKinds != 0})
	case "headline":
		if n.DataAtom != atom.H1 && n.DataAtom != atom.H2 {
			m.addHeading(n, ctx|kinds)
			return true
		}
	}
	if n.DataAtom != atom.H1 && n.DataAtom != atom.H2 && words&wordTitle != 0 {
		m.addHeading(n, ctx|kinds)
	}
	if len(m.dateTexts) < maxDateTexts && (ctx|kinds)&(asideKinds|1<<cueFooter) == 0 && n.DataAtom != atom.Time && words&wordDate != 0 {
		if s, ok := m.shortBlockText(n, maxDateTextBytes); ok && hasDigitRune(s) {
			// Only a text with a digit can give a date: menus and labels whose
			// class names a date ("Mediadaten", "update-notice") would fill the
			// slots before the article's date element.
			m.dateTexts = append(m.dateTexts, s)
		}
	}
	if len(m.pubLines) < maxDateTexts && (ctx|kinds)&asideKinds == 0 && opensWithPublished(n) {
		if s, ok := m.shortBlockText(n, maxDateTextBytes); ok {
			m.pubLines = append(m.pubLines, s)
		}
	}
	if kinds&(1<<cueNav) != 0 && m.crumbs == nil && isBreadcrumb(n, words) {
		if crumbs := linkTexts(n); len(crumbs) <= maxCrumbs {
			// The walk goes on inside: a wrapper named for its breadcrumb may hold the
			// headline too.
			m.crumbs = crumbs
		}
	}
	if kinds&(1<<cueTags) != 0 && len(m.tagLinks) == 0 {
		for _, s := range linkTexts(n) {
			m.addTagLink(s)
		}
	}
	return true
}

// addTime records a <time> element: its datetime attribute, else its text.
func (m *pageMeta) addTime(n *html.Node, kinds uint32) {
	te := timeElem{value: strings.TrimSpace(attr(n, "datetime")), aside: kinds&asideKinds != 0 || inQuote(n),
		thread: kinds&(1<<cueComments) != 0 && kinds&(1<<cueRelated|1<<cueLatest) == 0}
	if te.value == "" && n.DataAtom == 0 {
		te.value = customTimeAttr(n)
	}
	if te.value == "" {
		te.value, te.visible = collapse(nodeText(n)), true
	} else if len(m.times) < maxShownTimes {
		te.text = collapse(nodeText(n))
	}
	if te.value == "" {
		return
	}
	cls := lowerCase(attr(n, "class") + " " + attr(n, "itemprop") + " " + attr(n, "id"))
	te.published = hasAttr(n, "pubdate") || strings.Contains(cls, "publish") || strings.Contains(cls, "datepublished")
	te.modified = strings.Contains(cls, "modif") || strings.Contains(cls, "updated")
	m.times = append(m.times, te)
}

// maxShownTimes bounds the <time> elements whose text is kept (see shownTime): the
// article's comes among the page's first ones.
const maxShownTimes = 16

// inQuote reports whether n sits in a <blockquote>: an embedded post (a tweet, an
// Instagram or Mastodon post) or a quoted text, whose <time> dates the post quoted, not
// the page.
func inQuote(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Blockquote {
			return true
		}
	}
	return false
}

// maxWriterScriptBytes bounds an inline script that only writes a value into the page:
// one call with one string, not a program.
const maxWriterScriptBytes = 100

// scriptLiteral returns the string of a script that is one call with one string as
// its argument (showDate("2020/04/17"), document.write('12.03.2019');), or "" for any
// other script: a configuration object may hold a date that is no page's.
func scriptLiteral(src string) string {
	i := strings.IndexAny(src, `"'`)
	if i < 0 || i == 0 || src[i-1] != '(' {
		return ""
	}
	j := strings.IndexByte(src[i+1:], src[i])
	if j < 0 {
		return ""
	}
	if rest := strings.TrimSpace(src[i+2+j:]); rest != ")" && rest != ");" {
		return ""
	}
	return src[i+1 : i+1+j]
}

// customTimeAttrs are the attributes in which a custom element named for a time
// ("faceplate-timeago", "time-ago", "relative-time") keeps its instant when it has no
// datetime: scripts render it as "3 hr. ago", so the text says nothing. A plain "date"
// or "value" is left out: date pickers and calendars hold today's or a chosen day.
var customTimeAttrs = []string{"ts", "timestamp"}

// customTimeAttr returns the instant of a custom element whose name says it shows a
// time or a date (see customTimeAttrs), or "" for any other element.
func customTimeAttr(n *html.Node) string {
	name := lowerCase(n.Data)
	if !strings.Contains(name, "time") && !strings.Contains(name, "date") {
		return ""
	}
	for _, k := range customTimeAttrs {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			return v
		}
	}
	return ""
}

// addHeading records a headline candidate.
func (m *pageMeta) addHeading(n *html.Node, kinds uint32) {
	level := 1
	switch {
	case n.DataAtom == atom.H2:
		level = 2
	case n.DataAtom != atom.H1 && attr(n, "itemprop") != "headline":
		level = 3
	}
	if kinds&asideKinds != 0 || level == 2 && m.nHeads >= maxHeads || level == 1 && m.nH1s >= maxH1Heads ||
		level == 3 && m.nClassHeads >= maxClassHeads {
		return
	}
	text := blockText(n)
	if text == "" {
		return
	}
	switch level {
	case 1:
		m.nH1s++
	case 2:
		m.nHeads++
	case 3:
		m.nClassHeads++
	}
	m.heads = append(m.heads, heading{n: n, text: text, level: level, furn: kinds&furnitureKinds != 0,
		typed: level == 1 && awaitsTyping(n)})
}

// maxTagRunes bounds the length of one tag: longer link texts are headlines, not tags.
const maxTagRunes = 60

// maxTags bounds the number of tags kept from one list.
const maxTags = 30

func (m *pageMeta) addTagLink(s string) {
	s = strings.TrimLeft(s, "#")
	if s == "" || len([]rune(s)) > maxTagRunes || len(m.tagLinks) >= maxTags {
		return
	}
	for _, t := range m.tagLinks {
		if strings.EqualFold(t, s) {
			return
		}
	}
	m.tagLinks = append(m.tagLinks, s)
}

func (m *pageMeta) metaElem(n *html.Node) {
	key := lowerCase(strings.TrimSpace(attr(n, "property")))
	if key == "" {
		key = lowerCase(strings.TrimSpace(attr(n, "name")))
	}
	if key == "" {
		key = lowerCase(strings.TrimSpace(attr(n, "itemprop")))
	}
	if key == "" {
		key = lowerCase(strings.TrimSpace(attr(n, "http-equiv")))
	}
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		// Some templates put the value in a "value" attribute.
		content = strings.TrimSpace(attr(n, "value"))
	}
	if key == "" || content == "" {
		return
	}
	switch key {
	case "article:tag", "og:article:tag":
		m.metaTags = append(m.metaTags, content)
		return
	case "author", "article:author", "dc.creator", "citation_author", "parsely-author", "sailthru.author", "byl":
		if m.metaAuth == nil {
			m.metaAuth = map[string][]string{}
		}
		m.metaAuth[key] = append(m.metaAuth[key], content)
	}
	if strings.HasSuffix(key, "ld+json") {
		// JSON-LD that a framework put in a <meta> for want of a <script>
		// (name="script:ld+json"): the attribute's value is the JSON, unescaped.
		m.ld.add(content)
		return
	}
	if metaKeys[key] {
		if _, seen := m.meta[key]; !seen {
			m.meta[key] = content
		}
	} else if isPublishedKey(key) && m.anyPublished == "" {
		// Site-specific names: "w-published-date", "published", "publish_date".
		m.anyPublished = content
	}
}

// maxDateTexts and maxDateTextBytes bound the date-marked elements kept from the whole
// page, the last source of a date but the URL.
const (
	maxDateTexts     = 8
	maxDateTextBytes = 200
)

// publishedWords open a line that states the publication date, per language. Lower case.
var publishedWords = []string{"published", "posted", "veröffentlicht", "erschienen", "publié", "publicado",
	"publicada", "pubblicato", "gepubliceerd", "opublikowano", "опубликовано", "yayınlandı", "yayınlanma",
	"diterbitkan", "dipublikasikan", "đăng", "ngày đăng", "发布", "發布", "公開", "投稿", "게시", "등록", "نشر", "प्रकाशित"}

// maxPublishedBytes is the length of the longest of publishedWords in bytes. Lower-casing
// maps rune to rune and never makes a rune shorter than one byte, so that many runes of a
// text, lower-cased, hold the lower-cased text's first maxPublishedBytes bytes.
var maxPublishedBytes = func() (n int) {
	for _, w := range publishedWords {
		n = max(n, len(w))
	}
	return n
}()

// publishedPrefixBytes holds maxPublishedBytes runes of any size (a test holds it to
// that), so that opensWithPublished lower-cases them on the stack.
const publishedPrefixBytes = 128

// publishedFirstRunes holds the first rune of each of publishedWords.
var publishedFirstRunes = func() string {
	var sb strings.Builder
	for _, w := range publishedWords {
		if r, _ := utf8.DecodeRuneInString(w); !strings.ContainsRune(sb.String(), r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}()

// publishedFirstASCII marks the ASCII bytes that open a word of publishedWords, in either
// case.
var publishedFirstASCII = func() (t [utf8.RuneSelf]bool) {
	for _, r := range publishedFirstRunes {
		if r < utf8.RuneSelf {
			t[r], t[unicode.ToUpper(r)] = true, true
		}
	}
	return t
}()

// runePrefix returns the first n runes of s (all of s when it is shorter).
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// opensWithPublished reports whether n's first text opens with a publishedWords entry.
func opensWithPublished(n *html.Node) bool {
	// The first text is only trimmed at its start: white space after it adds nothing
	// to a prefix, and every element of the page is asked, most of them opening with
	// a blank text node of indentation.
	t := ""
	c := n.FirstChild
	for ; c != nil && c.Type == html.TextNode; c = c.NextSibling {
		if t = trimLeftSpace(c.Data); t != "" {
			break
		}
	}
	if c == nil || c.Type != html.TextNode {
		return false
	}
	if t[0] < utf8.RuneSelf {
		if !publishedFirstASCII[t[0]] {
			return false // most text opens with an ASCII letter that starts no word of the list
		}
	} else if r, _ := utf8.DecodeRuneInString(t); !strings.ContainsRune(publishedFirstRunes, unicode.ToLower(r)) {
		return false // most text opens with no word of the list: it is not lower-cased
	}
	// The prefix is lower-cased as strings.ToLower would, rune by rune, on the stack.
	var buf [publishedPrefixBytes]byte
	low := buf[:0]
	for _, r := range runePrefix(t, maxPublishedBytes) {
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	for _, w := range publishedWords {
		if len(low) >= len(w) && string(low[:len(w)]) == w {
			return true
		}
	}
	return false
}

// trimLeftSpace returns s without its leading white space, as strings.TrimLeftFunc(s,
// unicode.IsSpace) does, reading ASCII white space without decoding it.
func trimLeftSpace(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && asciiSpaces[s[i]] {
		i++
	}
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	}
	return s[i:]
}

// maxCrumbs bounds a breadcrumb trail: more links is a menu (or a page wrapper whose
// class mentions crumbs, as in "has-crumbs").
const maxCrumbs = 10

// crumbTokens are the class and id words of a breadcrumb trail.
var crumbTokens = map[string]bool{"breadcrumb": true, "breadcrumbs": true, "crumb": true, "crumbs": true, "breadcrumbtrail": true}

// isBreadcrumb reports whether a navigation element is a breadcrumb trail; words are the
// lists its class, id and itemprop words are in.
func isBreadcrumb(n *html.Node, words wordSet) bool {
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return false
	}
	return words&wordCrumb != 0 || strings.Contains(lowerCase(attr(n, "aria-label")), "breadcrumb")
}

// linkTexts returns the texts of the links under n.
func linkTexts(n *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				if s := collapse(nodeText(c)); s != "" {
					out = append(out, s)
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return out
}
