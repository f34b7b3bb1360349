package winnow

import (
	"bytes"
	"context"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The fast tree builder. golang.org/x/net/html reads a page a byte at a time, copies every
// token's name and attributes, and allocates each node on its own; it was about 40% of
// Extract. fastParse builds the same tree of *html.Node from the page in one pass with the
// scanner of the measuring pass (shapescan.go), nodes taken from slabs, and texts and
// attribute values that are substrings of one copy of the page.
//
// It follows the insertion modes of x/net/html (scripting off), its departures from the
// standard included, and abandons the page at the first construct it does not implement:
// frames, MathML, CDATA sections in SVG, a NUL byte, a declaration, comment or bogus
// comment cut by the end of the page, a page nested deeper than x/net/html accepts. The
// caller then parses the same bytes with x/net/html. A wrong tree is never acceptable; a
// fallback always is. Tests hold the two builders to the same trees (fastparse_test.go,
// FuzzFastParse).

// fastAbandon is the panic value with which the fast builder gives a page up.
type fastAbandon struct{ why string }

// Insertion modes of the fast builder (the subset of x/net/html's it implements).
type fastMode uint8

const (
	fmInitial fastMode = iota
	fmBeforeHTML
	fmBeforeHead
	fmInHead
	fmInHeadNoscript
	fmAfterHead
	fmInBody
	fmText
	fmInTable
	fmInCaption
	fmInColumnGroup
	fmInTableBody
	fmInRow
	fmInCell
	fmInTemplate
	fmAfterBody
	fmAfterAfterBody
)

// Limits of the fast builder.
const (
	// fastMaxDepth is x/net/html's limit on open elements; past it that parser fails, and
	// the fast one leaves the page to it so that the caller sees the same error.
	fastMaxDepth = 512
	// fastSlab is the number of nodes allocated at once once the first slab, sized from
	// the measure's estimate, is used up.
	fastSlab = 256
	// fastMinSlab bounds the slabs sized from what the page read so far holds.
	fastMinSlab = 32
	// fastMaxFirstSlab bounds the slabs sized from the estimate, whatever it is.
	fastMaxFirstSlab = 1 << 16
	// fastProbeSlab bounds the very first slab: the rest of the estimate comes in a
	// second one once it is used up. A page that the measure gives up early (one nested
	// past the parser's depth gives up within its first few hundred tags) then leaves
	// behind a slab of this size, not one sized for the whole page.
	fastProbeSlab = 1 << 12
)

// fastParser is the state of one fast parse: the scanner's position, the current token,
// and the tree builder's stacks and pointers, as in x/net/html's parser.
type fastParser struct {
	src []byte
	s   string // the page, copied once: texts and values are its substrings

	doc        *html.Node
	oe, afe    []*html.Node // open elements; active formatting elements (nil: a marker)
	head, form *html.Node
	im         fastMode
	templates  []fastMode // the template insertion modes
	origIM     fastMode
	origSet    bool
	quirks     bool
	foster     bool // inserting in foster-parenting mode (abandoned if it would apply)
	notRaw     bool // the start tag just read must not switch the scanner to raw text
	joined     int  // bytes copied by joining adjacent texts, bounded by the page's size

	// The current token.
	tt          html.TokenType
	ta          atom.Atom
	name        string // the tag's name, or the text, comment or doctype's data
	attr        []html.Attribute
	selfClosing bool
	tokStart    int // the token's raw bytes, for a doctype
	tokEnd      int

	slab    []html.Node
	slabbed int              // nodes in the slabs so far
	estRest int              // nodes of the estimate not yet allocated (see fastProbeSlab)
	at      int              // where the scanner is in the page
	attrs   []html.Attribute // backing array of the tokens' attributes
	key     []byte           // buffer for lower-casing names
	cr      bool             // the page holds a '\r' (see newlines)

	// The measuring pass's model, fed the builder's tokens (see fastParseMeasured), or
	// nil.
	m fastMeasure
}

// fastParse builds the tree of the decoded page src as
// html.ParseWithOptions(…, html.ParseOptionEnableScripting(false)) does, or reports
// false when the page holds something it does not implement exactly (see above), or when
// ctx is cancelled. estNodes, the measure's estimate of the tree's nodes (0 if unknown),
// sizes the first slab of nodes.
func fastParse(ctx context.Context, src []byte, estNodes int) (doc *html.Node, ok bool) {
	return (&fastParser{src: src}).parse(ctx, estNodes)
}

// parse builds the tree of p.src (see fastParse); p may hold a measure to feed (see
// fastParseMeasured).
func (p *fastParser) parse(ctx context.Context, estNodes int) (doc *html.Node, ok bool) {
	if bytes.IndexByte(p.src, 0) >= 0 {
		return nil, false
	}
	p.s = string(p.src)
	p.cr = bytes.IndexByte(p.src, '\r') >= 0
	defer func() {
		if r := recover(); r != nil {
			if _, abandoned := r.(fastAbandon); !abandoned {
				fastUnexpected(r)
			}
			doc, ok = nil, false
		}
	}()
	if estNodes > 0 {
		est := min(estNodes+8, fastMaxFirstSlab)
		p.slab = make([]html.Node, min(est, fastProbeSlab))
		p.slabbed = len(p.slab)
		p.estRest = est - len(p.slab)
	}
	p.attrs = make([]html.Attribute, 0, 64)
	p.doc = p.newNode()
	p.doc.Type = html.DocumentNode
	if !p.run(ctx) {
		return nil, false
	}
	return p.doc, true
}

// fastUnexpected is told of a panic of the fast builder other than an abandon; tests set
// it to fail, in production the page falls back to x/net/html like any other.
var fastUnexpected = func(any) {}

func (p *fastParser) abandon(why string) {
	panic(fastAbandon{why})
}

func (p *fastParser) newNode() *html.Node {
	if len(p.slab) == 0 {
		n := p.estRest
		if n > 0 {
			p.estRest = 0
		} else {
			n = p.nextSlab()
		}
		p.slab = make([]html.Node, n)
		p.slabbed += n
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	return n
}

// nextSlab sizes the next slab of nodes: the nodes the rest of the page should hold,
// at the rate the bytes read so far held them (with a margin), or fastSlab before
// anything is known.
func (p *fastParser) nextSlab() int {
	if p.at == 0 || p.slabbed == 0 {
		return fastSlab
	}
	rest := int(int64(p.slabbed) * int64(len(p.src)-p.at) / int64(p.at))
	return min(max(rest+rest/8, fastMinSlab), fastMaxFirstSlab)
}

// top returns the current node, or the document when no element is open.
func (p *fastParser) top() *html.Node {
	if n := len(p.oe); n > 0 {
		return p.oe[n-1]
	}
	return p.doc
}

func (p *fastParser) pop() *html.Node {
	n := p.oe[len(p.oe)-1]
	p.oe = p.oe[:len(p.oe)-1]
	return n
}

func indexOfNode(s []*html.Node, n *html.Node) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == n {
			return i
		}
	}
	return -1
}

