package winnow

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

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

// langPrefixes are the class prefixes that name a code block's language, as written by
// Markdown renderers and highlighters: language-go (CommonMark, Prism, highlight.js),
// lang-py (Prettify), highlight-source-js (GitHub), brush: (SyntaxHighlighter).
var langPrefixes = []string{"language-", "lang-", "highlight-source-", "brush:", "highlight-"}

// lazySrcAttrs hold an image's real address on pages that load images as they scroll
// into view, with a placeholder in src. They win over src when present.
var lazySrcAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-orig-file", "data-hi-res-src"}

// srcsetAttrs hold candidate addresses with widths ("a.jpg 480w, b.jpg 800w").
var srcsetAttrs = []string{"srcset", "data-srcset", "data-lazy-srcset"}

// linkSchemes are the URL schemes a link may keep; anything else (javascript:, data:,
// vbscript:, file:) is dropped and the link's text kept as text.
var linkSchemes = map[string]bool{"http": true, "https": true, "mailto": true}

// builder turns the kept part of the side table into the model.
type builder struct {
	t       *tree
	o       *Options
	base    *url.URL
	hasBlk  []bool // per node: a block-level element in its kept subtree
	inl     []inline
	space   bool // a space is pending between two words
	inLink  int
	inCode  int
	emph    [3]int // open em, strong, del
	lastImg string
}

// buildModel builds the document model of the kept blocks under roots.
func (t *tree) buildModel(roots []int32, o *Options, base *url.URL) *block {
	b := &builder{t: t, o: o, base: base, hasBlk: t.blockBelow()}
	doc := &block{kind: bkDoc}
	for _, r := range roots {
		b.blocks(doc, r)
	}
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
		h := &block{kind: bkHeading, level: int(n.tag.String()[1] - '0')}
		h.inl = b.inlineOf(i)
		add(parent, h)
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
	inl := trimInline(b.inl)
	b.inl, b.space = nil, false
	return inl
}

// inlineOf returns the inline content of node i, block children flattened into it.
func (b *builder) inlineOf(i int32) []inline {
	saved, savedSpace := b.inl, b.space
	b.inl, b.space = nil, false
	b.inlineChildren(i)
	inl := b.takeInline()
	b.inl, b.space = saved, savedSpace
	return inl
}

func (b *builder) inlineChildren(i int32) {
	b.children(i, b.inline, b.skippedInline)
}

// inline adds node i to the inline content being gathered.
func (b *builder) inline(i int32) {
	n := &b.t.nodes[i]
	if n.text {
		b.text(n.n.Data)
		return
	}
	if n.block {
		b.space = true // a block flattened into a line is a word boundary
		defer func() { b.space = true }()
	}
	switch n.tag {
	case atom.Br:
		b.put(inline{kind: ikBreak})
		b.space = false
		return
	case atom.Img:
		b.image(n.n)
		return
	case atom.Noscript:
		b.noscriptImage(n.n)
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		if b.inCode == 0 && b.inLink == 0 {
			b.codeSpan(i)
			return
		}
	case atom.A:
		if u := b.linkURL(n.n); u != "" && b.inLink == 0 && !b.o.NoLinks {
			b.inLink++
			b.put(inline{kind: ikLink, s: u, alt: collapse(attr(n.n, "title"))})
			b.inlineChildren(i)
			b.put(inline{kind: ikLinkEnd})
			b.inLink--
			return
		}
	case atom.Em, atom.I, atom.Cite, atom.Var, atom.Dfn:
		b.wrap(i, 0, ikEm, ikEmEnd)
		return
	case atom.Strong, atom.B:
		b.wrap(i, 1, ikStrong, ikStrongEnd)
		return
	case atom.Del, atom.S, atom.Strike:
		b.wrap(i, 2, ikDel, ikDelEnd)
		return
	case atom.Sup, atom.Sub:
		if n.tag == atom.Sup {
			b.put(inline{kind: ikSup})
			b.inlineChildren(i)
			b.put(inline{kind: ikSupEnd})
		} else {
			b.put(inline{kind: ikSub})
			b.inlineChildren(i)
			b.put(inline{kind: ikSubEnd})
		}
		return
	}
	b.inlineChildren(i)
}

