package winnow

import "golang.org/x/net/html/atom"

// cueMisread reports whether block i, which a boilerplate word of its class, id or tag
// would drop (see judge), is part of the page's own text that the word only styles:
// the link or span inside a sub-heading (see partOfHeading), or the header of a card
// that is one link (see linkedCardHeader).
func (t *tree) cueMisread(i int32) bool {
	return t.partOfHeading(i) || t.linkedCardHeader(i)
}

// partOfHeading reports whether block i sits right inside a sub-heading: the permalink
// a documentation theme wraps around every heading's text (<h3><a class="header"
// href="#id">), or a span styled "title-nav". A sub-heading's classes do not drop it
// (see judge), and the element that holds its text is the heading as much.
func (t *tree) partOfHeading(i int32) bool {
	p := t.nodes[i].parent
	return p != none && isSubheading(t.nodes[p].tag) && t.nodes[p].units == t.nodes[i].units
}

// linkedCardHeader reports whether block i is the header of a card that is one link
// ("listing__header" inside <a class="card">): the title line of a job, a product or a
// story in a listing. componentHeader asks a header for no link, since a masthead always
// links (the logo home, the menu); inside a link there can be no other link, so the
// card's own link says nothing of a masthead. A header that opens with a count ("3
// results") is still a list's furniture (see countsList).
func (t *tree) linkedCardHeader(i int32) bool {
	b := &t.nodes[i]
	if !b.inLink || b.tag == atom.A || b.units == 0 || b.units > componentHeaderMaxUnits {
		return false
	}
	return t.headerMarked(i) && !t.countsList(i)
}
