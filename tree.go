package winnow

import (
	"context"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// none marks a missing index in the side table.
const none int32 = -1

// blk is one node of the page in the side table that the measuring walk builds. The
// extractor never writes to the html.Node tree: every fact it learns lives here, and the
// table's own links (parent, first child, next sibling) skip what cleaning left out.
type blk struct {
	n                   *html.Node
	parent, first, next int32
	tag                 atom.Atom

	// Measured over the subtree, in text units (see runeUnits).
	units     int32 // all text
	linkUnits int32 // text inside links
	ownUnits  int32 // text reachable without crossing a block boundary: the block's own prose
	ownPunct  int32 // punctuation within ownUnits
	ownLink   int32 // link text within ownUnits
	good, bad int32 // units of good and bad blocks in the subtree (see classify)
	paras     int32 // paragraph-like blocks in the subtree
	headings  int32 // h2-h6 elements in the subtree (the walk counts the element itself)
	firstText int32 // index of the first non-blank text node in the subtree, or none

	kinds uint32 // cue kinds from tag, class, id and role, as a bit set of cueKind
	score float32

	// The flags and the drop reason come last, packed together: the table holds one
	// entry per node of the page, so every padding byte counts on pages of a million
	// tiny elements.
	text     bool // a text node
	block    bool // a block-level element: its text is a paragraph of its own
	inLink   bool // inside an <a>
	inBoiler bool // inside an element marked as boilerplate
	drop     dropReason
}

// tree is the side table, in document (pre-)order: a parent's index is always smaller
// than its children's.
type tree struct {
	nodes []blk
	body  int32 // the <body> element, or the root

	ctx       context.Context // stops the building walk once cancelled
	nextCheck int             // the number of nodes at which the walk next looks at ctx
	checkAt   int             // the number of nodes at which the walk next calls check

	massBest      int32     // the container chosen by prose mass, for Explain
	keepComments  bool      // the page is a discussion: comment blocks are content
	spread        bool      // the content is spread over many blocks (see selectByMass)
	showHidden    bool      // hidden elements are measured too (see extract's second try)
	headlines     headlines // the page's metadata titles, which name its headline (see isHeadline)
	roots         []int32   // the chosen blocks, while they are pruned
	sectionH1s    int       // the <h1> elements in roots that head sections (see isHeadline), or -1 before they are counted
	listAsked     int32     // the block listFacts last asked about, plus one (0: none)
	listIntro     bool      // … whether it follows an introducing sentence
	listDescribed bool      // … whether it is a list of described items
	postDates     int32     // the date lines in roots of a discussion, plus one (0: not yet counted; see postHeader)

	cardTitles map[string]cardRun // the card titles in roots by tag and class, nil before they are counted (see cardTitle)

	// tailNotes are the closing lines dropTrailingPromos took out of the text, the last
	// first: a filing line ("This entry was posted on …") is no content but still
	// dates the page (see closingDate).
	tailNotes []string
	// buttons are the labels of the call buttons dropCallButtons took out of the text:
	// the page type still reads them as the page's short blocks (see shapeText).
	buttons []string

	story      bool     // the page declares itself an article or a video (see declaresStory)
	looseStory bool     // … by its og:type alone (see looseStory)
	discussion bool     // the page declares itself a thread (see declaresDiscussion)
	shop       bool     // the page sells a product (see showsShop)
	product    bool     // the page declares one product (see declaresProduct)
	category   bool     // the page declares a group of products (see declaresCategory)
	listed     bool     // the chosen block is a list of items (see preferItems)
	keptLinks  int32    // depth of blocks kept whole though link-dense (see keptLinksInside)
	cardPage   bool     // teaser cards make most of the chosen text (see cardsRule)
	authors    []string // the article's authors, from the metadata (see dropAuthorBio)

	// productLead and productUnits are the first words and the length of the declared
	// product description (see productLead).
	productLead  string
	productUnits int32

	words []byte // plainWords' buffer, reused from one block to the next

	// headAsked is the heading block and first text headingKind last looked up (each
	// plus one; 0: none), and headKind the kind it read there: the wrappers around a
	// heading, judged one inside the other, share its text.
	headAsked [2]int32
	headKind  cueKind

	gate *html.Node // the hidden block a second measure shows (see gatedMain)
}

// defaultTreeSize is the side table's first capacity when the page's size is unknown.
const defaultTreeSize = 1024

// spareNodes holds side tables that extractions are done with, all zero, for the next
// ones: the table is the largest allocation of an extraction after the parser's.
var spareNodes sync.Pool

// newNodes returns an empty table with room for size nodes, a spare one when there is one
// large enough.
func newNodes(size int) []blk {
	if p, ok := spareNodes.Get().(*[]blk); ok && cap(*p) >= size {
		return (*p)[:0]
	}
	return make([]blk, 0, size)
}

// release hands t's table over for reuse, cleared so that it holds no page alive. Nothing
// may use t afterwards.
func (t *tree) release() {
	nodes := t.nodes
	clear(nodes)
	t.nodes = nil
	nodes = nodes[:0]
	spareNodes.Put(&nodes)
}

// skipTags are never content: their text is code, styling, form controls or embedded
// documents. Cleaning leaves them out of the side table.
var skipTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Select: true, atom.Option: true, atom.Textarea: true, atom.Button: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Base: true, atom.Video: true,
	atom.Audio: true, atom.Map: true, atom.Dialog: true, atom.Label: true,
	// Ruby annotations: the reading printed over a word (Japanese furigana, Chinese
	// pinyin) and the parentheses around it for browsers without ruby. The word is the
	// text; read inline, the reading doubles it ("子こども").
	atom.Rt: true, atom.Rp: true,
}

