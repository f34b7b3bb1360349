package winnow

// Sections of a front: a news site's front page or a blog's index lists its stories in
// sections, one of them headed "Latest", "Most read" or "Trending". Beside an
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

// Headers of a river's items: a section front prints each story as an <article>
// whose <header> holds the story's linked title (and at times its date), a header
// that is all link and a tag that names a banner. Inside one of a run of like
// <article>s it is the item's title block (see headsItem), which the choice already
// reads as content; pruning reads it so too, off discussions, whose posts' headers
// hold the poster's name and the post's number.

// riverHeader reports whether block i is the header of an item of a river (see
// headsItem), off discussions.
func (t *tree) riverHeader(i int32) bool {
	return !t.discussion && !t.keepComments && t.headsItem(i)
}
