package winnow

// Items of a listing: a shop's product card holds its name as a link and its price; a
// list of papers names each paper's authors as links to their pages; a job board links
// each offer's company and place. Read alone, each such block is mostly links, and the
// link-density rule would take it for a menu. Inside an item of the chosen listing the
// links are the entry itself (see preferItems), and the block stays.

// listedItemOwnUnits is the least text outside links that a block of an item must hold
// to stay: a price, a date, a place. A block of links alone (a card's "Learn more", a row
// of buttons, a title repeated as a link) is judged as any other.
const listedItemOwnUnits = 5

// listedItemLevels is how far up from a block its item may be: the block is the item's
// child, or sits in the item's card and the card's body ("<li><div class=card><div
// class=details>").
const listedItemLevels = 4

// inListedItem reports whether block i, holding some text outside its links (see
// listedItemOwnUnits), lies within listedItemLevels inside an item of a listing the
// page's chosen text holds (see listedItems): a child of the tag that its parent's items
// have, on a page read as a listing.
func (t *tree) inListedItem(i int32) bool {
	if b := &t.nodes[i]; !t.listed || b.units-b.linkUnits < listedItemOwnUnits {
		return false
	}
	p := i
	for level := 0; level < listedItemLevels && p != none; level++ {
		parent := t.nodes[p].parent
		if parent == none {
			return false
		}
		if tag := t.listedItems(parent); tag != 0 && tag == t.nodes[p].tag {
			return true
		}
		p = parent
	}
	return false
}
