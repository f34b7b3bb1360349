package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A tooltip box styled with CSS modules is named "Component_local__hash": the
// "Term_tooltip__8VNIW" of a Term component. The build hash (see cssModuleHashEnd) says
// nothing about the element, so it is cut off before the class token is read as a
// tooltip's (see tooltipToken); else it reads as the word after "tooltip" that names a
// trigger, and the definition a term shows on hover stays in the text.

// trimModuleHash returns tok without a trailing CSS-modules hash ("__8VNIW").
func trimModuleHash(tok string) string {
	if i := strings.LastIndex(tok, "__"); i > 0 && cssModuleHashEnd(tok, i) == len(tok) {
		return tok[:i]
	}
	return tok
}

// Labels: a fact's name printed in bold (or an inline element) that the page's style sets
// on a line of its own, the text after it following with no space ("<b>Fast
// delivery</b>Orders ship the same day", "is certified<strong>Cons:</strong>"). Read as
// text the two run together into a word no one wrote ("deliveryOrders",
// "certifiedCons"). Where the join reads as a gap (a capital after a small letter or a
// figure, a figure after a letter: see chipJoin), a space stands for it, as between chips.
// A word split by markup joins small letters ("child<b>ren</b>") and stays whole.

// labelTags are the inline elements a label is printed in.
var labelTags = map[atom.Atom]bool{
	atom.B: true, atom.Strong: true, atom.Em: true, atom.I: true, atom.Span: true,
}

// labelAfter returns the first rune of text node i when it follows a label (see
// labelTags) with no text between them, and reports whether it does.
func (t *tree) labelAfter(i int32) (rune, bool) {
	b := &t.nodes[i]
	if !b.text || b.n == nil {
		return 0, false
	}
	p := b.n.PrevSibling
	if p == nil || p.Type != html.ElementNode || !labelTags[p.DataAtom] || p.FirstChild == nil {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(b.n.Data)
	return r, true
}

// labelOpens returns the first rune of element i when it is a bold label (<b>, <strong>)
// right after text ("SOC 2 certified<strong>Cons:</strong>"), and reports whether it is.
func (t *tree) labelOpens(i int32) (rune, bool) {
	b := &t.nodes[i]
	if b.tag != atom.B && b.tag != atom.Strong || b.firstText == none {
		return 0, false
	}
	p := b.n.PrevSibling
	if p == nil || p.Type != html.TextNode {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(t.nodes[b.firstText].n.Data)
	return r, true
}

// labelGap returns the rune that opens node i after a label (see labelAfter) or a bold
// label that opens after text (see labelOpens), and reports whether it is one.
func (t *tree) labelGap(i int32) (rune, bool) {
	if t.nodes[i].text {
		return t.labelAfter(i)
	}
	return t.labelOpens(i)
}
