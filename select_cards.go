package winnow

import "golang.org/x/net/html"

// Pages of cards: a listing whose items are teaser cards (a title that links, a byline,
// a line of summary) grouped in sections of a few each ("Accessories", "Audio", …). No
// one section holds much of the page, so pruning would take each for a box of teasers
// beside the content (see markCards); together they are the content.

// cardPageShare: when the teaser cards in the chosen blocks hold this share of their
// text, the cards are the page's content, and the page is read as a listing.
const cardPageShare = cardListShare

// cardsRule marks the page as a listing when teaser cards, in runs of at least
// minCards alike, hold most of the chosen text (see cardPageShare).
func (t *tree) cardsRule(roots []int32) {
	if t.listed {
		return
	}
	var total, cards int32
	for _, r := range roots {
		total += t.nodes[r].units
		cards += t.cardUnits(r)
	}
	if total > 0 && float32(cards) >= cardPageShare*float32(total) {
		t.listed, t.cardPage = true, true
	}
}

// cardUnits returns the text that the runs of teaser cards under block i hold: runs of
// at least minCards cards of one shape, as markCards finds them. A card outside such a
// run may be a section that holds a run (a shelf of three cards is small enough to
// look like a card itself), so it is looked into. Cards of one run may differ in class
// tokens with digits (see sameClassShape): engines number each item ("card card-1",
// "item-3"), or stamp it with its post's id, so counting them runs on the loose match
// (measured: only this caller of sameShape gains from it; markCards keeps the strict
// one, as service pages number their feature and pricing boxes alike).
func (t *tree) cardUnits(i int32) int32 {
	nodes := t.nodes
	var sum, runUnits int32
	run, first, prev := 0, none, none
	flush := func(end int32) {
		if run >= minCards {
			sum += runUnits
		} else {
			for c := first; c != end && c != none; c = nodes[c].next {
				sum += t.cardUnits(c)
			}
		}
		run, runUnits, first = 0, 0, none
	}
	for c := nodes[i].first; c != none; c = nodes[c].next {
		b := &nodes[c]
		if b.text || b.units == 0 {
			continue
		}
		if t.isCard(c) {
			if run > 0 && !sameCardShape(nodes[prev].n, b.n) {
				flush(c)
			}
			if run == 0 {
				first = c
			}
			run++
			runUnits += b.units
			prev = c
			continue
		}
		flush(c)
		sum += t.cardUnits(c)
	}
	flush(none)
	return sum
}

// sameCardShape reports whether two cards have one tag and classes alike but for the
// tokens with digits (see sameClassShape).
func sameCardShape(a, b *html.Node) bool {
	return a.DataAtom == b.DataAtom && sameClassShape(attr(a, "class"), attr(b, "class"))
}

// rootsUnits returns the text units of the chosen blocks together.
func (t *tree) rootsUnits(roots []int32) int32 {
	var total int32
	for _, r := range roots {
		total += t.nodes[r].units
	}
	return total
}
