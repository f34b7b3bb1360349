package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// A grid of feature cards whose every card is one link (a title and a sentence about
// it, see cardLink) is a service page's own text (see servicePartLinks). Two common
// layouts hide the grid from that rule, which looks at a block's links together or at
// a card's neighbour:
//   - each card link sits alone in a wrapper of its own (a <div> or an <li> per card),
//     so the wrapper, judged on its own, holds one card link and no grid;
//   - the grid repeats each card for small screens in a plain <div> beside the link,
//     so a card link's neighbour is no link, though other card links share its parent.
// gridCard finds the grid in both.

// gridCardMaxUnits bounds the text of one card, or a wrapper of one card: a title and a
// few sentences. A bigger block is no card, and is not scanned.
const gridCardMaxUnits = 600

// gridCard reports whether link-dense block i is one card of a grid of card links, on
// a page that servicePartLinks would trust with such a grid: no story, shop or thread.
func (t *tree) gridCard(i int32) bool {
	b := &t.nodes[i]
	if t.story || t.shop || t.product || t.discussion || b.units > gridCardMaxUnits {
		return false
	}
	if b.inLink {
		a := b.parent
		for a != none && t.nodes[a].tag != atom.A {
			a = t.nodes[a].parent
		}
		if a == none || !t.cardLink(a) {
			return false
		}
		// The card link among card links, or alone in a wrapper among wrappers of cards.
		return t.siblingCardLink(a) || t.nodes[a].parent != none && t.besideCard(t.nodes[a].parent)
	}
	return t.holdsCardLink(i) && t.besideCard(i)
}

// besideCard reports whether the element right before or after block i is of i's tag
// and holds a card link (see holdsCardLink). A list item is left out: a list of linked
// cards is a river of teasers ("From our blog") more often than a grid of features.
func (t *tree) besideCard(i int32) bool {
	if t.nodes[i].tag == atom.Li {
		return false
	}
	for _, s := range [2]int32{t.prevElement(i), t.nextElement(i)} {
		if s != none && t.nodes[s].tag == t.nodes[i].tag && t.holdsCardLink(s) {
			return true
		}
	}
	return false
}

// siblingCardLink reports whether link a has another card link among its parent's
// children.
func (t *tree) siblingCardLink(a int32) bool {
	for s := t.nodes[t.nodes[a].parent].first; s != none; s = t.nodes[s].next {
		if s != a && t.nodes[s].tag == atom.A && !t.nodes[s].text && t.cardLink(s) {
			return true
		}
	}
	return false
}

// holdsCardLink reports whether block i's links are mostly one card link (see
// cardLinkShare): a card in a wrapper, with perhaps a button beside it.
func (t *tree) holdsCardLink(i int32) bool {
	b := &t.nodes[i]
	if b.units > gridCardMaxUnits || b.linkUnits == 0 {
		return false
	}
	end := t.subtreeEnd(i)
	for j := i + 1; j < end; j++ {
		a := &t.nodes[j]
		if a.text || a.tag != atom.A {
			continue
		}
		if t.cardLink(j) && float32(a.units) >= cardLinkShare*float32(b.linkUnits) {
			return true
		}
		j = t.subtreeEnd(j) - 1
	}
	return false
}

// A heading that ends with a colon ("Recommended:", "Disclaimer:", "Keywords:") is a
// field's label, run into the value it introduces: a list of requirements, a notice, a
// term's definition. The heading rules read it as the title of a box of that kind (a
// box of recommendations, a site's disclaimer), which holds links to elsewhere or is a
// line of furniture; a labelled field holds few links (see headedBoxLinks) and prose
// of its own (see headedProseUnits), and is the page's text.

// colonField reports whether block i opens with a label that ends with a colon and
// holds a field's value: prose with few links.
func (t *tree) colonField(i int32) bool {
	b := &t.nodes[i]
	if b.firstText == none || b.units < headedProseUnits || b.linkDensity() > headedBoxLinks {
		return false
	}
	f := b.firstText
	s := strings.TrimRight(t.nodes[f].n.Data, " \t\r\n\u00a0")
	if strings.HasSuffix(s, ":") {
		return true
	}
	// "<strong>Privacy</strong>: when …": the colon opens the next text.
	n := f + 1
	return n < int32(len(t.nodes)) && t.nodes[n].text && strings.HasPrefix(strings.TrimLeft(t.nodes[n].n.Data, " \t\r\n\u00a0"), ":")
}