// wrap adds the content of node i inside an emphasis of one kind, unless one of the same
// kind is already open (nested <b><strong> would only double the markers).
func (b *builder) wrap(i int32, k int, open, end inlineKind) {
	if b.emph[k] > 0 {
		b.inlineChildren(i)
		return
	}
	b.emph[k]++
	b.put(inline{kind: open})
	b.inlineChildren(i)
	b.put(inline{kind: end})
	b.emph[k]--
}

// put adds a piece of markup. A pending space goes before an opening mark and after a
// closing one, so that marks never hold white space at their edges.
func (b *builder) put(p inline) {
	switch p.kind {
	case ikEm, ikStrong, ikDel, ikSup, ikSub, ikLink, ikCode, ikImage:
		b.flushSpace()
	}
	b.inl = append(b.inl, p)
}

// flushSpace writes a pending space. One that follows opening marks goes before them:
// "a<em> b</em>" is written "a *b*".
func (b *builder) flushSpace() {
	if !b.space {
		return
	}
	b.space = false
	k := len(b.inl)
	for k > 0 && isOpener(b.inl[k-1].kind) {
		k--
	}
	if k == 0 || b.inl[k-1].kind == ikBreak || b.inl[k-1].kind == ikText && strings.HasSuffix(b.inl[k-1].s, " ") {
		return
	}
	b.inl = append(b.inl, inline{})
	copy(b.inl[k+1:], b.inl[k:])
	b.inl[k] = inline{kind: ikText, s: " "}
}

// text adds a text node's words, white space collapsed as the text renderer does.
func (b *builder) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if isSpace(r) {
			b.space = true
			s = s[size:]
			continue
		}
		end := size
		for end < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if isSpace(r2) {
				break
			}
			end += sz
		}
		b.flushSpace()
		b.appendText(cleanControls(s[:end]))
		s = s[end:]
	}
}

// appendText adds text, merged with the text before it.
func (b *builder) appendText(s string) {
	if s == "" {
		return
	}
	if k := len(b.inl) - 1; k >= 0 && b.inl[k].kind == ikText {
		b.inl[k].s += s
		return
	}
	b.inl = append(b.inl, inline{kind: ikText, s: s})
}

// cleanControls removes the C0 control characters that HTML and Markdown cannot carry
// (NUL among them); tabs and line breaks never reach it.
func cleanControls(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			return strings.Map(func(r rune) rune {
				if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}

// trimInline drops markup pairs with nothing between them, joins a closing mark and
// the opening of the same kind right after it, and trims breaks and spaces at the ends.
func trimInline(inl []inline) []inline {
	out := inl[:0]
	for _, p := range inl {
		if k := len(out) - 1; k >= 0 && isOpener(out[k].kind) && p.kind == out[k].kind+1 ||
			k >= 0 && isOpener(p.kind) && p.kind != ikLink && out[k].kind == p.kind+1 {
			out = out[:k] // "<em></em>", or "</em><em>"
			continue
		}
		out = append(out, p)
	}
	for len(out) > 0 && (out[0].kind == ikBreak || out[0].kind == ikText && strings.TrimSpace(out[0].s) == "") {
		out = out[1:]
	}
	for len(out) > 0 && (out[len(out)-1].kind == ikBreak || out[len(out)-1].kind == ikText && strings.TrimSpace(out[len(out)-1].s) == "") {
		out = out[:len(out)-1]
	}
	if len(out) > 0 && out[0].kind == ikText {
		out[0].s = strings.TrimLeft(out[0].s, " ")
	}
	if k := len(out) - 1; k >= 0 && out[k].kind == ikText {
		out[k].s = strings.TrimRight(out[k].s, " ")
	}
	return out
}

func isOpener(k inlineKind) bool {
	switch k {
	case ikEm, ikStrong, ikDel, ikSup, ikSub, ikLink:
		return true
	}
	return false
}

// codeSpan adds the text of node i as inline code.
func (b *builder) codeSpan(i int32) {
	var sb strings.Builder
	b.t.walk(i, func(j int32) bool {
		if n := &b.t.nodes[j]; n.text && n.drop == keep {
			sb.WriteString(n.n.Data)
		}
		return true
	})
	s := cleanControls(collapse(sb.String()))
	if s == "" {
		return
	}
	if r, _ := utf8.DecodeRuneInString(sb.String()); isSpace(r) {
		b.space = true
	}
	b.put(inline{kind: ikCode, s: s})
	if r, _ := utf8.DecodeLastRuneInString(sb.String()); isSpace(r) {
		b.space = true
	}
}

// code adds a <pre> block: its text with white space kept, and its language.
func (b *builder) code(parent *block, i int32) {
	var sb strings.Builder
	b.t.walk(i, func(j int32) bool {
		n := &b.t.nodes[j]
		if n.drop != keep {
			return true
		}
		if n.text {
			sb.WriteString(n.n.Data)
		} else if n.tag == atom.Br {
			sb.WriteByte('\n')
		}
		return true
	})
	text := strings.TrimRight(cleanControls(strings.ReplaceAll(sb.String(), "\r\n", "\n")), " \t\n")
	text = strings.TrimLeft(text, "\n")
	add(parent, &block{kind: bkCode, text: text, lang: b.codeLang(i)})
}

// codeLang finds a code block's language in the class of the <pre>, of the <code> in
// it, or of the element around it.
func (b *builder) codeLang(i int32) string {
	n := b.t.nodes[i].n
	cands := []*html.Node{n, n.Parent}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Code {
			cands = append(cands[:1], c, n.Parent)
			break
		}
	}
	for _, c := range cands {
		if c == nil {
			continue
		}
		if l := langOf(attr(c, "class")); l != "" {
			return l
		}
		if l := attr(c, "data-lang"); l != "" {
			return safeLang(l)
		}
	}
	return ""
}

func langOf(class string) string {
	for _, f := range strings.Fields(class) {
		for _, p := range langPrefixes {
			if len(f) > len(p) && strings.EqualFold(f[:len(p)], p) {
				return safeLang(f[len(p):])
			}
		}
	}
	return ""
}

// safeLang keeps a language name that can follow a code fence and sit in a class:
// letters, digits and + # - . _ only, at most 32 bytes.
func safeLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || len(s) > 32 || s == "none" || s == "plaintext" || s == "text" {
		return ""
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || strings.ContainsRune("+#-._", r)) {
			return ""
		}
	}
	return s
}