func removeNode(s []*html.Node, n *html.Node) []*html.Node {
	i := indexOfNode(s, n)
	if i < 0 {
		return s
	}
	copy(s[i:], s[i+1:])
	s[len(s)-1] = nil
	return s[:len(s)-1]
}

func (p *fastParser) oeContains(a atom.Atom) bool {
	for _, n := range p.oe {
		if n.DataAtom == a && n.Namespace == "" {
			return true
		}
	}
	return false
}

// appendChild links n as the last child of parent.
func appendChild(parent, n *html.Node) {
	last := parent.LastChild
	if last != nil {
		last.NextSibling = n
	} else {
		parent.FirstChild = n
	}
	parent.LastChild = n
	n.Parent = parent
	n.PrevSibling = last
}

// addChild appends n to the current node (or to its foster parent, see fosterParent)
// and, for an element, opens it.
func (p *fastParser) addChild(n *html.Node) {
	if p.foster && fosterParentOf(p.top()) {
		p.fosterParent(n)
	} else {
		appendChild(p.top(), n)
	}
	if n.Type == html.ElementNode {
		p.oe = append(p.oe, n)
		if len(p.oe) > fastMaxDepth {
			p.abandon("too deep")
		}
	}
}

func fosterParentOf(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
		return true
	}
	return false
}

