package winnow

// keptWrapper reports whether block i wraps all the text of its parent, which was
// judged and kept though just as link-dense (a <dd> kept whole, its one <div> inside
// it): the wrapper holds what was kept, and the same text judged twice should not get
// two verdicts. As with keptListItem, a parent kept as a service page's part links
// does not count (that rule leaves a playlist or a menu to be judged inside it); a
// parent kept for being most of the article is no matter, since its wrapper is as big.
// A linked sub-heading is left to the heading rules (see judge), which tell a heading
// over prose from a teaser's title whatever box it sits alone in.
func (t *tree) keptWrapper(i int32) bool {
	b := &t.nodes[i]
	if b.parent == none || isSubheading(b.tag) {
		return false
	}
	p := &t.nodes[b.parent]
	return p.units == b.units && p.linkUnits == b.linkUnits && !t.servicePartLinks(b.parent)
}
