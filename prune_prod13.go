package winnow

import "golang.org/x/net/html/atom"

// Card clones: a shop's page prints many small blocks of a few short lines (another
// product's card: its name and its price; a badge and its caption; a slide of a
// carousel), and a carousel script or a second layout prints them again: the slider's
// clones before and after its slides, the phone's copy of a row of cards beside the wide
// screen's. The reader sees each once. dropRepeats leaves them be, being shorter than
// a paragraph (repeatMinUnits), and dropShopRepeats, which takes shorter repeats on a
// shop's page, reads one line at a time; a line a shop repeats on purpose (a
// certificate under each of its products, "Add to cart") is one line among other lines
// that differ, where a clone repeats a whole block of several lines, word for word.

const (
	// cloneMinUnits is the least text a clone must hold: a name and a price ("Wool
	// Runner $110") at least; shorter blocks are labels, which a page repeats on purpose.
	cloneMinUnits = 16
	// cloneMinParts is how many texts a block must hold to be a clone: a block of one
	// line is a line, left to dropShopRepeats.
	cloneMinParts = 2
)

// cloneExempt are the elements whose repeats are the text's structure and that are left
// alone with their contents: a table's rows, a code sample, a definition list's terms.
// Unlike repeatExempt, list items are looked at: a carousel's slides are items.
var cloneExempt = map[atom.Atom]bool{
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Tr: true,
	atom.Pre: true, atom.Dd: true, atom.Dl: true, atom.Blockquote: true,
}

// dropCardClones drops, on a page that sells (see showsShop) and is no story, thread or
// category, the blocks of the chosen text of at least cloneMinParts texts and
// cloneMinUnits whose words repeat, word for word, an earlier kept block's that is not
// its ancestor: the first copy is kept.
func (t *tree) dropCardClones(roots []int32) {
	if !t.shop || t.story || t.discussion || t.category {
		return
	}
	// Blocks are bucketed by their measures, so that text is read only for the few
	// blocks that may be copies.
	var kin map[repeatKey][]int32
	texts := textMemo{t: t}
	t.visitKept(roots, func(i int32, b *blk) bool {
		if cloneExempt[b.tag] {
			return true
		}
		if !b.block || b.units < cloneMinUnits {
			return false
		}
		k := repeatKey{b.units, b.linkUnits, 0}
		for _, j := range kin[k] {
			if t.nodes[j].parent == b.parent && texts.of(j) == texts.of(i) && t.cloneParts(i) >= cloneMinParts {
				b.drop = dropRepeat
				return true
			}
		}
		if kin == nil {
			kin = map[repeatKey][]int32{}
		}
		if len(kin[k]) < maxRepeatKin {
			kin[k] = append(kin[k], i)
		}
		return false
	})
}

// cloneParts counts the texts of block i that hold words, up to cloneMinParts.
func (t *tree) cloneParts(i int32) int {
	parts := 0
	end := t.subtreeEnd(i)
	for j := i + 1; j < end && parts < cloneMinParts; j++ {
		if n := &t.nodes[j]; n.text && n.units > 0 {
			parts++
		}
	}
	return parts
}
