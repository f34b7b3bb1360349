package winnow

import (
	"golang.org/x/net/html/atom"
)

// Product grids: a shop's category page is a grid of products, each a card with a
// name and a price, often under an intro and above a long text written for search
// engines ("Which running shoe is right for me?"). The text is prose and wins the
// choice by prose mass; the grid, short lines and links, is read as a menu, and its
// wrapper is often named after the script that pages it ("pagination", "infinite-
// scroll") or the skip link that jumps to it ("skip-to-products"), words of
// navigation. Prices tell the grid apart: no menu and no box of teasers prints a price
// on every item, a shop's grid does.

const (
	// minGridItems is how many items with a price make a product grid: a product page's
	// box of a few related products holds fewer.
	minGridItems = 6
	// gridPricedShare is the share of a grid's items that show a price: a grid of
	// products prices nearly every one (a few are sold out or priced on request).
	gridPricedShare = 0.5
	// gridWrapShare: the grid is taken with the wrappers around it that add no more
	// than this share of its text (the count of products, a heading, a sort line).
	gridWrapShare = 1.2
	// gridKeepProse: chosen roots holding this much prose are the page's text (a
	// shop's guide to the category, an article with a box of offers), and stay; the
	// grid replaces less (a footer's line, a card's title). Whether a category's guide
	// or its grid is the content, readers and annotators disagree, page by page.
	gridKeepProse = 100
)

// gridRule returns the page's product grid (see the file's comment), with the
// siblings that belong to it (an intro, the count of products), in place of the chosen
// roots when these hold next to no prose (see gridKeepProse): a footer's line, a card's
// title, a menu that the prose choice settled for. The page is then a listing whose item
// links are content. A page that declares itself a story is left alone: its products
// are a box of offers beside it.
func (t *tree) gridRule(roots []int32) []int32 {
	if t.story || len(roots) == 0 {
		return roots
	}
	if t.rootsProse(roots) >= gridKeepProse {
		return roots
	}
	g := t.productGrid()
	if g == none {
		return roots
	}
	for _, r := range roots {
		if r == g || t.isAncestor(r, g) {
			return roots
		}
	}
	t.listed, t.spread = true, true
	return t.gatherSiblings(g)
}

// productGrid returns the largest product grid of the page (see minGridItems,
// gridPricedShare) outside page furniture and boxes of related items, taken with the
// wrappers that add little to it (see gridWrapShare), or none.
func (t *tree) productGrid() int32 {
	nodes := t.nodes
	priced := t.pricedLines()
	if priced == nil {
		return none
	}
	best, bestItems := none, 0
	for p := range nodes {
		pb := &nodes[p]
		if pb.text || pb.first == none || priced[p] < minGridItems {
			continue
		}
		tag, _ := t.itemTag(int32(p), nil)
		if tag == 0 {
			continue
		}
		items, withPrice := 0, 0
		for c := pb.first; c != none; c = nodes[c].next {
			if cb := &nodes[c]; !cb.text && cb.units > 0 && cb.tag == tag {
				items++
				if priced[c] > 0 {
					withPrice++
				}
			}
		}
		if withPrice < minGridItems || float32(withPrice) < gridPricedShare*float32(items) || withPrice <= bestItems {
			continue
		}
		if t.inFurniture(int32(p)) {
			continue
		}
		best, bestItems = int32(p), withPrice
	}
	if best == none {
		return none
	}
	for p := nodes[best].parent; p != none && p != t.body && nodes[p].tag != atom.Main; p = nodes[p].parent {
		if _, furniture := tagKinds[nodes[p].tag]; furniture ||
			float32(nodes[p].units) > gridWrapShare*float32(nodes[best].units) {
			break
		}
		best = p
	}
	return best
}

// gridBoxKinds are the cues of boxes whose products are not the page's: related and
// recommended products, adverts, "Trending now", a footer's or a pop-up's. Navigation
// words are left out: they name the grid's own wrappers (see the file's comment).
const gridBoxKinds = 1<<cueRelated | 1<<cueLatest | 1<<cueSponsored | 1<<cueFooter |
	1<<cueCookie | 1<<cueOverlay | 1<<cueNewsletter

// inFurniture reports whether block i lies in page furniture (a header, a menu, a
// footer, an aside) or in a box of other products (see gridBoxKinds).
func (t *tree) inFurniture(i int32) bool {
	for p := i; p != none && p != t.body; p = t.nodes[p].parent {
		b := &t.nodes[p]
		if _, furniture := tagKinds[b.tag]; furniture || b.kinds&gridBoxKinds != 0 && !b.has(cueContent) {
			return true
		}
	}
	return false
}

// pricedLines counts, for every node, the prices in its subtree (see isPriceText), or
// returns nil when the page shows fewer than minGridItems.
func (t *tree) pricedLines() []int32 {
	nodes := t.nodes
	var priced []int32
	for i := len(nodes) - 1; i >= 0; i-- {
		b := &nodes[i]
		if b.text && b.units > 0 && isPriceText(b.n.Data, t.nextText(int32(i))) {
			if priced == nil {
				priced = make([]int32, len(nodes))
			}
			priced[i]++
		}
		if priced != nil && b.parent != none {
			priced[b.parent] += priced[i]
		}
	}
	if priced == nil || priced[0] < minGridItems {
		return nil
	}
	return priced
}

// nextText returns the text of the text node after i in document order, or "".
func (t *tree) nextText(i int32) string {
	for j := i + 1; j < int32(len(t.nodes)) && j < i+8; j++ {
		if b := &t.nodes[j]; b.text && b.units > 0 {
			return b.n.Data
		}
	}
	return ""
}

// rootsProse returns the units of good (prose) blocks that the chosen roots hold: the
// rules that replace a thin choice (gridRule, mainListing) ask it first.
func (t *tree) rootsProse(roots []int32) int32 {
	var good int32
	for _, r := range roots {
		good += t.nodes[r].good
	}
	return good
}