// blockTags are the elements that start a paragraph of their own when rendered as text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Menu: true,
}

// buildTree runs the cleaning and measuring walk: one pass over the html tree that copies
// what may be content into the side table, then one pass back over the table that adds
// each node's measures to its parent. It fails with ErrTooLarge past maxNodes nodes.
func buildTree(doc *html.Node, maxNodes int) (*tree, error) {
	return buildTreeContext(context.Background(), doc, maxNodes, 0)
}

// buildTreeContext is buildTree that stops with the context's error once ctx is
// cancelled, looking at it every cancelCheckNodes nodes. sizeHint, when positive, is
// about the number of nodes the table will hold, so that the table is allocated once
// rather than grown by doubling: the metadata walk's count, which takes in the <head>
// the table leaves out and so is a little over on most pages (the text under a
// <noscript>, which the table keeps, is the exception).
func buildTreeContext(ctx context.Context, doc *html.Node, maxNodes, sizeHint int) (*tree, error) {
	return buildTreeHidden(ctx, doc, maxNodes, sizeHint, false)
}

// buildTreeHidden is buildTreeContext that keeps hidden elements when showHidden is set.
func buildTreeHidden(ctx context.Context, doc *html.Node, maxNodes, sizeHint int, showHidden bool) (*tree, error) {
	t := newTree(ctx, doc, maxNodes, sizeHint, showHidden)
	w := pageWalk{t: t, maxNodes: maxNodes, cues: newCueCache()}
	defer releaseCueCache(w.cues)
	if err := w.children(doc, 0, 0, false, 0, false); err != nil {
		t.release()
		return nil, err
	}
	t.measure()
	return t, nil
}

// newTree returns a table that holds only doc, with room for about sizeHint nodes.
func newTree(ctx context.Context, doc *html.Node, maxNodes, sizeHint int, showHidden bool) *tree {
	size := defaultTreeSize
	if sizeHint > 0 {
		size = sizeHint + 16
	}
	if maxNodes > 0 {
		size = min(size, maxNodes+1)
	}
	t := &tree{nodes: newNodes(size), body: 0, ctx: ctx, showHidden: showHidden}
	t.nodes = append(t.nodes, blk{n: doc, parent: none, first: none, next: none, firstText: none, block: true})
	return t
}

