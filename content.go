package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// contentTree puts the kept part of the chosen roots into a new tree under one <div>.
// With move false it copies the nodes, so that the result shares nothing with the input
// and callers may change it freely. With move true, for a tree parsed for this call that
// no one else sees, it relinks the parsed nodes themselves: the same tree, without a
// second copy of a page's every node (a page of a million tiny elements would hold two).
// The html.Node links of the nodes moved change, so nothing may read them afterwards.
func (t *tree) contentTree(roots []int32, move bool) *html.Node {
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	node := t.copyNode
	if move {
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
	return norm.NFC.String(strings.Join(paras, "\n\n"))
}