// addText appends text to the current node, joined to its last child if that is text.
func (p *fastParser) addText(text string) {
	if text == "" {
		return
	}
	if p.foster && fosterParentOf(p.top()) {
		n := p.newNode()
		n.Type, n.Data = html.TextNode, text
		p.fosterParent(n)
		return
	}
	t := p.top()
	if last := t.LastChild; last != nil && last.Type == html.TextNode {
		p.joinText(last, text)
		return
	}
	n := p.newNode()
	n.Type, n.Data = html.TextNode, text
	p.addChild(n)
}

// joinText appends text to the text node n, within a bound on the bytes so copied.
func (p *fastParser) joinText(n *html.Node, text string) {
	p.joined += len(n.Data) + len(text)
	if p.joined > 2*len(p.src)+1024 {
		p.abandon("too many joined texts")
	}
	n.Data += text
}

// fosterParent inserts n, which a table may not hold, before the table (or in the open
// template, or at the end of the html element when no table is open), as x/net/html does.
func (p *fastParser) fosterParent(n *html.Node) {
	var table, template *html.Node
	i := len(p.oe) - 1
	for ; i >= 0; i-- {
		if p.oe[i].DataAtom == atom.Table {
			table = p.oe[i]
			break
		}
	}
	j := len(p.oe) - 1
	for ; j >= 0; j-- {
		if p.oe[j].DataAtom == atom.Template {
			template = p.oe[j]
			break
		}
	}
	if template != nil && (table == nil || j > i) {
		appendChild(template, n)
		return
	}
	var parent, prev *html.Node
	if table == nil {
		parent = p.oe[0]
	} else {
		parent = table.Parent
	}
	if parent == nil {
		if i < 1 {
			p.abandon("foster parent")
		}
		parent = p.oe[i-1]
	}
	if table != nil {
		prev = table.PrevSibling
	} else {
		prev = parent.LastChild
	}
	if prev != nil && prev.Type == html.TextNode && n.Type == html.TextNode {
		p.joinText(prev, n.Data)
		return
	}
	insertBefore(parent, n, table)
}

// insertBefore links n as a child of parent before ref, or last when ref is nil.
func insertBefore(parent, n, ref *html.Node) {
	if ref == nil {
		appendChild(parent, n)
		return
	}
	prev := ref.PrevSibling
	if prev != nil {
		prev.NextSibling = n
	} else {
		parent.FirstChild = n
	}
	ref.PrevSibling = n
	n.Parent, n.PrevSibling, n.NextSibling = parent, prev, ref
}

func (p *fastParser) addComment() {
	n := p.newNode()
	n.Type, n.Data = html.CommentNode, p.name
	p.addChild(n)
}

// addElement opens an element for the current start tag.
func (p *fastParser) addElement() {
	n := p.newNode()
	n.Type, n.DataAtom, n.Data, n.Attr = html.ElementNode, p.ta, p.name, p.attr
	p.addChild(n)
}

// addFormattingElement opens a formatting element and records it in the list of active
// formatting elements, with the Noah's Ark clause (three of a kind), sorting its
// attributes as x/net/html does.
func (p *fastParser) addFormattingElement() {
	p.addElement()
	top := p.top()
	sortAttrs(top.Attr)
	identical := 0
	for i := len(p.afe) - 1; i >= 0; i-- {
		n := p.afe[i]
		if n == nil {
			break
		}
		if n.Type != html.ElementNode || n.Namespace != "" || n.DataAtom != top.DataAtom || !sameAttrs(n.Attr, top.Attr) {
			continue
		}
		identical++
		if identical >= 3 {
			p.afe = removeNode(p.afe, n)
		}
	}
	p.afe = append(p.afe, top)
}