// list adds a <ul> or <ol>: every <li> an item, and any other child with text one too.
func (b *builder) list(parent *block, i int32) {
	n := &b.t.nodes[i]
	l := &block{kind: bkList, ordered: n.tag == atom.Ol, level: 1}
	if l.ordered {
		if v, err := strconv.Atoi(strings.TrimSpace(attr(n.n, "start"))); err == nil && v >= 0 && v < 1e9 {
			l.level = v
		}
	}
	b.children(i, func(c int32) {
		cn := &b.t.nodes[c]
		if cn.text && strings.TrimSpace(cn.n.Data) == "" {
			return
		}
		item := &block{kind: bkItem}
		if cn.tag == atom.Li {
			b.blocks(item, c)
		} else {
			b.node(item, c)
			b.flushPara(item)
		}
		add(l, item)
	}, func(*html.Node) {})
	add(parent, l)
}

// skipped handles, at block level, an element that cleaning left out of the side table.
func (b *builder) skipped(parent *block, n *html.Node) {
	if n.DataAtom == atom.Iframe {
		if !b.o.Iframes {
			return
		}
		if u := b.resolve(attr(n, "src"), false); strings.HasPrefix(u, "https:") || strings.HasPrefix(u, "http:") {
			b.flushPara(parent)
			add(parent, &block{kind: bkEmbed, text: u})
		}
		return
	}
	b.skippedInline(n)
}

// skippedInline handles, inside inline content, an element that cleaning left out.
func (b *builder) skippedInline(n *html.Node) {
	if n.DataAtom == atom.Noscript {
		b.noscriptImage(n)
	}
}

// noscriptImage adds the image of a <noscript>, which may hold the real <img> of a lazy
// image: it is used unless the last image written has the same address (the lazy <img>
// before it had it in data-src).
func (b *builder) noscriptImage(n *html.Node) {
	if b.o.NoImages {
		return
	}
	var raw strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			raw.WriteString(c.Data)
		}
	}
	z := html.NewTokenizer(strings.NewReader(raw.String()))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if tok.DataAtom != atom.Img {
			continue
		}
		img := &html.Node{Type: html.ElementNode, Data: "img", DataAtom: atom.Img, Attr: tok.Attr}
		if u := b.imageURL(img); u != "" && u != b.lastImg {
			b.image(img)
		}
		return
	}
}

