package winnow

import "golang.org/x/net/html/atom"

// Card field names: a grid of products may set each card's facts as a description
// list, its terms the names of the fields ("Brand Name", "Product Name", "Gender",
// "Price", "Rating") and its details the product's own; the shop hides the terms from
// sight and leaves them to screen readers. The same term over every card names no
// product: what the reader sees of a card is its details. A product's sheet of
// specifications names each field once.

// cardTermMinRepeats is how many times one term must stand in the chosen text: a
// grid's worth of cards (see minGridItems).
const cardTermMinRepeats = minGridItems

// dropCardTerms drops, on a shop's page or a page that declares a category, that prints
// a grid's worth of prices (see pricedLines) and is no story or thread, the terms of
// description lists (<dt>) whose short text (see isGridLabel) stands at least
// cardTermMinRepeats times in the chosen text.
func (t *tree) dropCardTerms(roots []int32) {
	if !(t.shop || t.category) || t.story || t.discussion {
		return
	}
	var terms []int32
	var texts []string
	var counts map[string]int
	t.visitKept(roots, func(i int32, b *blk) bool {
		if b.tag != atom.Dt {
			return false
		}
		if s := t.plainText(i); isGridLabel(s) {
			if counts == nil {
				counts = map[string]int{}
			}
			counts[s]++
			terms, texts = append(terms, i), append(texts, s)
		}
		return true
	})
	if len(terms) < cardTermMinRepeats || t.pricedLines() == nil {
		return
	}
	for k, i := range terms {
		if counts[texts[k]] >= cardTermMinRepeats {
			t.nodes[i].drop = dropRepeat
		}
	}
}