// sortAttrs sorts attributes by namespace, key and value (an insertion sort: elements
// have few).
func sortAttrs(a []html.Attribute) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && attrLess(a[j], a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func attrLess(a, b html.Attribute) bool {
	if a.Namespace != b.Namespace {
		return a.Namespace < b.Namespace
	}
	if a.Key != b.Key {
		return a.Key < b.Key
	}
	return a.Val < b.Val
}

func sameAttrs(a, b []html.Attribute) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (p *fastParser) clearActiveFormatting() {
	for {
		if len(p.afe) == 0 {
			p.abandon("empty formatting list")
		}
		n := p.afe[len(p.afe)-1]
		p.afe = p.afe[:len(p.afe)-1]
		if len(p.afe) == 0 || n == nil {
			return
		}
	}
}

// reconstructActiveFormatting reopens the formatting elements left open across a block
// boundary ("<p><b>a</p>b"), as clones.
func (p *fastParser) reconstructActiveFormatting() {
	if len(p.afe) == 0 {
		return
	}
	n := p.afe[len(p.afe)-1]
	if n == nil || indexOfNode(p.oe, n) >= 0 {
		return
	}
	i := len(p.afe) - 1
	for n != nil && indexOfNode(p.oe, n) < 0 {
		if i == 0 {
			i = -1
			break
		}
		i--
		n = p.afe[i]
	}
	for {
		i++
		c := p.cloneNode(p.afe[i])
		p.addChild(c)
		p.afe[i] = c
		if i == len(p.afe)-1 {
			break
		}
	}
}

// Scopes of the stack of open elements.
type fastScope uint8

const (
	scopeDefault fastScope = iota
	scopeListItem
	scopeButton
	scopeTable
)

// inScopeIndex returns the index of the highest open element named one of match that is
// in scope s, or -1.
func (p *fastParser) inScopeIndex(s fastScope, match ...atom.Atom) int {
	if len(match) == 1 && !p.oeHolds(match[0]) {
		return -1 // the usual answer ("<p>" in button scope), found without the scopes
	}
	for i := len(p.oe) - 1; i >= 0; i-- {
		n := p.oe[i]
		a := n.DataAtom
		if n.Namespace == "" {
			for _, m := range match {
				if m == a {
					return i
				}
			}
			switch s {
			case scopeListItem:
				if a == atom.Ol || a == atom.Ul {
					return -1
				}
			case scopeButton:
				if a == atom.Button {
					return -1
				}
			case scopeTable:
				if a == atom.Html || a == atom.Table || a == atom.Template {
					return -1
				}
			}
		}
		if s != scopeTable && scopeStops(n) {
			return -1
		}
	}
	return -1
}

// oeHolds reports whether an open element, of any namespace, has the atom a.
func (p *fastParser) oeHolds(a atom.Atom) bool {
	for _, n := range p.oe {
		if n.DataAtom == a {
			return true
		}
	}
	return false
}

// scopeStops reports whether n bounds the default scope (and the list-item and button
// scopes).
func scopeStops(n *html.Node) bool {
	switch n.Namespace {
	case "":
		switch n.DataAtom {
		case atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th, atom.Marquee,
			atom.Object, atom.Template, atom.Select:
			return true
		}
	case "svg":
		switch n.DataAtom {
		case atom.Desc, atom.ForeignObject, atom.Title:
			return true
		}
	case "math":
		switch n.DataAtom {
		case atom.AnnotationXml, atom.Mi, atom.Mn, atom.Mo, atom.Ms, atom.Mtext:
			return true
		}
	}
	return false
}

func (p *fastParser) inScope(s fastScope, match ...atom.Atom) bool {
	return p.inScopeIndex(s, match...) >= 0
}

func (p *fastParser) popUntil(s fastScope, match ...atom.Atom) bool {
	if i := p.inScopeIndex(s, match...); i >= 0 {
		p.oe = p.oe[:i]
		return true
	}
	return false
}

// clearStackTo pops elements until one of stops (or html, or template) is current.
func (p *fastParser) clearStackTo(stops ...atom.Atom) {
	for i := len(p.oe) - 1; i >= 0; i-- {
		a := p.oe[i].DataAtom
		if a == atom.Html || a == atom.Template {
			p.oe = p.oe[:i+1]
			return
		}
		for _, s := range stops {
			if a == s {
				p.oe = p.oe[:i+1]
				return
			}
		}
	}
}

// generateImpliedEndTags pops the elements whose end tags may be omitted, but not one
// named except (when not empty).
func (p *fastParser) generateImpliedEndTags(except string) {
	i := len(p.oe) - 1
loop:
	for ; i >= 0; i-- {
		n := p.oe[i]
		if n.Type != html.ElementNode {
			break
		}
		switch n.DataAtom {
		case atom.Dd, atom.Dt, atom.Li, atom.Optgroup, atom.Option, atom.P, atom.Rb, atom.Rp, atom.Rt, atom.Rtc:
			if except != "" && n.Data == except {
				break loop
			}
			continue
		}
		break
	}
	p.oe = p.oe[:i+1]
}

// isSpecial reports whether n is in the HTML parsing algorithm's "special" category, as
// x/net/html lists it.
func isSpecial(n *html.Node) bool {
	switch n.Namespace {
	case "", "html":
		return specialTags[n.Data]
	case "math":
		switch n.Data {
		case "mi", "mo", "mn", "ms", "mtext", "annotation-xml":
			return true
		}
	case "svg":
		switch n.Data {
		case "foreignObject", "desc", "title":
			return true
		}
	}
	return false
}

// specialTags are the HTML elements of the "special" category (x/net/html keeps keygen
// and has not added search); fastparse_test.go checks each against x/net/html.
var specialTags = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range []atom.Atom{
		atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base, atom.Basefont,
		atom.Bgsound, atom.Blockquote, atom.Body, atom.Br, atom.Button, atom.Caption, atom.Center,
		atom.Col, atom.Colgroup, atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Embed, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.Frame,
		atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Header,
		atom.Hgroup, atom.Hr, atom.Html, atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li,
		atom.Link, atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav,
		atom.Noembed, atom.Noframes, atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param,
		atom.Plaintext, atom.Pre, atom.Script, atom.Section, atom.Select, atom.Source, atom.Style,
		atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea, atom.Tfoot,
		atom.Th, atom.Thead, atom.Title, atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp,
	} {
		m[a.String()] = true
	}
	return m
}()

