package winnow

import "golang.org/x/net/html/atom"

// Category intros: a category page prints its headline, then a paragraph or two about
// the category ("Le barbecue charbon est le barbecue le plus célèbre…"), then, often
// after a carousel of sub-categories and a row of filters, the grid, and below it a
// guide written for search engines. The choice settles on the guide or on the grid; the
// intro sits apart from both, in a block named after the page's header, out of reach of
// sibling gathering and of the hero rule, whose hero is a small block around the
// headline (see rescueHero). The intro's paragraphs between the headline and the chosen
// text join it. Many shops declare nothing of a category page in their metadata, or
// declare the wrong thing (one Product carrying the category's rating, for the stars in
// search results): a shop's page that prints a grid's worth of prices (see
// minGridItems) is taken for one too.

const (
	// catIntroMinUnits is the length of an intro's paragraph: a sentence about the
	// category, longer than a card's title, a filter's label or a count of products.
	catIntroMinUnits = siblingProseUnits
	// catIntroMaxLinks: an intro names a sub-category or two in links; a block of more
	// links is a carousel of sub-categories or a breadcrumb trail.
	catIntroMaxLinks = 0.35
	// catIntroMaxUnits bounds the block taken around an intro's paragraph: a description
	// of the category, not a section of the page.
	catIntroMaxUnits = 2 * heroMaxUnits
)

// categoryIntro prepends to roots the intro of a category page (see the file's
// comment): the blocks of prose between the page's first <h1> and the first root or the
// first block that holds a grid's prices (see minGridItems), whichever comes first,
// outside page furniture, on a page that declares a category or a shop's page that
// prints a grid's worth of prices. A story is left alone.
func (t *tree) categoryIntro(roots []int32) []int32 {
	if len(roots) == 0 || t.story || !t.shop && !t.category {
		return roots
	}
	priced := t.pricedLines()
	if priced == nil && !t.category {
		return roots
	}
	bound := roots[0]
	h := none
	for i := int32(1); i < bound; i++ {
		if b := &t.nodes[i]; b.tag == atom.H1 && !b.text && b.units > 0 {
			h = i
			break
		}
	}
	if h == none || t.isAncestor(h, bound) || t.inFurniture(h) {
		return roots
	}
	var intro []int32
	for i := h + 1; i < bound; i++ {
		b := &t.nodes[i]
		if priced != nil && priced[i] >= minGridItems {
			break // the grid
		}
		if b.text || !b.block || b.ownUnits < catIntroMinUnits || b.linkDensity() >= catIntroMaxLinks ||
			t.isAncestor(i, bound) || t.inFurniture(i) {
			continue
		}
		a := i
		for p := b.parent; p != none && p != t.body && p > h && !t.isAncestor(p, bound) && (priced == nil || priced[p] == 0) &&
			t.nodes[p].units <= catIntroMaxUnits && t.nodes[p].linkDensity() < catIntroMaxLinks; p = t.nodes[p].parent {
			a = p
		}
		intro = append(intro, a)
		i = t.lastDescendant(a)
	}
	if len(intro) == 0 {
		return roots
	}
	return append(intro, roots...)
}

// lastDescendant returns the last node in document order inside i, or i.
func (t *tree) lastDescendant(i int32) int32 {
	for {
		last := none
		for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
			last = c
		}
		if last == none {
			return i
		}
		i = last
	}
}