// check fails past maxNodes nodes (when > 0) or once the context is cancelled, looking at
// it every cancelCheckNodes nodes. It need not be called before the table holds checkAt
// nodes: it would find nothing.
func (t *tree) check(maxNodes int) error {
	if maxNodes > 0 && len(t.nodes) > maxNodes {
		return errTooManyNodes(maxNodes)
	}
	if len(t.nodes) >= t.nextCheck {
		if err := ctxErr(t.ctx); err != nil {
			return err
		}
		t.nextCheck = len(t.nodes) + cancelCheckNodes
	}
	t.checkAt = t.nextCheck
	if maxNodes > 0 {
		t.checkAt = min(t.checkAt, maxNodes+1)
	}
	return nil
}

// add appends b as the next child of parent, after prev (none: as its first child), and
// returns its index. The walk knows each parent's last child, so the table need not.
func (t *tree) add(b blk, parent, prev int32) int32 {
	i := int32(len(t.nodes))
	b.parent, b.first, b.next, b.firstText = parent, none, none, none
	t.nodes = append(t.nodes, b)
	if prev == none {
		t.nodes[parent].first = i
	} else {
		t.nodes[prev].next = i
	}
	return i
}

// measure fills the subtree measures, visiting children before parents (reverse
// document order), so each node is added to its parent exactly once.
func (t *tree) measure() {
	nodes := t.nodes
	for i := len(nodes) - 1; i >= 0; i-- {
		b := &nodes[i]
		if b.text {
			u, p := textUnits(b.n.Data)
			b.units, b.ownUnits, b.ownPunct = u, u, p
			if b.inLink {
				b.linkUnits, b.ownLink = u, u
			}
			if u > 0 {
				b.firstText = int32(i)
			}
		} else if b.block && b.ownUnits >= minParagraphUnits {
			b.paras++
		}
		if b.parent == none {
			continue
		}
		p := &nodes[b.parent]
		p.units += b.units
		p.linkUnits += b.linkUnits
		p.paras += b.paras
		p.headings += b.headings
		if !b.block {
			p.ownUnits += b.ownUnits
			p.ownPunct += b.ownPunct
			p.ownLink += b.ownLink
		}
		// Children are visited last to first, so the earliest child wins.
		if b.firstText != none {
			p.firstText = b.firstText
		}
	}
}

func isSubheading(a atom.Atom) bool {
	return a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6
}

// linkDensity is the share of a node's text that sits inside links.
func (b *blk) linkDensity() float32 {
	if b.units == 0 {
		return 0
	}
	return float32(b.linkUnits) / float32(b.units)
}

func (b *blk) has(k cueKind) bool { return b.kinds&(1<<k) != 0 }

// boilerKinds are the kinds that mark boilerplate, as a bit mask.
const boilerKinds = ^uint32(0) &^ (1<<cueNone | 1<<cueContent)

// elementKinds classifies an element by its tag, class, id, role and itemprop.
func elementKinds(n *html.Node) uint32 {
	kinds, _ := elementCues(n)
	return kinds
}

// elementCues classifies an element by its tag, class, id, role and itemprop, and
// reports the word lists its class, id and itemprop words are in (see wordSet): one
// look at its attributes answers every question the metadata walk asks of them.
func elementCues(n *html.Node) (kinds uint32, words wordSet) {
	kinds, words, _ = elementFacts(n, false)
	return kinds, words
}

// elementFacts is elementCues that also reports, when asked (withHidden), whether the
// element is hidden (see isHidden), in the same look at its attributes.
func elementFacts(n *html.Node, withHidden bool) (kinds uint32, words wordSet, hidden bool) {
	return elementInfoFacts(n, tagInfoOf(n.DataAtom), nil, withHidden)
}

