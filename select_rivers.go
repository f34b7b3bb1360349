package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rivers: a section front or a topic page lists its stories as a run of <article>
// elements, each opening with a <header> that holds the story's title, teaser, author
// and date. A <header> names the page's banner only at the top of the page; inside a
// sectioning element it is that element's own header (so HTML defines it). When the
// element is one of a run of like items, the header is an item's title block, and the
// page's content, not its navigation.

// itemHeaderLevels is how far up from a <header> its item may be: the header is the
// item's child, or sits in a wrapper of the card ("<article><div class=card-body>
// <header>").
const itemHeaderLevels = 2

// headsItem reports whether block i, a <header>, opens an item of a river: its
// <article> ancestor within itemHeaderLevels has at least minItems-1 siblings of the
// same tag and class (see sameShape). A page that declares itself a story keeps its
// rule: the headers of the teasers beside the story are its boxes (more news).
func (t *tree) headsItem(i int32) bool {
	b := &t.nodes[i]
	if b.tag != atom.Header || t.story {
		return false
	}
	a := b.parent
	for level := 0; a != none && level < itemHeaderLevels && t.nodes[a].tag != atom.Article; level++ {
		a = t.nodes[a].parent
	}
	if a == none || t.nodes[a].tag != atom.Article || t.nodes[a].parent == none {
		return false
	}
	like := 0
	for s := t.nodes[t.nodes[a].parent].first; s != none; s = t.nodes[s].next {
		if sb := &t.nodes[s]; !sb.text && sb.tag == atom.Article && sameShape(sb.n, t.nodes[a].n) {
			if like++; like >= minItems {
				return true
			}
		}
	}
	return false
}

// A river is often split: the first stories sit in a block of their own (beside a lead
// picture or an ad), and the rest follow in another container further down, with an ad
// or a newsletter box between. The chosen block then holds one part of the list only.
// The items of the other parts have the same tag and class as the chosen list's items.

// gatherRiver adds to roots, on a listing (see preferItems) or a page whose content is
// spread over many blocks (see selectByMass), the items elsewhere on the
// page of the same shape as the items of the chosen list (see sameShape), outside page
// furniture and boxes of related items (see riverFurniture). It returns the roots in
// document order.
func (t *tree) gatherRiver(roots []int32) []int32 {
	if !t.listed && !t.spread || len(roots) != 1 {
		return roots
	}
	r := roots[0]
	// The chosen list may sit in wrappers of its section ("<section><div class=inner>").
	for a, level := r, 0; a != none && level <= sectionLevels; a, level = t.nodes[a].parent, level+1 {
		if sections := t.riverSections(a); len(sections) > 1 {
			return sections
		}
	}
	tag := t.listedItems(r)
	if tag == 0 {
		return roots
	}
	model := none
	for c := t.nodes[r].first; c != none; c = t.nodes[c].next {
		if b := &t.nodes[c]; !b.text && b.units > 0 && b.tag == tag {
			model = c
			break
		}
	}
	if model == none || attr(t.nodes[model].n, "class") == "" {
		// Bare items (<li>, <div>) are every list's; only a class names a template.
		return roots
	}
	end := t.subtreeEnd(r)
	var out []int32
	for i := int32(0); i < int32(len(t.nodes)); i++ {
		if i == r {
			out = append(out, r)
			i = end - 1
			continue
		}
		b := &t.nodes[i]
		if b.text || b.tag != tag || b.units == 0 || !sameShape(b.n, t.nodes[model].n) {
			continue
		}
		if t.isAncestor(i, r) || t.riverFurniture(i) {
			// An element around the list is no item of it, whatever its shape.
			continue
		}
		out = append(out, i)
		i = t.subtreeEnd(i) - 1
	}
	return out
}

// riverFurniture reports whether block i lies in page furniture: boilerplate, a box of
// related items or ads (see isListBox), or a <header>, <nav>, <aside>, <footer> or
// <menu>, whose lists are a site's menus and its boxes of other stories.
func (t *tree) riverFurniture(i int32) bool {
	for p := i; p != none; p = t.nodes[p].parent {
		b := &t.nodes[p]
		if _, furniture := tagKinds[b.tag]; furniture || b.inBoiler || t.isListBox(p) {
			return true
		}
	}
	return false
}

// A front page lists its content in sections side by side: the latest news, then the
// talks, then the guides, each a heading over a list of cards, each in an element of
// one template ("<section class=\"section container\">"). The items of the chosen
// section outweigh the prose, and its like sections are the rest of the page's lists.

// sectionLevels is how far up from the chosen list its section may be.
const sectionLevels = 2

// riverSections returns the chosen block r with its sibling sections of the same tag
// and much the same classes (see sectionClassShare), each a list of links (see
// listedMinLinks) of at least minListingUnits in minItems paragraphs or more (a menu of
// topics runs its links in one line), outside page furniture (see riverFurniture), in
// document order; or nil when r has no such sibling.
func (t *tree) riverSections(r int32) []int32 {
	p := t.nodes[r].parent
	if p == none || t.nodes[r].n.Type != html.ElementNode {
		return nil
	}
	classes := strings.Fields(attr(t.nodes[r].n, "class"))
	if len(classes) == 0 {
		return nil
	}
	var out []int32
	for s := t.nodes[p].first; s != none; s = t.nodes[s].next {
		b := &t.nodes[s]
		if s == r {
			out = append(out, s)
			continue
		}
		if b.text || b.tag != t.nodes[r].tag || b.units < minListingUnits || b.paras < minItems || b.linkDensity() < listedMinLinks ||
			!sharesClass(attr(b.n, "class"), classes) || t.riverFurniture(s) {
			continue
		}
		out = append(out, s)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sectionClassShare is the least share of their class names (common over all) two
// sections of one template have in common: a template's sections differ by a modifier
// ("section container news" beside "section container talks"), where a layout's
// utility classes ("d-flex mb32" beside "d-flex gs32") are shared by unlike blocks.
const sectionClassShare = 0.5

// sharesClass reports whether the class attribute v and the names have at least
// sectionClassShare of their names in common.
func sharesClass(v string, names []string) bool {
	other := strings.Fields(v)
	common := 0
	for _, c := range other {
		for _, n := range names {
			if c == n {
				common++
				break
			}
		}
	}
	all := len(other) + len(names) - common
	return common > 0 && float32(common) >= sectionClassShare*float32(all)
}
