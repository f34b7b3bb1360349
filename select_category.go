package winnow

import "strings"

// Category heroes: a shop's category page opens with the category's headline and a
// sentence or two about it, above the grid of products and, often, a long text written
// for search engines below it. The page shows add-to-cart buttons or declares products
// in JSON-LD, so it reads as a shop (see showsShop), whose header is a product's buy box
// and is left out of the hero rule (see rescueHero). A page that declares a group of
// products is a category: its header is the category's intro, and the hero rule
// applies to it as to a landing page. Its headline names the category, often in other
// words than the page's title, which shops write for search engines ("Modern Sofas &
// Couches" over "Sofas & sectionals"): on such a page the first <h1> is the headline.

// declaresCategory reports whether the page declares a group of products: an og:type of
// a product group, or a JSON-LD collection page, or more products in JSON-LD than one
// product's variants (see minLDGridProducts).
func declaresCategory(m *pageMeta) bool {
	og := strings.ToLower(m.meta["og:type"])
	if strings.HasPrefix(og, "product.group") || strings.HasPrefix(og, "product:group") {
		return true
	}
	products := 0
	for _, ty := range m.ld.types {
		switch ldPageTypes[strings.ToLower(ty)] {
		case typeCollection:
			return true
		case typeProduct:
			products++
		}
	}
	return products >= minLDGridProducts
}

// heroBlocked reports whether the page's header is not a hero that rescueHero may bring
// in: a story's header, the lead rules' business, or a product's buy box. A shop's
// category page (see the file's comment) has a hero, and so has a page whose claim to
// be a story rests on its og:type alone (see looseStory): plugins write that og:type on
// a shop's category pages and a site's landing pages too. The hero of such a page
// brings in only its paragraphs (see heroParts), the intro, and not a box of facts
// beside a real story's headline.
func (t *tree) heroBlocked() bool {
	return t.story && !t.looseStory || t.shop && !t.category
}

// heroParts appends to parts the children of hero that join the text as roots of their
// own (see rescueHero): all but the headline h and the link-dense ones (buttons), and,
// on a loose story (see heroBlocked), those without a paragraph. A
// child that wraps the headline is opened in turn, since themes often set the headline
// and its intro in one inner block ("header-content") beside a breadcrumb trail: the
// intro is then the headline's sibling, one level down.
func (t *tree) heroParts(hero, h int32, parts []int32) []int32 {
	for c := t.nodes[hero].first; c != none; c = t.nodes[c].next {
		cb := &t.nodes[c]
		switch {
		case cb.text || cb.units == 0 || c == h:
		case t.isAncestor(c, h):
			parts = t.heroParts(c, h, parts)
		case cb.linkDensity() < siblingMaxLinks && (!t.story || cb.paras > 0):
			parts = append(parts, c)
		}
	}
	return parts
}