// elementInfoFacts is elementFacts for an element whose tagInfo the caller has, which
// classifies attribute values through cache (when not nil).
func elementInfoFacts(n *html.Node, info tagInfo, cache *cueCache, withHidden bool) (kinds uint32, words wordSet, hidden bool) {
	if info.hasKind {
		kinds |= 1 << info.kind
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			k, w, h := cache.classFacts(a.Val, withHidden && !hidden)
			kinds |= k
			words |= w
			hidden = hidden || h
		case "id":
			k, w := cache.attrCues(a.Val)
			if k != 0 && isTextSlug(a.Val, n) {
				continue // a heading's words, not a box's name (see isTextSlug)
			}
			kinds |= k
			words |= w
		case "hidden", "popover":
			hidden = true
		case "aria-hidden":
			hidden = hidden || withHidden && ariaHidden(n, a.Val)
		case "style":
			hidden = hidden || withHidden && hiddenStyle(a.Val)
		case "role":
			if k, ok := roleKinds[strings.ToLower(strings.TrimSpace(a.Val))]; ok {
				kinds |= 1 << k
			}
		case "itemprop":
			if strings.Contains(a.Val, "articleBody") || strings.Contains(a.Val, "text") {
				kinds |= 1 << cueContent
			} else if a.Val == "author" && n.DataAtom != atom.Span && n.DataAtom != atom.A {
				// A block that schema.org marks as the author (a Person) is the author's
				// box: a bio under the story, a forum post's user panel.
				kinds |= 1 << cueAuthor
			}
			_, w := cache.attrCues(a.Val)
			words |= w
		}
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		kinds |= 1 << cueContent
	}
	if hidden && (collapsedPanel(n, kinds) || revealedPanel(n, kinds) || kinds&boilerKinds == 0 && zeroHeightPanel(n)) {
		hidden = false
	}
	return kinds, words, hidden
}

// isHidden reports whether an element is hidden from readers by the hidden or popover
// attribute, aria-hidden, a hiding class, or an inline display:none / visibility:hidden
// style, unless it is a collapsed panel the reader opens in place (see collapsedPanel).
func isHidden(n *html.Node) bool {
	if !hiddenAttrs(n) {
		return false
	}
	kinds := elementKinds(n)
	return !collapsedPanel(n, kinds) && !revealedPanel(n, kinds) && !(kinds&boilerKinds == 0 && zeroHeightPanel(n))
}

// hiddenAttrs reports whether n's attributes hide it (see isHidden), panel or not.
func hiddenAttrs(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden", "popover":
			return true
		case "aria-hidden":
			if ariaHidden(n, a.Val) {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		case "class":
			if hasHiddenClass(a.Val) {
				return true
			}
		}
	}
	return false
}

// ariaHidden reports whether aria-hidden=v hides n: images keep their place in the text,
// and so do the summaries of redundant links (see redundantLink), text under a short
// label (shownUnderLabel) and the shown twin of a screen-reader copy (besideReaderCopy).
func ariaHidden(n *html.Node, v string) bool {
	return strings.EqualFold(strings.TrimSpace(v), "true") && n.DataAtom != atom.Img &&
		!redundantLink(n) && !shownUnderLabel(n) && !besideReaderCopy(n)
}

func hiddenStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// textUnits measures a text: its length in units (see runeUnits) and its punctuation.
func textUnits(s string) (units, punct int32) {
	// ASCII bytes are measured without decoding, up to the first other byte: they are
	// most of the text of most pages. They are read eight at a time first (see
	// asciiWordUnits), then one at a time.
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if x&bytesHigh != 0 {
			break
		}
		// asciiWordUnits, written out: the compiler would not inline it.
		units += int32(bits.OnesCount64((x + 0x5f*bytesOne) & bytesHigh))
		hit := zeroBytes(x^','*bytesOne) | zeroBytes(x^'.'*bytesOne) | zeroBytes(x^';'*bytesOne) |
			zeroBytes(x^':'*bytesOne) | zeroBytes(x^'!'*bytesOne) | zeroBytes(x^'?'*bytesOne)
		punct += int32(bits.OnesCount64(hit))
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			u, p := textUnitsRunes(s[i:])
			return units + u, punct + p
		}
		if c > ' ' {
			units++
			if asciiPunct[c] {
				punct++
			}
		}
	}
	return units, punct
}

