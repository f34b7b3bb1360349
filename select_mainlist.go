package winnow

import "golang.org/x/net/html/atom"

// Lists in <main>: a blog's category page prints the category's description in a band
// of its own above the layout's columns, and the list of posts in <main>. The
// description is the page's only prose and wins the choice; the posts, a title and a
// picture each, are short links. Where the page marks its main content, and that
// element is a list of items the choice left out, the list is the content, with the
// description above it as its intro.

// mainListShare: the items of <main>'s largest list hold this share of its text, so
// that <main> is the list (a few wrappers, a heading, a pager around it).
const mainListShare = 0.5

// mainListing returns the page's <main>, after the chosen roots that precede it (the
// listing's intro), when the roots hold little prose (see listingMaxProse), lie outside
// <main>, and <main>, the page's only one, is a list of items (see mainListShare,
// minListingUnits). A page that declares itself a story keeps its roots.
func (t *tree) mainListing(roots []int32) []int32 {
	if len(roots) == 0 || t.story && !t.looseStory {
		return roots
	}
	if t.rootsProse(roots) >= listingMaxProse {
		return roots
	}
	m := t.onlyMain()
	if m == none {
		return roots
	}
	for _, r := range roots {
		if r == m || t.isAncestor(r, m) || t.isAncestor(m, r) {
			return roots
		}
	}
	items := t.largestList(m)
	if items < minListingUnits || float32(items) < mainListShare*float32(t.nodes[m].units) {
		return roots
	}
	var out []int32
	for _, r := range roots {
		if r < m {
			out = append(out, r)
		}
	}
	t.listed, t.spread = true, true
	return append(out, m)
}

// onlyMain returns the page's <main> element, or none when it has none with text or
// more than one.
func (t *tree) onlyMain() int32 {
	m := none
	for i := int32(0); i < int32(len(t.nodes)); i++ {
		if b := &t.nodes[i]; !b.text && b.tag == atom.Main && b.units > 0 {
			if m != none {
				return none
			}
			m = i
		}
	}
	return m
}

// largestList returns the text of the largest list of items (see itemTag) under block
// m, outside page furniture inside m (see furnitureWithin).
func (t *tree) largestList(m int32) int32 {
	var best int32
	end := t.subtreeEnd(m)
	for p := m; p < end; p++ {
		b := &t.nodes[p]
		if b.text || b.first == none || b.units <= best {
			continue
		}
		tag, _ := t.itemTag(p, nil)
		if tag == 0 || t.furnitureWithin(p, m) {
			continue
		}
		var sum int32
		for c := b.first; c != none; c = t.nodes[c].next {
			if cb := &t.nodes[c]; !cb.text && cb.tag == tag {
				sum += cb.units
			}
		}
		best = max(best, sum)
	}
	return best
}

// furnitureWithin reports whether block p lies in page furniture (see riverFurniture)
// below block m, its ancestor: a menu or a box of related posts inside <main>. The
// wrappers above <main> do not count: themes name the one around the content and the
// sidebar for both ("content-sidebar-wrap").
func (t *tree) furnitureWithin(p, m int32) bool {
	for a := p; a != none && a != m; a = t.nodes[a].parent {
		b := &t.nodes[a]
		if _, furniture := tagKinds[b.tag]; furniture || t.isListBox(a) {
			return true
		}
	}
	return false
}
