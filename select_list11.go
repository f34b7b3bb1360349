package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Entries after an intro: a blog's category page or a curated index opens with a
// description of several paragraphs (a welcome, a guide to the section), then prints
// its posts as a run of teasers, each a linked title over a picture. The description
// is the page's prose and wins the choice; the teasers, short links, lose to it and to
// every rule that weighs items against prose. When the block right after the chosen
// text, with nothing between, is such a run and nothing else, the run is the listing
// the intro introduces.

// entryClimb is how far up from the last chosen root the run may begin: the root's own
// next sibling, or its wrapper's ("<div class=intro><div class=text>…</div></div>
// <div class=posts>").
const entryClimb = 2

// entryDepth is how far below the block after the roots its entries may sit: the block
// is the run, or wraps it once or twice ("<div class=posts><div class=grid>").
const entryDepth = 2

// entryTitledShare: at least this share of a run's entries carry a linked sub-heading,
// their title; a gallery's pictures and a row of logos carry none.
const entryTitledShare = 0.75

// introEntries returns roots with the run of entries that follows them appended (see
// entryRun), when the page does not declare a story by more than its og:type and the
// choice is no listing of its own: an article's boxes of related posts sit after a
// heading or in furniture, which the run's tests leave out.
func (t *tree) introEntries(roots []int32) []int32 {
	if len(roots) == 0 || t.listed || t.story && !t.looseStory {
		return roots
	}
	next := t.blockAfter(roots[len(roots)-1])
	if next == none || t.riverFurniture(next) || !t.entryRun(next, entryDepth) {
		return roots
	}
	t.listed = true
	return append(roots, next)
}

// blockAfter returns the first element with text after block r in document order, out
// of r's subtree, looking up to entryClimb levels above r through wrappers that hold
// r's text alone, but never out of a <main> or an <article> (what follows the content
// is a sidebar); or none when text nodes come first (a sentence between is no layout's
// gap) or nothing follows within the climb.
func (t *tree) blockAfter(r int32) int32 {
	a := r
	for level := 0; level <= entryClimb; level++ {
		for s := t.nodes[a].next; s != none; s = t.nodes[s].next {
			b := &t.nodes[s]
			if b.units == 0 {
				continue
			}
			if b.text {
				return none
			}
			return s
		}
		if tag := t.nodes[a].tag; tag == atom.Main || tag == atom.Article {
			return none
		}
		a = t.nodes[a].parent
		if a == none || a == t.body || t.nodes[a].units != t.nodes[r].units {
			return none
		}
	}
	return none
}

// entryRun reports whether block p, or a wrapper of it within depth levels, is a run of
// entries: every child with text, but a pager after them (see pagerBox), is an element
// of one tag and much the same classes (see sameClasses), at least minItems of them,
// most of them titled by a linked sub-heading (see entryTitledShare), none by a
// person's name (see personTitle).
func (t *tree) entryRun(p int32, depth int) bool {
	model, n, titled := none, 0, 0
	var classes []string
	for c := t.nodes[p].first; c != none; c = t.nodes[c].next {
		b := &t.nodes[c]
		if b.units == 0 || t.pagerBox(c, model) {
			continue
		}
		if b.text {
			return false
		}
		switch {
		case model == none:
			model, classes = c, strings.Fields(attr(b.n, "class"))
		case b.tag != t.nodes[model].tag || !sameClasses(attr(b.n, "class"), classes):
			return false
		}
		n++
		if t.linkedTitle(c) {
			titled++
		}
	}
	if n == 1 && depth > 0 {
		return t.entryRun(model, depth-1)
	}
	// Entries titled by people's names are a staff's or a faculty's cards, a page's
	// boxes about its authors, not its listing.
	return n >= minItems && float32(titled) >= entryTitledShare*float32(n) && !t.personTitle(model)
}

// linkedTitle reports whether block i holds a sub-heading whose text is mostly a link:
// an entry's title leading to the entry.
func (t *tree) linkedTitle(i int32) bool {
	found := false
	t.walk(i, func(j int32) bool {
		b := &t.nodes[j]
		if !b.text && isSubheading(b.tag) && b.units > 0 {
			found = b.inLink || 2*b.linkUnits >= b.units
			return false
		}
		return true
	})
	return found
}

// sameClasses reports whether the class attribute v names the same template as names:
// both empty, or sharing most of their words (see sharesClass). A blog engine writes
// each post's id and categories into its teaser's class ("post post-37400
// category-news"), so that no two teasers of one template match word for word.
func sameClasses(v string, names []string) bool {
	if len(names) == 0 {
		return strings.TrimSpace(v) == ""
	}
	return sharesClass(v, names)
}

// pagerBox reports whether block c is a <nav> after the first entry of a run: the
// pager under a run of teasers, which pruning drops. A box's own <header> or a menu
// before the entries is another layout, not a run.
func (t *tree) pagerBox(c, model int32) bool {
	return model != none && t.nodes[c].tag == atom.Nav && !t.nodes[c].text
}
