package winnow

// Adjacent copies: a theme that prints a block twice, once for phones and once for wide
// screens, often sets the copies side by side, as siblings of one tag, and names them
// in ways that layoutTwins cannot read ("desktopText" beside "mobileText", hashed class
// names beside them). On a shop's page, two sibling blocks of one tag in a row with the
// same text of a paragraph's length (see repeatMinUnits) are one block's copies.
// Elsewhere they may be the author's: a sample text or a refrain printed twice on
// purpose, as test pages and lyrics do.

// shopCopy reports whether block i, on a shop's page, repeats the element just before
// it among its siblings (see prevElement): of the same tag, with the same text, which
// textOf returns.
func (t *tree) shopCopy(i int32, textOf func(int32) string) bool {
	if !t.shop {
		return false
	}
	p := t.prevElement(i)
	return p != none && t.nodes[p].tag == t.nodes[i].tag && textOf(p) == textOf(i)
}
