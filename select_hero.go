package winnow

import "golang.org/x/net/html/atom"

// Heroes: a landing or service page opens with a hero, a block that holds the page's
// headline, a sentence or two that say what the page offers, and a button. Themes name
// it "page-header" or "hero-header", words that read as page furniture, and place it
// above the container that the prose chose, out of reach of sibling gathering. The block
// around the headline joins the chosen text when it is small and says more than the
// headline.
const (
	// heroMaxUnits bounds the hero: a headline and an intro. A larger block above the
	// body is a layout of its own (a banner of teasers, a mega-menu).
	heroMaxUnits = 600
	// heroMinUnits: the hero must say this much besides its headline, which the title
	// rules take out of the text anyway.
	heroMinUnits = 60
)

// heroFurniture are the tags of the site's own furniture: a headline inside them is
// the site's name in a masthead, or a box's title, never the page's hero.
var heroFurniture = map[atom.Atom]bool{
	atom.Header: true, atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
}

// rescueHero prepends to roots the parts of the block around the page's headline (an
// <h1> that the page's titles name) when that block lies before the roots and outside
// them, holds little besides a headline and an intro (see heroMaxUnits) and few links,
// on a page that declares itself neither an article nor a product: a story's header is
// its byline's place, which the lead rules handle (see rescueLead), and a product's is
// its buy box.
func (t *tree) rescueHero(roots []int32) []int32 {
	if len(roots) == 0 || t.heroBlocked() {
		return roots
	}
	first := roots[0]
	h := none
	for i := int32(1); i < first; i++ {
		if b := &t.nodes[i]; b.tag == atom.H1 && !b.text && b.units > 0 && !t.isAncestor(i, first) {
			if b.linkDensity() < linkDenseBlock && (t.category || t.headlines.names(t.inlineText(i))) {
				h = i
			}
			break
		}
	}
	if h == none {
		return roots
	}
	hero := h
	for p := t.nodes[hero].parent; p != none && p != t.body && !t.isAncestor(p, first) && t.nodes[p].units <= heroHeaderMax(&t.nodes[p]); p = t.nodes[p].parent {
		hero = p
	}
	// The innermost wrapper that holds it all is the hero.
	for {
		only := none
		for c := t.nodes[hero].first; c != none; c = t.nodes[c].next {
			if cb := &t.nodes[c]; !cb.text && cb.units == t.nodes[hero].units && c != h {
				only = c
			}
		}
		if only == none {
			break
		}
		hero = only
	}
	for p := t.nodes[hero].parent; p != none; p = t.nodes[p].parent {
		if heroFurniture[t.nodes[p].tag] {
			return roots
		}
	}
	b := &t.nodes[hero]
	if heroFurniture[b.tag] || b.units-t.nodes[h].units < heroMinUnits || b.linkDensity() >= siblingMaxLinks {
		return roots
	}
	// The hero's parts join as roots of their own, since pruning judges a root's
	// children and not the root: themes name every part after the hero
	// ("hero-header-phrase"), words that read as page furniture. The headline is left
	// to the title, and the buttons to the links.
	return append(t.heroParts(hero, h, nil), roots...)
}