// Words of eight bytes with every byte set to one value, for asciiWordUnits.
const (
	bytesOne  = 0x0101010101010101
	bytesHigh = 0x8080808080808080
)

// asciiWordUnits measures eight ASCII bytes read as one word x, as textUnits measures
// them one at a time: the bytes above the space, and those that are punctuation (see
// isPunct). No byte carries into the next one: each is below 0x80.
func asciiWordUnits(x uint64) (units, punct int32) {
	// A byte above 0x20 reaches 0x80 once 0x5f is added to it.
	units = int32(bits.OnesCount64((x + 0x5f*bytesOne) & bytesHigh))
	hit := zeroBytes(x^','*bytesOne) | zeroBytes(x^'.'*bytesOne) | zeroBytes(x^';'*bytesOne) |
		zeroBytes(x^':'*bytesOne) | zeroBytes(x^'!'*bytesOne) | zeroBytes(x^'?'*bytesOne)
	return units, int32(bits.OnesCount64(hit))
}

// zeroBytes sets the high bit of each byte of y that is zero, and clears every other
// bit; the bytes of y must be below 0x80 (adding 0x7f sets the high bit of every other
// one, with no carry).
func zeroBytes(y uint64) uint64 {
	return ^(y + 0x7f*bytesOne) & bytesHigh
}

// asciiPunct marks the ASCII runes isPunct reports.
var asciiPunct = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isPunct(rune(c))
	}
	return t
}()

// textUnitsRunes is textUnits from the first byte that is not ASCII on. Runs of ASCII
// between other runes (the spaces of Cyrillic or Greek text, the English words among
// curly quotes) are still read eight bytes at a time, and the runes of two bytes (Latin
// with accents, Greek, Cyrillic, Hebrew, Arabic) are read from their bytes undecoded,
// and those below U+2000 (Indic, Thai, Vietnamese), of the Han and Hangul blocks and of
// the kana are measured without the general tests.
func textUnitsRunes(s string) (units, punct int32) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if i+8 <= len(s) {
				if x := load64(s, i); x&bytesHigh == 0 {
					// asciiWordUnits, written out: the compiler would not inline it.
					units += int32(bits.OnesCount64((x + 0x5f*bytesOne) & bytesHigh))
					hit := zeroBytes(x^','*bytesOne) | zeroBytes(x^'.'*bytesOne) | zeroBytes(x^';'*bytesOne) |
						zeroBytes(x^':'*bytesOne) | zeroBytes(x^'!'*bytesOne) | zeroBytes(x^'?'*bytesOne)
					punct += int32(bits.OnesCount64(hit))
					i += 8
					continue
				}
			}
			i++
			if c > ' ' {
				units++
				if asciiPunct[c] {
					punct++
				}
			}
			continue
		}
		if c < 0xe0 {
			// A rune of two bytes, U+0080 to U+07FF: one unit each, but for the two
			// spaces among them (U+0085, U+00A0); the punctuation among them is Arabic
			// (U+060C, U+061B, U+061F). It is read from its bytes, undecoded.
			if c >= 0xc2 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
				c1 := s[i+1]
				i += 2
				switch c {
				case 0xc2:
					if c1 == 0x85 || c1 == 0xa0 {
						continue
					}
				case 0xd8:
					if c1 == 0x8c || c1 == 0x9b || c1 == 0x9f {
						punct++
					}
				}
				units++
				continue
			}
			// Not UTF-8: a utf8.RuneError of one byte, as a range over s reads it, one
			// unit.
			units++
			i++
			continue
		}
		// The runes of three bytes, most of the other text, are decoded here, as
		// decodeRune would, without a call; bytes that are not UTF-8 are each a
		// utf8.RuneError, as a range over s reads them.
		var r rune
		size := 0
		if c < 0xf0 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			r = rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f)
			if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
				size = 3
			}
		} else {
			r, size = decodeRune(s[i:])
		}
		if size == 0 {
			r, size = utf8.RuneError, 1
		}
		i += size
		switch {
		case size == 3 && r < 0x2000:
			// U+0800 to U+1FFF (Indic scripts, Thai, the Vietnamese letters of
			// U+1Exx): one unit each, but for the Ogham space; the punctuation among
			// them is the Devanagari danda.
			if r != 0x1680 {
				units++
				if r == '।' || r == '॥' {
					punct++
				}
			}
		case 0x4e00 <= r && r <= 0x9fff: // CJK Unified Ideographs (see runeUnits)
			units += cjkUnits
		case 0xac00 <= r && r <= 0xd7a3: // Hangul Syllables
			units += hangulUnits
		case 0x3041 <= r && r <= 0x3096, 0x30a1 <= r && r <= 0x30fa:
			// The Hiragana and Katakana letters (see runeUnits).
			units += cjkUnits
		case isWideSpace(r):
			// No-break, thin, hair and ideographic spaces are spaces, not text: a
			// page of them alone is empty.
		default:
			units += runeUnits(r)
			if isPunct(r) {
				punct++
			}
		}
	}
	return units, punct
}