// image adds an <img>, with its real address (see imageURL).
func (b *builder) image(n *html.Node) {
	if b.o.NoImages {
		return
	}
	u := b.imageURL(n)
	if u == "" {
		return
	}
	b.lastImg = u
	w, _ := strconv.Atoi(attr(n, "width"))
	h, _ := strconv.Atoi(attr(n, "height"))
	b.put(inline{kind: ikImage, s: u, alt: collapse(cleanControls(attr(n, "alt"))),
		title: collapse(cleanControls(attr(n, "title"))), w: max(w, 0), h: max(h, 0)})
}

// imageURL returns an image's real address: a lazy-loading attribute, then src unless
// it is a data: placeholder, then the widest srcset candidate (of the <img>, or of a
// <source> in the <picture> around it). "" when there is none, or it is not allowed.
func (b *builder) imageURL(n *html.Node) string {
	for _, k := range lazySrcAttrs {
		if v := strings.TrimSpace(attr(n, k)); v != "" && !isDataURL(v) {
			return b.resolve(v, false)
		}
	}
	src := strings.TrimSpace(attr(n, "src"))
	if src != "" && !isDataURL(src) {
		return b.resolve(src, false)
	}
	for _, k := range srcsetAttrs {
		if v := widestCandidate(attr(n, k)); v != "" {
			return b.resolve(v, false)
		}
	}
	if p := n.Parent; p != nil && p.DataAtom == atom.Picture {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Source {
				if v := widestCandidate(firstOf(attr(c, "srcset"), attr(c, "data-srcset"))); v != "" {
					return b.resolve(v, false)
				}
			}
		}
	}
	if src != "" && b.o.DataImages {
		return b.resolve(src, true)
	}
	return ""
}

func isDataURL(s string) bool {
	return len(s) >= 5 && strings.EqualFold(s[:5], "data:")
}

// widestCandidate returns the URL of the widest candidate in a srcset ("a.jpg 480w,
// b.jpg 2x"); with no descriptors, the first.
func widestCandidate(srcset string) string {
	best, bestW := "", -1.0
	for _, c := range strings.Split(srcset, ",") {
		f := strings.Fields(c)
		if len(f) == 0 || isDataURL(f[0]) {
			continue
		}
		w := 0.0
		if len(f) > 1 {
			d := f[1]
			if v, err := strconv.ParseFloat(d[:len(d)-1], 64); err == nil && len(d) > 1 {
				w = v
				if d[len(d)-1] == 'x' {
					w *= 1000 // density descriptors rank after widths of real images
				}
			}
		}
		if w > bestW {
			best, bestW = f[0], w
		}
	}
	return best
}

// linkURL returns the address a link may keep, or "".
func (b *builder) linkURL(n *html.Node) string {
	href := attr(n, "href")
	if strings.TrimSpace(href) == "" {
		return ""
	}
	return b.resolve(href, false)
}

