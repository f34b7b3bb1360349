package winnow

// Adjacent copies: a theme that prints a block twice, once for phones and once for wide
// screens, often sets the copies side by side, as siblings of one tag, and names them
// in ways that layoutTwins cannot read ("desktopText" beside "mobileText", hashed class
// names beside them). An author repeats a paragraph further on, a refrain after a
// verse, not as the very next block: two sibling blocks of one tag in a row, with the
// same text of a paragraph's length (see repeatMinUnits), are one block's copies.

// adjacentTwins reports whether block j is the element just before block i among its
// siblings (blank text aside), of the same tag: with the same text (the caller's
// check), i is j's copy for another screen.
func (t *tree) adjacentTwins(i, j int32) bool {
	if !t.shop || t.nodes[i].tag != t.nodes[j].tag || t.nodes[i].parent != t.nodes[j].parent {
		return false
	}
	for c := t.nodes[j].next; c != none; c = t.nodes[c].next {
		if c == i {
			return true
		}
		if b := &t.nodes[c]; !b.text || b.units > 0 {
			return false
		}
	}
	return false
}
