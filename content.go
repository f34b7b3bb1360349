package winnow

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// contentTree puts the kept part of the chosen roots into a new tree under one <div>.
// For a tree the caller gave, it copies the nodes, so that the result shares nothing with
// the input and callers may change it freely. For a tree parsed for this call that no one
// else sees (from.owned), it relinks the parsed nodes themselves: the same tree, without a
// second copy of a page's every node (a page of a million tiny elements would hold two).
// The html.Node links of the nodes moved change, so nothing may read them afterwards.
// A packed tree (see source.packed) is copied compactly instead (see packContent), unless
// the content is most of the page (see mostlyKept): then its nodes are moved like x/net/html's.
func (t *tree) contentTree(roots []int32, from source) *html.Node {
	if from.packed {
		if k := t.measureKept(roots); !t.mostlyKept(k) {
			return t.packContent(roots, k)
		}
	}
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	node := t.copyNode
	if from.owned {
		node = t.moveNode
	}
	for _, r := range roots {
		if c := node(r); c != nil {
			div.AppendChild(c)
		}
	}
	return div
}

func (t *tree) copyNode(i int32) *html.Node {
	b := &t.nodes[i]
	if b.drop != keep {
		return nil
	}
	n := &html.Node{Type: b.n.Type, Data: b.n.Data, DataAtom: b.n.DataAtom, Namespace: b.n.Namespace}
	if len(b.n.Attr) > 0 {
		n.Attr = append([]html.Attribute(nil), b.n.Attr...)
	}
	for c := b.first; c != none; c = t.nodes[c].next {
		if cc := t.copyNode(c); cc != nil {
			n.AppendChild(cc)
		}
	}
	return n
}

// moveNode relinks the parsed node of block i, and its kept children, as copyNode copies
// them.
func (t *tree) moveNode(i int32) *html.Node {
	b := &t.nodes[i]
	if b.drop != keep {
		return nil
	}
	n := b.n
	n.Parent, n.FirstChild, n.LastChild, n.PrevSibling, n.NextSibling = nil, nil, nil, nil, nil
	for c := b.first; c != none; c = t.nodes[c].next {
		if cc := t.moveNode(c); cc != nil {
			n.AppendChild(cc)
		}
	}
	return n
}

// bodyFromLD turns a JSON-LD articleBody into Text's shape: one paragraph per line of the
// source, separated by blank lines. Bodies that carry HTML are reduced to their text.
func bodyFromLD(body string) string {
	if strings.Contains(body, "</") || strings.Contains(body, "<p") || strings.Contains(body, "<br") {
		if doc, err := html.Parse(strings.NewReader(body)); err == nil {
			if t, err := buildTree(doc, DefaultMaxNodes); err == nil {
				return t.renderText([]int32{t.body})
			}
		}
	}
	var paras []string
	for line := range strings.SplitSeq(body, "\n") {
		if line = collapse(line); line != "" {
			paras = append(paras, line)
		}
	}
	text := strings.Join(paras, "\n\n")
	if len(paras) == 1 {
		// Join hands back a lone line itself, which may be a piece of a packed page:
		// Text is always a string of its own (see detachStrings).
		text = strings.Clone(text)
	}
	return norm.NFC.String(text)
}

// headlines holds the titles a page gives itself in its metadata (the JSON-LD
// headline, og:title, twitter:title, dc.title, <title>), split into words, for telling
// the article's headline from the other <h1> elements inside the article: pages built
// with an <h1> per section (blogs written in an editor, some CMS templates) head their
// sections with them, and readers (and the WCXB annotators, three times in four) keep
// those as headings.
type headlines []titleWords

// newHeadlines gathers the metadata titles of m; with none, the chosen title stands for
// them.
func newHeadlines(m *pageMeta, chosen string) headlines {
	var h headlines
	titles := m.metaTitles()
	for i, s := range titles {
		// A title the same as an earlier one (og:title and <title> often are) names
		// nothing more: it is split once.
		if strings.TrimSpace(s) != "" && !slices.Contains(titles[:i], s) {
			if m.metaSplit {
				// chooseTitle split the same five titles, in this order: their words
				// are taken as they are (nothing changes them after the split).
				h = append(h, m.metaWords[i])
				continue
			}
			var w titleWords
			w.split(s)
			h = append(h, w)
		}
	}
	if len(h) == 0 && chosen != "" {
		var w titleWords
		w.split(chosen)
		h = append(h, w)
	}
	return h
}

// names reports whether text is the headline a metadata title names: most of its words
// are in one of them (the title may add the site's name or a section).
func (h headlines) names(text string) bool {
	var w titleWords
	w.split(text)
	for i := range h {
		if in, _ := wordShares(&w, &h[i]); in >= headlineMatch {
			return true
		}
	}
	return false
}

