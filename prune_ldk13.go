package winnow

// pruneKept prunes inside block c, which was kept; linkDense says the link-dense rule
// would have dropped it and a rule for cards or entries kept it (a teaser card of a
// listing, an entry's title line, an item's linked name beside its price). What such
// a block holds is kept with it, its links with it: inside it the link-dense rule is
// off (see keptLinks), while the rules for boilerplate words and headings still run.
// Not in a shop or a discussion: there an item kept beside its price, or a post kept
// as an entry, holds buttons, variants and user links that the rule must still weed
// out (measured: six product and forum pages lost without this guard).
func (t *tree) pruneKept(c, total int32, linkDense bool) {
	if !linkDense || t.shop || t.discussion {
		t.pruneChildren(c, total)
		return
	}
	t.keptLinks++
	t.pruneChildren(c, total)
	t.keptLinks--
}
