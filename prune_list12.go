package winnow

// Sections of a front: a news site's front page or a blog's index lists its stories in
// sections, one of them headed "Latest", "Most read" or "More to explore". Beside an
// article such a heading opens a box of other stories, and the box is dropped with it;
// on a listing the chosen text is the front itself, and the section is one of its
// lists, as the others are.

// frontSection reports whether block c, which the heading rules drop, opens with a
// heading of the latest or popular kind on a page read as a listing (see preferItems).
func (t *tree) frontSection(c int32) bool {
	if !t.listed {
		return false
	}
	k, _ := t.headingKind(c)
	return k == cueLatest
}