// runeUnits weighs a rune by how much text it stands for. An ideograph or kana is about a
// word, a Hangul syllable about half of one; letters of alphabets are one unit. Without
// this, a Chinese paragraph would look five times shorter than its English translation.
func runeUnits(r rune) int32 {
	switch {
	case r < 0x2e80:
		return 1
	case 0x4e00 <= r && r <= 0x9fff: // CJK Unified Ideographs, all Han: most Chinese text
		return cjkUnits
	case 0xac00 <= r && r <= 0xd7a3: // Hangul Syllables
		return hangulUnits
	case runeClassOf(r)&classIdeo != 0:
		return cjkUnits
	case runeClassOf(r)&classHangul != 0:
		return hangulUnits
	}
	return 1
}

const (
	cjkUnits    = 3
	hangulUnits = 2
)

// isPunct reports clause and sentence punctuation in the scripts we score, CJK, Arabic
// and Devanagari included: a comma is a sign of prose, wherever it is written.
func isPunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', '，', '。', '、', '；', '：', '！', '？', '،', '؛', '؟', '।', '॥':
		return true
	}
	return false
}

// looksLikeMarkup reports whether a text is escaped or unparsed HTML, as the text of a
// <noscript> sometimes is: it is never prose.
func looksLikeMarkup(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "<") || strings.HasPrefix(s, "&lt;")
}

// isNavLink reports whether an <a> counts as a link. An anchor without an href, or with
// a javascript: one, is a button when it holds a few words ("Share", "Show more"), and so
// counts as a link; when it wraps paragraphs it is a script's handle around ordinary
// text, and does not.
func isNavLink(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "href" {
			v := strings.TrimSpace(a.Val)
			if v != "" && !hasPrefixFold(v, "javascript:") {
				return true
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTags[c.DataAtom] {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s starts with prefix, a lower-case ASCII string, in ASCII
// lower case. For an ASCII prefix without a 'k' it is strings.HasPrefix(strings.ToLower(s),
// prefix), without lower-casing all of s: only U+212A (Kelvin) and U+0130 (dotted I)
// lower-case to an ASCII letter, and the second brings a combining dot with it.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lower(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}
