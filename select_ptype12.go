package winnow

// Listing shares by the page's kind. preferItems takes a chosen block for a listing when
// its items hold listedShare of its text. On a page that declares neither a thread nor
// a shop, a listing often opens with an intro or closes with a description that holds
// as much text as its short items (a course catalogue's blurb, a directory's notes), so
// items holding half the block are enough there. A thread's posts are items that hold
// prose, and a shop's page prints grids of other products beside the product's own
// text: on those, the items must hold more before the block is read as a list of links.
const listedShareUndeclared = 0.5

// listedMinShare returns the share of a chosen block's text its items must hold for the
// block to be a listing (see preferItems and listedShareUndeclared).
func (t *tree) listedMinShare() float32 {
	if t.discussion || t.shop {
		return listedShare
	}
	return listedShareUndeclared
}
