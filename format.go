package winnow

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The structured formats (Markdown and clean HTML) are written from one small document
// model that the kept part of the side table is turned into: blocks (paragraphs,
// headings, lists, quotes, code, tables, figures) holding inline runs (text, emphasis,
// links, images, code spans). The model holds only what both formats can express, so the
// clean HTML is safe by construction: no element or attribute reaches it unless the model
// has a field for it, and every URL in it was checked when the model was built.

// blockKind is the kind of a block of the model.
type blockKind uint8

const (
	bkDoc blockKind = iota
	bkPara
	bkHeading
	bkList
	bkItem
	bkQuote
	bkCode
	bkTable
	bkHr
	bkFigure
	bkCaption
	bkTerm    // <dt>
	bkDefined // <dd>
	bkDefList // <dl>
	bkEmbed   // an <iframe>, kept only when Options.Iframes asks
)

// block is one block of the model.
type block struct {
	kind    blockKind
	level   int  // heading level; list start number
	ordered bool // list
	lang    string
	text    string   // code text; embed URL
	inl     []inline // paragraph, heading, caption, term
	kids    []*block
	table   *tableModel
}

// inlineKind is the kind of an inline piece.
type inlineKind uint8

const (
	ikText inlineKind = iota
	ikEm
	ikEmEnd
	ikStrong
	ikStrongEnd
	ikDel
	ikDelEnd
	ikSup
	ikSupEnd
	ikSub
	ikSubEnd
	ikLink // s: the URL, alt: the title
	ikLinkEnd
	ikCode  // s: the text
	ikImage // s: the URL, alt, title; w, h: the declared size or 0
	ikBreak
)

// inline is one piece of inline content. Text is collapsed: no piece of text starts or
// ends a block with white space, and white space is a single space.
type inline struct {
	kind       inlineKind
	s          string
	alt, title string
	w, h       int
}

// tableModel is a data table: its caption and rows of cells as the page wrote them.
type tableModel struct {
	caption []inline
	rows    [][]cell
	head    bool // the first row is a header row (in <thead>, or all <th>)
}

type cell struct {
	inl              []inline
	header           bool
	colspan, rowspan int
}

// Bounds that keep the output of hostile pages in proportion to their input.
const (
	// maxSpan bounds colspan and rowspan: real tables span a few columns or rows;
	// colspan="100000" must not turn into a hundred thousand empty Markdown cells.
	maxSpan = 64
	// maxTableColumns bounds a Markdown table's width for the same reason.
	maxTableColumns = 64
	// maxLayoutCellUnits: a table cell with more text than this is a column of the
	// page's layout, not a datum.
	maxLayoutCellUnits = 600
	// maxNestDepth bounds the nesting of lists and quotes in the output; deeper levels
	// are written at this depth (Markdown indentation grows with the square of it).
	maxNestDepth = 12
)

// builder turns the kept part of the side table into the model.
type builder struct {
	t       *tree
	o       *Options
	base    *url.URL
	hasBlk  []bool // per node: a block-level element in its kept subtree
	inl     []inline
	tb      strings.Builder // text not yet added to inl, so that words join without copying
	space   bool            // a space is pending between two words
	inLink  int
	inCode  int
	inHead  int    // inside a heading: its permalink is left out
	inCell  int    // inside a data table's cell: its blocks are kept apart by line breaks
	emph    [3]int // open em, strong, del
	lastImg string
}

// buildModel builds the document model of the kept blocks under roots.
func (t *tree) buildModel(roots []int32, o *Options, base *url.URL) *block {
	b := &builder{t: t, o: o, base: base, hasBlk: t.blockBelow()}
	doc := &block{kind: bkDoc}
	for _, r := range roots {
		if t.nodes[r].drop != keep {
			continue // a root pruned whole (a disclosure, a call) is no part of the text
		}
		b.blocks(doc, r)
	}
	bulletLists(doc)
	return doc
}

// blockBelow reports for each node whether a kept block-level element lies below it.
func (t *tree) blockBelow() []bool {
	out := make([]bool, len(t.nodes))
	for i := len(t.nodes) - 1; i > 0; i-- {
		n := &t.nodes[i]
		if n.drop != keep || n.parent == none {
			continue
		}
		if out[i] || n.block {
			out[n.parent] = true
		}
	}
	return out
}

// blocks adds the blocks of node i's children to parent: runs of inline content become
// paragraphs, block elements blocks of their kind.
func (b *builder) blocks(parent *block, i int32) {
	b.children(i, func(c int32) { b.node(parent, c) }, func(n *html.Node) { b.skipped(parent, n) })
	b.flushPara(parent)
}

// children visits the children of kept node i in document order: side-table children by
// index (fn), and the elements cleaning left out of the side table that some formats
// still want, <noscript> and <iframe> (skip).
func (b *builder) children(i int32, fn func(int32), skip func(*html.Node)) {
	t := b.t
	j := t.nodes[i].first
	if t.nodes[i].text {
		return
	}
	for c := t.nodes[i].n.FirstChild; c != nil; c = c.NextSibling {
		if j != none && t.nodes[j].n == c {
			if t.nodes[j].drop == keep {
				fn(j)
			}
			j = t.nodes[j].next
			continue
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.Noscript || c.DataAtom == atom.Iframe) {
			skip(c)
		}
	}
	for ; j != none; j = t.nodes[j].next { // children the html tree did not show (not expected)
		if t.nodes[j].drop == keep {
			fn(j)
		}
	}
}

