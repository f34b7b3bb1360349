package winnow

// Described cards: a listicle's entries (a channel, a tool, a course) are often laid out
// as cards, each with its name linked and a picture, like the teasers of a list of
// related posts. A teaser says a line under its title and leads away; an entry
// describes its thing in a paragraph of its own, with few links beside the title. Such
// a card is the article's text, not a teaser (see isCard).
const (
	// describedCardProse is the least text outside links that describes the card's
	// thing: a few sentences, where a teaser's excerpt is a line or two (at 100, two-sentence
	// excerpts of related posts pass).
	describedCardProse = 150
	// describedCardLinks bounds the card's share of linked text: its title and a button.
	describedCardLinks = 0.15
)

// describedCard reports whether block i, shaped like a teaser card, describes its thing
// in prose of its own (see describedCardProse, describedCardLinks).
func (t *tree) describedCard(i int32) bool {
	b := &t.nodes[i]
	return b.units-b.linkUnits >= describedCardProse && b.linkDensity() < describedCardLinks
}
