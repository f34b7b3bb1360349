package winnow

import "golang.org/x/net/html/atom"

// This file tells an editor's list style from a template's box. styledList takes a
// list with a class of its own for a box the site's template draws; but many editors
// give every list the writer makes the same class ("<ul class=block-list>"), link
// list or not. When a list of prose items beside it, in the same block of the story,
// wears the same class, the class is how the story's lists are drawn, and says
// nothing of a box.

// houseStyleList reports whether list i shares its class with a list in the same
// parent whose text is mostly not links: a list of the story's own prose. It is
// asked only of a list that a sentence of the story announces (see followsIntro),
// and walks the parent's children once, as prevElement does for that sentence.
func (t *tree) houseStyleList(i int32) bool {
	p := t.nodes[i].parent
	if p == none {
		return false
	}
	class := attr(t.nodes[i].n, "class")
	for s := t.nodes[p].first; s != none; s = t.nodes[s].next {
		n := &t.nodes[s]
		if s == i || n.text || !isListTag(n.tag) || n.units == 0 || n.linkDensity() > linkDenseBlock {
			continue
		}
		if attr(n.n, "class") == class {
			return true
		}
	}
	return false
}

// sectionListMinLead is the least prose the paragraph before a list must hold for
// closesSection: a paragraph that speaks of what the list names ("The academy
// offers five courses with free certificates…"), not a caption or a label.
const sectionListMinLead = 100

// closesSection reports whether list i, after paragraph p, ends a section of the
// story: p is prose of the story (not made of links), and a sub-heading comes right
// after the list, opening the next section. A writer's roundup ("…offers these
// courses" and their links) sits so between paragraph and heading, where a box of
// related stories stands at the story's end or breaks into its paragraphs; proseAfter
// still asks that the story go on after it.
func (t *tree) closesSection(i, p int32) bool {
	n := &t.nodes[p]
	if n.tag != atom.P || n.units < sectionListMinLead || n.linkDensity() > linkDenseBlock || !isListTag(t.nodes[i].tag) {
		return false
	}
	h := t.nextElement(i)
	return h != none && isSubheading(t.nodes[h].tag)
}
