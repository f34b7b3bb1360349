package winnow

// Headings over long prose: a page builder sets each section of an article in a block of
// its own, a sub-heading and its text and nothing else, so that the heading stands
// beside one paragraph, not among the article's (see headsProse, minSectionParas). A
// linked heading ("1. <a>The camera it names</a>") there reads as a link. A teaser's
// excerpt is a sentence or two; a heading over a paragraph longer than any excerpt (see
// longHeadedProseUnits) heads a section of the text, and its link names the thing the
// section is about.

// longHeadedProseUnits is the least text of the block after a heading for it to be a
// section's prose whatever stands around it: three or four sentences, longer than a
// teaser's excerpt (which themes cut at 150 to 250 characters).
const longHeadedProseUnits = 300

// headsLongProse reports whether sub-heading i is followed (past any picture) by a block
// of at least longHeadedProseUnits of text, not made of links.
func (t *tree) headsLongProse(i int32) bool {
	return isSubheading(t.nodes[i].tag) && t.headedProse(i, longHeadedProseUnits)
}

// Product headlines: on a story's page the headline is the story's title, which
// Article.Title carries, and the text starts under it. On a declared product's page
// (see declaresProduct) the headline is the product's name, the first line of the buy
// box that the rest of the box (its price, its options, its stock) goes on from: it is
// part of what the page shows of the product, and the text keeps it.

// productHeadline reports whether the page's headline is kept in the text: the page
// declares a product.
func (t *tree) productHeadline() bool {
	return t.product
}
