package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Twin cards: a listing's card is often printed twice inside its own item, once laid
// out for phones and once for wide screens ("event-card mobile-card" beside
// "event-card desktop-card"), the style sheet showing one. The rule for repeats leaves
// list items alone (their repeats are a list's structure) and short blocks too, so a
// card of a title, a date and a price is read twice, and every word of the listing
// counts double. The copies are told by their class alone, as layout twins are (see
// layoutTwins): the same tag, the same text, class words that differ only by a screen
// size or a visibility word.

// dropCardTwins marks, inside the chosen roots, the second of two element siblings
// with text, nothing between them, that are one block's copies for two screen sizes
// (see layoutTwins), word for word, whatever their size. Each parent's children are
// read once, in one pass with the previous one.
func (t *tree) dropCardTwins(roots []int32) {
	for _, r := range roots {
		t.dropTwinChildren(r)
	}
	t.visitKept(roots, func(p int32, _ *blk) bool {
		t.dropTwinChildren(p)
		return false
	})
}

// dropTwinChildren marks the children of block p that are twins of the child with
// text before them (see cardTwins).
func (t *tree) dropTwinChildren(p int32) {
	prev := none
	for c := t.nodes[p].first; c != none; c = t.nodes[c].next {
		b := &t.nodes[c]
		switch {
		case b.units == 0:
		case b.text || b.drop != keep:
			prev = none
		case prev != none && t.cardTwins(prev, c):
			b.drop = dropRepeat
		default:
			prev = c
		}
	}
}

// cardTwins reports whether blocks i and j, siblings, are one block's copies for two
// screen sizes: the same measures, the same words, and classes apart by a screen's word
// alone (see layoutTwins).
func (t *tree) cardTwins(i, j int32) bool {
	a, b := &t.nodes[i], &t.nodes[j]
	return a.units == b.units && a.linkUnits == b.linkUnits && t.layoutTwins(i, j) && t.plainText(i) == t.plainText(j)
}

// Dead controls: a listing prints beside every entry a widget drawn with links that
// lead nowhere, scripts doing their work: a rating's stars ("1 of 5 stars" … "5 of 5
// stars", each <a href="#">), with its label ("Rate this book"). Such a box says
// nothing about the entry, and on a list of a hundred entries it prints a hundred
// times. A box whose text is mostly such links, a few of them, and at most a short
// label besides, is a control and is dropped.

const (
	// deadMinLinks is the least number of dead links a control holds: one "#" link is
	// a scripted button of a sentence ("Show more"), several in one box a widget.
	deadMinLinks = 3
	// deadMaxUnits bounds a control's text: a box longer than a line or two is
	// content with links, whatever they lead to.
	deadMaxUnits = 120
	// deadShare is the least share of a control's text inside its dead links.
	deadShare = 0.6
)

// dropDeadControls marks, inside the chosen roots, the boxes that are controls (see
// deadControl).
func (t *tree) dropDeadControls(roots []int32) {
	t.dropMatching(roots, dropForm, func(i int32, b *blk) bool {
		return b.units > 0 && b.units <= deadMaxUnits && float32(b.linkUnits) >= deadShare*float32(b.units) && t.deadControl(i)
	})
}

// deadControl reports whether block i holds deadMinLinks links or more, every link of
// it dead (see deadHref), holding deadShare of its text.
func (t *tree) deadControl(i int32) bool {
	var links int
	var units int32
	live := false
	t.walk(i, func(j int32) bool {
		b := &t.nodes[j]
		if b.text || b.tag != atom.A || b.units == 0 {
			return true
		}
		if !deadHref(attr(b.n, "href")) {
			live = true
			return false
		}
		links++
		units += b.units
		return true
	})
	return !live && links >= deadMinLinks && float32(units) >= deadShare*float32(t.nodes[i].units)
}

// deadHref reports whether a link's href leads nowhere: empty, a bare "#", or a
// script.
func deadHref(href string) bool {
	h := strings.TrimSpace(href)
	return h == "" || h == "#" || hasPrefixFold(h, "javascript:")
}

// Card titles: a page of teaser cards, each a picture, a linked title and a paragraph
// of teaser, draws every card from one template, the title a sub-heading of one tag and
// class ("<h4 class=card-title>"). The rule for headed entries (see headsEntry) leaves a
// title whose link the card's picture repeats to the teaser rules, which read listings
// only; on a page that declares a story by its og:type alone (a blog's category page),
// such titles fell as link-dense and their teasers stayed, nameless.

// cardTitleShare: the cards of one template hold at least this share of the chosen
// text, their titles and the teasers under them: the page is made of them. Cards under
// a story (its related posts, its columnists) are a box beside it.
const cardTitleShare = 0.5

// cardRun is the count of one template's card titles and the text of their cards.
type cardRun struct {
	n     int
	units int32
}

// cardTitle reports whether block c, which the link-density rule would drop, is a
// sub-heading mostly of links, over a paragraph of prose (see prosed), whose tag and
// class title at least minItems such cards in the chosen text, holding cardTitleShare
// of it (see cardTitleCounts), on a listing (see preferItems) or a page that declares a
// story by its og:type alone, off discussions.
func (t *tree) cardTitle(c int32) bool {
	b := &t.nodes[c]
	if !(t.listed || t.story && t.looseStory) || t.keepComments || t.discussion || !t.titlesCard(c) {
		return false
	}
	if t.cardTitles == nil {
		t.cardTitles = t.cardTitleCounts()
	}
	var total int32
	for _, r := range t.roots {
		total += t.nodes[r].units
	}
	run := t.cardTitles[b.n.Data+"\x00"+attr(b.n, "class")]
	return run.n >= minItems && float32(run.units) >= cardTitleShare*float32(total)
}

// titlesCard reports whether block c is a short sub-heading mostly of links over a
// paragraph of prose.
func (t *tree) titlesCard(c int32) bool {
	b := &t.nodes[c]
	return !b.text && isSubheading(b.tag) && b.units > 0 && b.units <= headedEntryMaxUnits &&
		2*b.linkUnits >= b.units && t.prosed(t.nextElement(c))
}

// cardTitleCounts counts, in the chosen roots, the card titles (see titlesCard) by their
// tag and class, with the text of each title's parent, its card. The map is never nil,
// so that it is counted once.
func (t *tree) cardTitleCounts() map[string]cardRun {
	counts := map[string]cardRun{}
	for _, r := range t.roots {
		end := t.subtreeEnd(r)
		for j := r; j < end; j++ {
			if t.titlesCard(j) {
				n := t.nodes[j].n
				k := n.Data + "\x00" + attr(n, "class")
				run := counts[k]
				run.n++
				run.units += t.nodes[t.nodes[j].parent].units
				counts[k] = run
				j = t.subtreeEnd(j) - 1
			}
		}
	}
	return counts
}