// isHeadline reports whether <h1> i inside the article is its headline, which the
// metadata already gives as the title, rather than the heading of one of its sections.
// Only an article that holds several <h1>s besides its headline, each opening prose
// (see headsProse), is taken to use them for its sections: a single one is as often a
// box's heading ("Support us") as a headline the metadata words differently.
func (t *tree) isHeadline(i int32) bool {
	if t.sectionH1s < 0 {
		t.sectionH1s = 0
		for _, r := range t.roots {
			t.walk(r, func(j int32) bool {
				if t.nodes[j].tag == atom.H1 && t.headsProse(j) && !t.headlines.names(t.inlineText(j)) {
					t.sectionH1s++
				}
				return true
			})
		}
	}
	if t.headlines.names(t.inlineText(i)) {
		return true
	}
	if t.nestedSectionH1(i) {
		return false
	}
	if t.sectionH1s < minSectionH1s {
		return true
	}
	return !t.headsProse(i) && !t.followsSectionH1(i)
}

// minSectionH1s is the number of <h1> elements, besides the headline, from which an
// article is taken to head its sections with them.
const minSectionH1s = 2

// headedProseUnits is the least text the block after a heading holds for the heading
// to open a section of prose ("<h4><a>Restaurant</a></h4><p>review…</p>"): a teaser's
// excerpt or a link list's item says less.
const headedProseUnits = 80

// minSectionParas is the least number of paragraphs the element around a heading
// holds for it to be a part of the article's running text rather than a card (a
// teaser's title and excerpt, a box's heading and its line).
const minSectionParas = 3

// headsProse reports whether heading i opens a section of the article's prose: the
// element after it (past any picture or clip, which holds no text) is a block of that
// much text, not made of links, and the heading stands among the article's paragraphs,
// not alone in a card with its excerpt.
func (t *tree) headsProse(i int32) bool {
	if p := t.nodes[i].parent; p == none || t.nodes[p].paras < minSectionParas {
		return false
	}
	return t.headedProse(i, headedProseUnits)
}

// headedProse reports whether the element after block i, past any picture or clip
// (which holds no text), is a block of at least minUnits of text, not made of links. A
// picture or a video between a heading and its prose (a review's clip under the title
// of the game it reviews) is the section's too.
func (t *tree) headedProse(i int32, minUnits int32) bool {
	s := t.nextElement(i)
	for s != none && t.nodes[s].units == 0 && t.holdsMedia(s) {
		s = t.nextElement(s)
	}
	if s == none {
		return false
	}
	n := &t.nodes[s]
	return n.block && n.units >= minUnits && n.linkDensity() <= linkDenseBlock
}

// nextElement returns the element right after block i among its siblings, with
// nothing but white space between them, or none.
func (t *tree) nextElement(i int32) int32 {
	for s := t.nodes[i].next; s != none; s = t.nodes[s].next {
		if n := &t.nodes[s]; !n.text {
			return s
		} else if n.units > 0 {
			return none
		}
	}
	return none
}

// maxNumberItemUnits bounds the text of an item of a number list: a page number, a
// rating step or a tab's number ("12", "3.", "(4)").
const maxNumberItemUnits = 6

// isNumberList reports whether list i is made of numbers alone: a pager ("1 2 3"), a
// rating scale ("1 2 3 4 5") or the tabs of a set of examples. Its items say nothing a
// reader could read; the article's own lists hold words.
func (t *tree) isNumberList(i int32) bool {
	items := 0
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		n := &t.nodes[c]
		if n.units == 0 {
			continue
		}
		if n.text || n.tag != atom.Li || n.units > maxNumberItemUnits || !isNumberText(t.inlineText(c)) {
			return false
		}
		items++
	}
	return items >= 2
}

// isNumberText reports whether s holds a number and, besides, only punctuation,
// symbols and spaces.
func isNumberText(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return digit
}

// isHeadingButton reports whether element c, a child of n, is a button that makes a
// heading's text: an accordion's or a disclosure's title, as the WAI-ARIA accordion
// pattern writes it ("<h3><button aria-expanded=false aria-controls=a1>How long does it
// take?</button></h3>"), which the reader sees as the heading of the answer under it.
// Only a disclosure's button that holds all of the heading's text counts; other
// buttons ("Copy link" beside a heading's text, a like counter) are controls.
func isHeadingButton(c, n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		if !isARIAHeading(n) {
			return false
		}
	}
	if c.DataAtom != atom.Button || attr(c, "aria-expanded") == "" && attr(c, "aria-controls") == "" {
		return false // not a disclosure's button (a like counter, "Follow")
	}
	for s := n.FirstChild; s != nil; s = s.NextSibling {
		if s != c && hasText(s) {
			return false
		}
	}
	return true
}

// hasText reports whether n holds text other than white space.
func hasText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	for c := range n.Descendants() {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// isARIAHeading reports whether n declares itself a heading with role="heading" ("<p
// role=heading aria-level=3>", as page builders write accordion titles).
func isARIAHeading(n *html.Node) bool {
	return n.Type == html.ElementNode && strings.EqualFold(strings.TrimSpace(attr(n, "role")), "heading")
}
