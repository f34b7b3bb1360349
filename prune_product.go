package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Offer grids: a shop's page about one product goes on, below the product, with rows of
// other products ("Similar items", "Customers also viewed", "Sponsored products",
// "Complete the look"): cards of a name, a price and a rating. Their titles are often
// no links at all (the whole card is a link without text, or a script's click), so the
// link-density rules miss them, and their headings are as varied as the shops. What
// gives them away is the price that every card repeats: the product's own price is
// printed once or twice, never on a run of sibling items.

const (
	// minOfferCards: this many sibling items with a price make a grid of offers; one or
	// two are the product's own price and its former one.
	minOfferCards = 3
	// offerCardMaxUnits bounds a card: a name, a price, a rating, a delivery line.
	// A section of the product's page that holds its price (the buy box) says more.
	offerCardMaxUnits = 400
	// offerShare: at least this share of the items are priced, so that a list of
	// specifications with a price or two among its lines stays.
	offerShare = 2.0 / 3
)

// declaresProduct reports whether the page declares itself one product's: a JSON-LD
// Product, or an og:type of product, and no article. Only such a page has its one
// product and the others' grids; a shop's blog post lists the products it reviews with
// their prices, a service's page its plans.
func declaresProduct(m *pageMeta) bool {
	if declaresStory(m) {
		return false
	}
	if strings.HasPrefix(strings.ToLower(m.meta["og:type"]), "product") {
		return true
	}
	return isProduct(m.ld.types)
}

// dropOfferGrids drops, on a page that declares a product (see declaresProduct) and is
// no listing, the blocks of the chosen text whose items are offers: at least
// minOfferCards sibling items of one tag, each short and holding a price, with no <h1>
// among them (the product's own name). A listing's grid of priced cards is its
// content, and a table's rows of prices are data: both are left alone.
func (t *tree) dropOfferGrids(roots []int32) {
	if !t.product || t.listed || t.spread {
		return
	}
	for _, r := range roots {
		if t.nodes[r].drop != keep {
			continue
		}
		end := t.subtreeEnd(r)
		priced := t.pricedBlocks(r, end)
		for i := r; i < end; {
			if t.nodes[i].drop == keep && !t.nodes[i].text && i != r && t.isOfferGrid(i, r, priced) {
				t.nodes[i].drop = dropCards
				i = t.subtreeEnd(i)
				continue
			}
			i++
		}
	}
}

// shopFooter reports whether block i is a <footer> on a page that declares a product
// (see declaresProduct) or shows a shop (see showsShop: a category's grid with its
// add-to-cart buttons). A shop's footer carries its legal texts whole (the privacy
// policy, the terms of sale, the returns policy, in dialogs the reader opens from its
// links), which can outweigh the product's page or the category's many times; no shop
// prints a product's description or a category's guide in its footer, so its size is
// no sign of content there.
func (t *tree) shopFooter(i int32) bool {
	return (t.product || t.shop) && t.nodes[i].tag == atom.Footer
}

// pricedBlocks marks, for the nodes from r up to end (a subtree in document order), those
// whose text holds a price (see hasPrice), indexed from r.
func (t *tree) pricedBlocks(r, end int32) []bool {
	priced := make([]bool, end-r)
	for j := end - 1; j >= r; j-- {
		b := &t.nodes[j]
		if b.text && b.units > 0 && hasPrice(b.n.Data) {
			priced[j-r] = true
		}
		if priced[j-r] && j > r && b.parent >= r {
			priced[b.parent-r] = true
		}
	}
	return priced
}

// isOfferGrid reports whether block i, inside root r, is a grid of offers (see
// dropOfferGrids).
func (t *tree) isOfferGrid(i, r int32, priced []bool) bool {
	if !priced[i-r] {
		return false
	}
	var tag atom.Atom
	items, offers := 0, 0
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		b := &t.nodes[c]
		if b.text || b.units == 0 {
			continue
		}
		if b.tag == atom.Tr {
			return false
		}
		items++
		// A card is a block; the inline parts of one price line ("£89.99", "Was
		// £119.99", "Save £30.00") are the product's own price.
		if !priced[c-r] || !b.block || b.units > offerCardMaxUnits || tag != 0 && b.tag != tag || t.holdsFeatures(c, r, priced) {
			continue
		}
		tag = b.tag
		offers++
	}
	if offers < minOfferCards || float32(offers) < offerShare*float32(items) {
		return false
	}
	found := false
	t.walk(i, func(j int32) bool {
		found = t.nodes[j].tag == atom.H1
		return !found
	})
	return !found
}

// holdsFeatures reports whether block i, inside root r, holds a list without a price:
// a plan's card lists what the plan includes, where another product's card is its
// name, its price and a line or two (a list of the price in other currencies at most).
func (t *tree) holdsFeatures(i, r int32, priced []bool) bool {
	found := false
	t.walk(i, func(j int32) bool {
		tag := t.nodes[j].tag
		found = j != i && (tag == atom.Ul || tag == atom.Ol) && !priced[j-r]
		return !found
	})
	return found
}