// node adds node i, a kept child of a block container, to parent.
func (b *builder) node(parent *block, i int32) {
	n := &b.t.nodes[i]
	if n.text || !n.block && !b.hasBlk[i] {
		b.inline(i)
		return
	}
	if !n.block { // an inline element around blocks: its markup cannot hold them
		b.blocks(parent, i)
		return
	}
	b.flushPara(parent)
	switch n.tag {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.heading(parent, i, int(n.tag.String()[1]-'0'))
	case atom.Ul, atom.Ol, atom.Menu:
		b.list(parent, i)
	case atom.Blockquote:
		q := &block{kind: bkQuote}
		b.blocks(q, i)
		add(parent, q)
	case atom.Pre:
		b.code(parent, i)
	case atom.Table:
		b.table(parent, i)
	case atom.Hr:
		add(parent, &block{kind: bkHr})
	case atom.Figure:
		f := &block{kind: bkFigure}
		b.blocks(f, i)
		add(parent, f)
	case atom.Figcaption:
		add(parent, &block{kind: bkCaption, inl: b.inlineOf(i)})
	case atom.Dl:
		d := &block{kind: bkDefList}
		b.blocks(d, i)
		add(parent, d)
	case atom.Dt:
		add(parent, &block{kind: bkTerm, inl: b.inlineOf(i)})
	case atom.Dd:
		d := &block{kind: bkDefined}
		b.blocks(d, i)
		add(parent, d)
	default:
		b.blocks(parent, i)
	}
}

// maxHeadingUnits is the most text a heading holds. A heading with more text and
// blocks in it is a page's markup mistake, an unclosed <h2> that swallowed the
// paragraphs after it: its first line is the heading, its other blocks follow it.
const maxHeadingUnits = 300

// heading adds heading i at a level: its inline content, block children flattened into
// it, unless it holds more than a heading's text in blocks.
func (b *builder) heading(parent *block, i int32, level int) {
	h := &block{kind: bkHeading, level: level}
	b.inHead++
	defer func() { b.inHead-- }()
	if b.t.nodes[i].units <= maxHeadingUnits {
		h.inl = b.inlineOf(i)
		add(parent, h)
		return
	}
	b.flushText()
	saved, savedSpace := b.inl, b.space
	b.inl, b.space = nil, false
	open := true // still gathering the heading's text
	closeHeading := func() {
		open = false
		h.inl = b.takeInline()
		b.inl, b.space = saved, savedSpace
		add(parent, h)
	}
	b.children(i, func(c int32) {
		cn := &b.t.nodes[c]
		if open && (cn.block || b.hasBlk[c]) && cn.units > 0 {
			b.flushText()
			if len(trimInline(b.inl)) > 0 {
				closeHeading()
			}
		}
		if open {
			b.inline(c)
			return
		}
		b.inHead--
		b.node(parent, c)
		b.inHead++
	}, func(n *html.Node) {
		if open {
			b.skippedInline(n)
		} else {
			b.skipped(parent, n)
		}
	})
	if open {
		closeHeading()
		return
	}
	b.flushPara(parent)
}

// add appends k to parent unless it is empty.
func add(parent, k *block) {
	switch k.kind {
	case bkPara, bkHeading, bkCaption, bkTerm:
		if len(k.inl) == 0 {
			return
		}
	case bkList, bkQuote, bkFigure, bkDefList, bkDefined, bkItem:
		if len(k.kids) == 0 {
			return
		}
	case bkCode:
		if strings.TrimSpace(k.text) == "" {
			return
		}
	}
	parent.kids = append(parent.kids, k)
}

// flushPara closes the paragraph being gathered, if any.
func (b *builder) flushPara(parent *block) {
	inl := b.takeInline()
	if len(inl) > 0 {
		add(parent, &block{kind: bkPara, inl: inl})
	}
}

// takeInline returns the inline content gathered so far, with emphasis left open closed.
func (b *builder) takeInline() []inline {
	b.flushText()
	inl := trimInline(b.inl)
	b.inl, b.space = nil, false
	return inl
}

// renderFormats fills Article.Markdown and Article.HTML, as Options ask. With no roots
// (the text came from the JSON-LD body) the model is the text's paragraphs.
func (t *tree) renderFormats(a *Article, roots []int32, o *Options, base *url.URL) {
	var doc *block
	if roots == nil {
		doc = &block{kind: bkDoc}
		for p := range strings.SplitSeq(a.Text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				b := &builder{}
				b.text(p)
				add(doc, &block{kind: bkPara, inl: b.takeInline()})
			}
		}
	} else {
		doc = t.buildModel(roots, o, base)
	}
	if o.Markdown {
		a.Markdown = renderMarkdown(doc)
	}
	if o.HTML {
		a.HTML = renderHTML(doc)
	}
}
