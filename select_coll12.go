package winnow

import "golang.org/x/net/html/atom"

// Furniture choices: a page whose content holds no prose (a shop's category page of a
// few product cards, a grid of sub-categories whose names are links) leaves the choice
// to the one block of sentences it prints, and that block is often the page's
// furniture: the brand's blurb in its <footer> ("At Acme we make…"), its copyright
// line, a shipping notice in the header's mini-cart. The page's own header, menus,
// asides and footer are never its content: when every chosen root lies in one of
// them, the content is the block that the page names as its content instead, its
// <main> (see onlyMain) or else its largest block named as content ("main-content",
// role=main) outside the page's furniture, read as a listing whose item links are
// content.

// furnitureChoice returns, in place of roots that all lie in the page's furniture (see
// inPageFurniture), the page's block of content (see the file's comment), or roots when
// the page names none outside them.
func (t *tree) furnitureChoice(roots []int32) []int32 {
	if len(roots) == 0 {
		return roots
	}
	for _, r := range roots {
		if !t.inPageFurniture(r) {
			return roots
		}
	}
	m := t.onlyMain()
	if m == none {
		m = t.namedContent(roots)
	}
	if m == none {
		return roots
	}
	for _, r := range roots {
		if r == m || t.isAncestor(m, r) || t.isAncestor(r, m) {
			return roots
		}
	}
	t.listed, t.spread = true, true
	return []int32{m}
}

// inPageFurniture reports whether block i lies in an element whose tag names the page's
// furniture (see tagKinds), and in no <main> or <article>: the header or footer of
// these is the content's own.
func (t *tree) inPageFurniture(i int32) bool {
	furniture := false
	for p := i; p != none; p = t.nodes[p].parent {
		tag := t.nodes[p].tag
		if tag == atom.Main || tag == atom.Article {
			return false
		}
		if _, ok := tagKinds[tag]; ok {
			furniture = true
		}
	}
	return furniture
}

// namedContent returns the largest block with text named as content (see cueContent)
// that holds none of roots and lies outside page furniture (see inFurniture), or none.
// A block that holds the roots is a wrapper of the whole page, footer and all.
func (t *tree) namedContent(roots []int32) int32 {
	best := none
	for i := range t.nodes {
		b := &t.nodes[i]
		if b.text || b.units == 0 || !b.has(cueContent) || b.tag == atom.Body || b.tag == atom.Html ||
			best != none && b.units <= t.nodes[best].units {
			continue
		}
		holds := false
		for _, r := range roots {
			if int32(i) == r || t.isAncestor(int32(i), r) {
				holds = true
				break
			}
		}
		if !holds && !t.inFurniture(int32(i)) {
			best = int32(i)
		}
	}
	return best
}

// Hero banners on shops: a shop's banners announce its sales and are adverts however
// much they say (see keptByKind), but a shop's home or category page also opens its
// sections with heroes, each a headline, a sentence about a collection and a button,
// and themes name them "hero-banner" or "heroBanner". The word "hero" tells such a
// banner from an advert whatever its length (see bannerMinUnits): an advert is never
// named a hero.

// heroWords are the class and id words that name a banner as a page's hero.
var heroWords = map[string]bool{"hero": true}

// heroBanner reports whether block i is a banner named as a hero (see bannerWords,
// heroWords), off a thread, with few links, no form, and no word of a sale or consent
// (see advertWords).
func (t *tree) heroBanner(i int32) bool {
	return !t.discussion && t.nodes[i].linkDensity() < bannerMaxLinks && t.hasAttrWord(i, heroWords) &&
		t.hasAttrWord(i, bannerWords) && !t.hasAttrWord(i, advertWords) && !t.holdsForm(i)
}
