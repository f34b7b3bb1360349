package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What the caller keeps of a packed tree (see source.packed). The fast builder takes a
// page's nodes from a few large slabs and its texts and attribute values from one string
// holding the whole page: cheap to build, but a single node or substring that outlives
// the call holds all of it. An Article is often kept for long (a crawler collects
// thousands), so what it carries out of such a tree is copied into allocations of its own
// size: the content tree into one slab of exactly its nodes and one string of exactly its
// texts, the metadata strings one by one.

// mostlyKeptShare is the share of the page's measured nodes that the content must hold for
// a packed tree's nodes to be moved into it rather than copied out. Moving then keeps
// alive at most 1/mostlyKeptShare times what the content needs (the other nodes of the
// slabs, the rest of the page's string), and a page that is nearly all content, a
// 10 MB table or a million tiny elements, is not held twice at its peak for the copy.
const mostlyKeptShare = 0.5

// keptSize is the size of a content tree: its kept nodes, their attributes and the
// bytes of their strings.
type keptSize struct{ nodes, attrs, bytes int }

// measureKept counts the kept part of the chosen roots, in one walk.
func (t *tree) measureKept(roots []int32) keptSize {
	var k keptSize
	for _, r := range roots {
		t.sizeKept(r, &k)
	}
	return k
}

// mostlyKept reports whether a content of size k holds at least mostlyKeptShare of the
// page's measured nodes.
func (t *tree) mostlyKept(k keptSize) bool {
	return float64(k.nodes) >= mostlyKeptShare*float64(len(t.nodes))
}

// packContent copies the kept part of the chosen roots, of size k (see measureKept), as
// copyNode does, into one slab of nodes, one of attributes and one string, each sized to
// the kept part alone.
func (t *tree) packContent(roots []int32, k keptSize) *html.Node {
	p := packer{
		nodes: make([]html.Node, 0, k.nodes+1),
		attrs: make([]html.Attribute, 0, k.attrs),
	}
	p.text.Grow(k.bytes)
	div := p.node(html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	for _, r := range roots {
		if c := t.packNode(&p, r); c != nil {
			div.AppendChild(c)
		}
	}
	return div
}

// sizeKept adds to k the kept nodes under block i, their attributes and the bytes of
// their strings.
func (t *tree) sizeKept(i int32, k *keptSize) {
	b := &t.nodes[i]
	if b.drop != keep {
		return
	}
	k.nodes++
	k.attrs += len(b.n.Attr)
	k.bytes += len(b.n.Data) + len(b.n.Namespace)
	for _, a := range b.n.Attr {
		k.bytes += len(a.Namespace) + len(a.Key) + len(a.Val)
	}
	for c := b.first; c != none; c = t.nodes[c].next {
		t.sizeKept(c, k)
	}
}

// packer hands out the nodes, attributes and strings of a packed copy. Its slabs and its
// string were sized beforehand (see sizeKept), so they never grow: every string it gave
// out stays a substring of the one buffer, and every node stays in the one slab.
type packer struct {
	nodes []html.Node
	attrs []html.Attribute
	text  strings.Builder
}

func (p *packer) node(n html.Node) *html.Node {
	p.nodes = append(p.nodes, n)
	return &p.nodes[len(p.nodes)-1]
}

// str copies s into the packer's buffer and returns the copy.
func (p *packer) str(s string) string {
	if s == "" {
		return ""
	}
	start := p.text.Len()
	p.text.WriteString(s)
	return p.text.String()[start:]
}

func (t *tree) packNode(p *packer, i int32) *html.Node {
	b := &t.nodes[i]
	if b.drop != keep {
		return nil
	}
	n := p.node(html.Node{Type: b.n.Type, Data: p.str(b.n.Data), DataAtom: b.n.DataAtom, Namespace: p.str(b.n.Namespace)})
	if k := len(b.n.Attr); k > 0 {
		start := len(p.attrs)
		for _, a := range b.n.Attr {
			p.attrs = append(p.attrs, html.Attribute{Namespace: p.str(a.Namespace), Key: p.str(a.Key), Val: p.str(a.Val)})
		}
		n.Attr = p.attrs[start : start+k : start+k]
	}
	for c := b.first; c != none; c = t.nodes[c].next {
		if cc := t.packNode(p, c); cc != nil {
			n.AppendChild(cc)
		}
	}
	return n
}

// detachStrings gives each string of a's that may be a substring of a packed page a copy
// of its own. Text, Markdown and HTML are always written anew (renderText and
// bodyFromLD build them), so the page's longest string is not copied twice.
func (a *Article) detachStrings() {
	for _, s := range []*string{&a.Title, &a.SiteName, &a.Language, &a.Description, &a.Image,
		&a.URL, &a.PageType} {
		*s = strings.Clone(*s)
	}
	for _, list := range [][]string{a.Authors, a.Categories, a.Tags} {
		for k := range list {
			list[k] = strings.Clone(list[k])
		}
	}
}
