package winnow

// This file holds the pruning rules aimed at article pages: the boxes that sites put
// inside or right after the body of a story (related teasers with their excerpts, calls
// to subscribe or follow) and that read like prose.

// relatedBoxMinLinks is the least link density of a related box: its teasers' titles
// link to the stories they announce. A section of prose with hardly a link whose id
// merely holds the word ("using-suggested-by-and-fixes", a slug of its heading) is not
// one.
const relatedBoxMinLinks = 0.05

// isRelatedBox reports whether block b is marked as a box of related articles and not
// also as content. Such a box lists other stories with their excerpts, which read like
// prose (several paragraphs, few links), so its class is believed however much prose it
// holds. A block that also names itself content ("related-articles-text" inside the
// story's own wrapper) is left to the prose test.
func isRelatedBox(b *blk) bool {
	return b.has(cueRelated) && !b.has(cueContent) && b.linkDensity() >= relatedBoxMinLinks
}