// resolve makes ref absolute against the base and returns it if its scheme is allowed
// (http, https, mailto; data: images when dataImage), or relative when there is no base;
// else "". The result is in net/url's canonical form.
func (b *builder) resolve(ref string, dataImage bool) string {
	ref = strings.TrimSpace(ref)
	if dataImage {
		if isImageData(ref) {
			return ref
		}
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b.base != nil {
		u = b.base.ResolveReference(u)
	}
	if u.Scheme == "" {
		return u.String()
	}
	if !linkSchemes[strings.ToLower(u.Scheme)] {
		return ""
	}
	return u.String()
}

// isImageData reports a base64 data: URL of a raster image type.
func isImageData(s string) bool {
	low := strings.ToLower(s[:min(len(s), 32)])
	for _, t := range []string{"data:image/png;base64,", "data:image/jpeg;base64,", "data:image/gif;base64,", "data:image/webp;base64,"} {
		if strings.HasPrefix(low, t) {
			return !strings.ContainsAny(s, " \t\n\"'<>")
		}
	}
	return false
}

// table adds a <table>: a data table as a table, a layout table as the blocks in its
// cells.
func (b *builder) table(parent *block, i int32) {
	rows := b.t.tableRows(i)
	if !b.t.isDataTable(i, rows) {
		b.blocks(parent, i)
		return
	}
	tm := &tableModel{}
	b.children(i, func(c int32) {
		if b.t.nodes[c].tag == atom.Caption {
			tm.caption = b.inlineOf(c)
		}
	}, func(*html.Node) {})
	for k, r := range rows {
		var row []cell
		allTH := true
		b.children(r, func(c int32) {
			cn := &b.t.nodes[c]
			if cn.tag != atom.Td && cn.tag != atom.Th {
				return
			}
			allTH = allTH && cn.tag == atom.Th
			row = append(row, cell{inl: b.inlineOf(c), header: cn.tag == atom.Th,
				colspan: span(cn.n, "colspan"), rowspan: span(cn.n, "rowspan")})
		}, func(*html.Node) {})
		if k == 0 {
			tm.head = allTH || b.t.nodes[b.t.nodes[r].parent].tag == atom.Thead
		}
		tm.rows = append(tm.rows, row)
	}
	add(parent, &block{kind: bkTable, table: tm})
}

// span reads a colspan or rowspan: at least 1, at most maxSpan.
func span(n *html.Node, key string) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, maxSpan)
}

// tableRows returns the kept rows of table i: its own <tr>s and those of its <thead>,
// <tbody> and <tfoot>, in document order.
func (t *tree) tableRows(i int32) []int32 {
	var rows []int32
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		n := &t.nodes[c]
		if n.drop != keep {
			continue
		}
		switch n.tag {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := n.first; r != none; r = t.nodes[r].next {
				if t.nodes[r].tag == atom.Tr && t.nodes[r].drop == keep {
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

// isDataTable tells a table of data from a table used for layout: a data table has at
// least two rows and two columns, and cells that hold data, not the page's columns
// (no headings, code, quotes or tables in them, no long text).
func (t *tree) isDataTable(i int32, rows []int32) bool {
	switch strings.ToLower(attr(t.nodes[i].n, "role")) {
	case "presentation", "none":
		return false
	}
	if len(rows) < 2 {
		return false
	}
	cols := 0
	for _, r := range rows {
		n := 0
		for c := t.nodes[r].first; c != none; c = t.nodes[c].next {
			if tag := t.nodes[c].tag; tag == atom.Td || tag == atom.Th {
				n++
				if t.nodes[c].units > maxLayoutCellUnits {
					return false
				}
			}
		}
		cols = max(cols, n)
	}
	if cols < 2 {
		return false
	}
	data := true
	t.walk(i, func(j int32) bool {
		n := &t.nodes[j]
		if j != i && n.drop == keep {
			switch n.tag {
			case atom.Table, atom.Pre, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				data = false
			}
		}
		return data
	})
	return data
}

// dropDataTables leaves the data tables under roots out of every format (NoTables).
// Layout tables stay: their cells are the page's text.
func (t *tree) dropDataTables(roots []int32) {
	for _, r := range roots {
		t.walk(r, func(j int32) bool {
			if n := &t.nodes[j]; n.tag == atom.Table && n.drop == keep && !t.dropped(j) && t.isDataTable(j, t.tableRows(j)) {
				n.drop = dropByOptions
			}
			return true
		})
	}
}

// dropByOptions is the reason given to blocks the caller's Options leave out. It is the
// tag-cue reason: such a table is left out for its tag.
const dropByOptions = dropCue

// dropped reports whether node i or one of its ancestors is dropped.
func (t *tree) dropped(i int32) bool {
	for ; i != none; i = t.nodes[i].parent {
		if t.nodes[i].drop != keep {
			return true
		}
	}
	return false
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

// baseURL returns the URL relative links are resolved against: the page's <base href>
// made absolute against its address, or its address; nil when neither is absolute.
func baseURL(pageURL, baseHref string) *url.URL {
	p, _ := url.Parse(strings.TrimSpace(pageURL))
	if p != nil && !p.IsAbs() {
		p = nil
	}
	if baseHref = strings.TrimSpace(baseHref); baseHref != "" {
		if b, err := url.Parse(baseHref); err == nil {
			if p != nil {
				b = p.ResolveReference(b)
			}
			if b.IsAbs() {
				return b
			}
		}
	}
	return p
}