// resetInsertionMode picks the insertion mode from the open elements, as after a table
// closes.
func (p *fastParser) resetInsertionMode() {
	for i := len(p.oe) - 1; i >= 0; i-- {
		n := p.oe[i]
		switch n.DataAtom {
		case atom.Td, atom.Th:
			p.im = fmInCell
		case atom.Tr:
			p.im = fmInRow
		case atom.Tbody, atom.Thead, atom.Tfoot:
			p.im = fmInTableBody
		case atom.Caption:
			p.im = fmInCaption
		case atom.Colgroup:
			p.im = fmInColumnGroup
		case atom.Table:
			p.im = fmInTable
		case atom.Template:
			if n.Namespace != "" {
				continue
			}
			if len(p.templates) == 0 {
				p.abandon("template mode")
			}
			p.im = p.templates[len(p.templates)-1]
		case atom.Head:
			p.im = fmInHead
		case atom.Body:
			p.im = fmInBody
		case atom.Frameset:
			p.abandon("frameset")
		case atom.Html:
			if p.head == nil {
				p.im = fmBeforeHead
			} else {
				p.im = fmAfterHead
			}
		default:
			if i == 0 {
				p.im = fmInBody
				return
			}
			continue
		}
		return
	}
}

// copyAttributes adds to dst the attributes of the current token it lacks (a second
// <html> or <body> tag).
func (p *fastParser) copyAttributes(dst *html.Node) {
	if len(p.attr) == 0 {
		return
	}
	for _, t := range p.attr {
		have := false
		for _, d := range dst.Attr {
			if d.Key == t.Key {
				have = true
				break
			}
		}
		if !have {
			dst.Attr = append(dst.Attr, t)
		}
	}
}
