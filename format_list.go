package winnow

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Lists in the document model: items as the page wrote them, and the two shapes of
// list that are something else, a list of sections (each item under its heading) and a
// list whose items carry their own numbers.

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
	numberedItems(l)
	if isSectionList(l) {
		// Its items are sections, each under its heading: written as such, since a
		// heading inside a list item reads as neither (as annotators write them too).
		for _, item := range l.kids {
			parent.kids = append(parent.kids, item.kids...)
		}
		return
	}
	add(parent, l)
}

// numberedItems makes list l an ordered list when each of its items opens with its own
// number in a block of its own ("<li><div class=step>2</div><p>…"), the numbers
// counting up by one: the list's numbering then shows them, and the numbers are left out
// of the items, whose first line is their text.
func numberedItems(l *block) {
	start := -1
	for i, item := range l.kids {
		n, ok := itemNumber(item)
		if !ok || len(item.kids) < 2 || i > 0 && n != start+i {
			return
		}
		if i == 0 {
			start = n
		}
	}
	if start < 0 {
		return
	}
	for _, item := range l.kids {
		item.kids = item.kids[1:]
	}
	l.ordered, l.level = true, start
}

// itemNumber reads the number a list item opens with in a paragraph of its own ("2",
// "02.", "3)").
func itemNumber(item *block) (int, bool) {
	p := item.kids[0]
	if p.kind != bkPara || len(p.inl) != 1 || p.inl[0].kind != ikText {
		return 0, false
	}
	s := strings.TrimRight(p.inl[0].s, ".)")
	if len(s) == 0 || len(s) > 3 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 0
}

// isSectionList reports whether every item of list l opens with a heading: a list used
// to lay out sections (steps, features, product cards with a title each), not items.
func isSectionList(l *block) bool {
	for _, item := range l.kids {
		if item.kids[0].kind != bkHeading {
			return false
		}
	}
	return len(l.kids) > 0
}
