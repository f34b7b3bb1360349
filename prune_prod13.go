package winnow

import (
	"slices"

	"golang.org/x/net/html/atom"
)

// Card clones: pages print rows of small cards of a few short lines (a slide of a
// carousel: a feature's title and its line, a testimonial and its author; another
// product's card: its name and its price), and a carousel script prints them again
// among the same slides: its clones before the first slide and after the last, so that
// the row seems to turn without end. The reader sees each card once. dropRepeats leaves
// them be when they are shorter than a paragraph (repeatMinUnits) or near their first
// copy (the author's own repetition, see repeatTop), and dropShopRepeats reads one line
// at a time. A clone is told by where it sits and what it holds: among its first copy's
// siblings, and a card of parts side by side, no paragraph or line alone. A line that a
// page repeats on purpose ("Team size: 11-50" under each firm of a list, a certificate
// under each product, a note in each tab of a code sample's languages) sits in other
// blocks than its first copy, or is one paragraph; rows of facts that two variants
// share sit in two variants' cards.

const (
	// cloneMinUnits is the least text a clone must hold: a name and a price ("Wool
	// Runner $110") at least; shorter blocks are labels, which a page repeats on purpose.
	cloneMinUnits = 16
	// cloneMinParts is how many parts a clone holds at least (see cloneParts): a block
	// of one paragraph or one line is text that a page may repeat on purpose.
	cloneMinParts = 2
)

// cloneExempt are the elements whose repeats are the text's structure and that are left
// alone with their contents: a table's rows, a code sample, a definition list's terms.
// Unlike repeatExempt, list items are looked at: a carousel's slides are items.
var cloneExempt = map[atom.Atom]bool{
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Tr: true,
	atom.Pre: true, atom.Dd: true, atom.Dl: true, atom.Blockquote: true,
}

// cloneKey buckets blocks by their parent and their measures: copies are siblings with
// the same text, in links and out, so that text is read only for the few blocks that
// may be copies.
type cloneKey struct{ parent, units, links int32 }

// dropCardClones drops, on a page that is no thread and whose chosen text is no list of
// items (a listing's items are its content, whatever they repeat), the blocks of the
// chosen text of at least cloneMinUnits and cloneMinParts parts whose words repeat,
// word for word, an earlier kept sibling's: the first copy is kept.
func (t *tree) dropCardClones(roots []int32) {
	if t.discussion || t.listed || t.spread {
		return
	}
	// first holds the first block of each key, more the later ones of the rare keys
	// that several blocks of other words share: most blocks have a key of their own,
	// and cost no text and no slice.
	first := map[cloneKey]int32{}
	var more map[cloneKey][]int32
	texts := textMemo{t: t}
	t.visitKept(roots, func(i int32, b *blk) bool {
		if cloneExempt[b.tag] {
			return true
		}
		if !b.block || b.units < cloneMinUnits {
			return false
		}
		k := cloneKey{b.parent, b.units, b.linkUnits}
		j, ok := first[k]
		if !ok {
			first[k] = i
			return false
		}
		if texts.of(j) == texts.of(i) || slices.ContainsFunc(more[k], func(j int32) bool { return texts.of(j) == texts.of(i) }) {
			if t.cloneParts(i) >= cloneMinParts {
				b.drop = dropRepeat
				return true
			}
			return false
		}
		if more == nil {
			more = map[cloneKey][]int32{}
		}
		if len(more[k]) < maxRepeatKin {
			more[k] = append(more[k], i)
		}
		return false
	})
}

// cloneParts counts the parts of block i, up to cloneMinParts: the children that hold
// words, read through the wrappers that hold one child only (a slide's <figure> around
// its card). A card's parts (a title, a line, a price) sit side by side; a paragraph or
// a line (its words reachable without crossing a block, an inline link or a bold label
// among them) is one part, and so is a wrapper of one paragraph (a tab's copy of it).
func (t *tree) cloneParts(i int32) int {
	for {
		b := &t.nodes[i]
		if b.ownUnits == b.units {
			return 1
		}
		parts, only := 0, none
		for c := b.first; c != none && parts < cloneMinParts; c = t.nodes[c].next {
			if t.nodes[c].units > 0 {
				parts++
				only = c
			}
		}
		if parts != 1 || t.nodes[only].text {
			return parts
		}
		i = only
	}
}
