package winnow

// Twin cards: a listing's card is often printed twice inside its own item, once laid
// out for phones and once for wide screens ("event-card mobile-card" beside
// "event-card desktop-card"), the style sheet showing one. The rule for repeats leaves
// list items alone (their repeats are a list's structure) and short blocks too, so a
// card of a title, a date and a price is read twice, and every word of the listing
// counts double. The copies are told by their class alone, as layout twins are (see
// layoutTwins): the same tag, the same text, class words that differ only by a screen
// size or a visibility word.

// dropCardTwins marks, inside the chosen roots, the second of two element siblings
// with text, nothing between them, that are one block's copies for two screen sizes
// (see layoutTwins), word for word, whatever their size. Each parent's children are
// read once, in one pass with the previous one.
func (t *tree) dropCardTwins(roots []int32) {
	for _, r := range roots {
		t.dropTwinChildren(r)
	}
	t.visitKept(roots, func(p int32, _ *blk) bool {
		t.dropTwinChildren(p)
		return false
	})
}

// dropTwinChildren marks the children of block p that are twins of the child with
// text before them (see cardTwins).
func (t *tree) dropTwinChildren(p int32) {
	prev := none
	for c := t.nodes[p].first; c != none; c = t.nodes[c].next {
		b := &t.nodes[c]
		switch {
		case b.units == 0:
		case b.text || b.drop != keep:
			prev = none
		case prev != none && t.cardTwins(prev, c):
			b.drop = dropRepeat
		default:
			prev = c
		}
	}
}

// cardTwins reports whether blocks i and j, siblings, are one block's copies for two
// screen sizes: the same measures, the same words, and classes apart by a screen's word
// alone (see layoutTwins).
func (t *tree) cardTwins(i, j int32) bool {
	a, b := &t.nodes[i], &t.nodes[j]
	return a.units == b.units && a.linkUnits == b.linkUnits && t.layoutTwins(i, j) && t.plainText(i) == t.plainText(j)
}
