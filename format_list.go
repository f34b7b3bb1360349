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
// number, the numbers counting up by one: in a block of its own ("<li><div
// class=step>2</div><p>…"), or as the start of its text ("<li>2. Pay"), which a list
// styled without markers writes to show its order. The list's numbering then shows
// them, and the numbers are left out of the items, whose first line is their text.
func numberedItems(l *block) {
	if numberedBy(l, itemNumber) {
		for _, item := range l.kids {
			item.kids = item.kids[1:]
		}
		return
	}
	if len(l.kids) >= minTextNumberedItems && numberedBy(l, textNumber) {
		for _, item := range l.kids {
			p := item.kids[0]
			_, p.inl[0].s = splitTextNumber(p.inl[0].s)
			for len(p.inl) > 0 && p.inl[0].kind == ikText && strings.TrimLeft(p.inl[0].s, " ") == "" {
				p.inl = p.inl[1:] // the number was a piece of its own, and the space after it
			}
		}
	}
}

// minTextNumberedItems is the fewest items of a list numbered in their text: two
// items that happen to open with "1." and "2." are a list's order, one is a sentence.
const minTextNumberedItems = 2

// numberedBy reports whether number reads a number on each item of l counting up by
// one, and if so makes l an ordered list that starts at the first.
func numberedBy(l *block, number func(*block) (int, bool)) bool {
	start := -1
	for i, item := range l.kids {
		n, ok := number(item)
		if !ok || i > 0 && n != start+i {
			return false
		}
		if i == 0 {
			start = n
		}
	}
	if start < 0 {
		return false
	}
	l.ordered, l.level = true, start
	return true
}

// itemNumber reads the number a list item opens with in a paragraph of its own ("2",
// "02.", "3)"), followed by more blocks.
func itemNumber(item *block) (int, bool) {
	p := item.kids[0]
	if len(item.kids) < 2 || p.kind != bkPara || len(p.inl) != 1 || p.inl[0].kind != ikText {
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

// textNumber reads the number a list item's first paragraph opens with ("2. Pay the
// fee", "3) Sign"), followed by more text.
func textNumber(item *block) (int, bool) {
	p := item.kids[0]
	if p.kind != bkPara || len(p.inl) == 0 || p.inl[0].kind != ikText {
		return 0, false
	}
	n, rest := splitTextNumber(p.inl[0].s)
	if n < 0 {
		return 0, false
	}
	if rest != "" {
		return n, true
	}
	for _, in := range p.inl[1:] {
		if in.kind != ikText || strings.TrimSpace(in.s) != "" {
			return n, true
		}
	}
	return 0, false // a number alone
}

// splitTextNumber splits "12. text" into 12 and "text", and "12." into 12 and "" (the
// text follows in another piece); the number is at most three digits, followed by "."
// or ")" and a space or the end. It returns -1 when s does not open so.
func splitTextNumber(s string) (int, string) {
	d := 0
	for d < len(s) && d < 4 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == 0 || d > 3 || d >= len(s) || s[d] != '.' && s[d] != ')' || d+1 < len(s) && s[d+1] != ' ' {
		return -1, s
	}
	n, _ := strconv.Atoi(s[:d])
	return n, strings.TrimLeft(s[d+1:], " ")
}
