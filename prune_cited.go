package winnow

import "golang.org/x/net/html/atom"

// This file keeps the lists whose items say more than their links: a list of
// references ("Anheyer D, Leach MJ, et al. Mindfulness-based stress reduction for
// treating chronic headache. Cephalalgia. 2020;40(11)…", its title or DOI linked), of
// sources with a line on each, of resources each described. Their links are many, but
// each item is mostly words of its own; the items of a menu or a box of stories are
// their links.

// Bounds of a described list.
const (
	// minDescribedItems: fewer items are a box's pair of links, not a list.
	minDescribedItems = 3
	// describedItemUnits is the least text a described item holds on average: a
	// reference or a described resource is a sentence at least, a menu's item a few
	// words.
	describedItemUnits = 60
	// describedItemLinks is the most of an item's text that its links may hold, on
	// average over the list: a story's teaser, its title linked and a line beneath,
	// is mostly its link.
	describedItemLinks = 0.6
)

// describedList reports whether block i is a list of described items (see
// isDescribed), or an item of one.
func (t *tree) describedList(i int32) bool {
	if t.nodes[i].tag == atom.Li {
		if i = t.nodes[i].parent; i == none {
			return false
		}
	}
	_, described := t.listFacts(i)
	return described
}

// isDescribed reports whether block i is a plain list (no class or id, see
// sectionList) of items that say more than their links.
func (t *tree) isDescribed(i int32) bool {
	b := &t.nodes[i]
	if (b.tag != atom.Ul && b.tag != atom.Ol) || attr(b.n, "class") != "" || attr(b.n, "id") != "" {
		return false
	}
	items := 0
	for c := b.first; c != none; c = t.nodes[c].next {
		if n := &t.nodes[c]; n.tag == atom.Li && n.units > 0 {
			items++
		}
	}
	return items >= minDescribedItems && b.units >= int32(items)*describedItemUnits &&
		float32(b.linkUnits) <= float32(b.units)*describedItemLinks
}

// holdsDescribedList reports whether block i holds, within a few levels, a described
// list (see describedList): a section of references under its heading, to be judged
// part by part rather than dropped whole for its links.
func (t *tree) holdsDescribedList(i int32) bool {
	return t.describedBelow(i, sectionListDepth)
}

func (t *tree) describedBelow(i int32, depth int) bool {
	if depth == 0 {
		return false
	}
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		if n := &t.nodes[c]; !n.text && n.units > 0 && (t.isDescribed(c) || t.describedBelow(c, depth-1)) {
			return true
		}
	}
	return false
}
