package winnow

// Repeated lines on a shop's page: a shop prints the same sentence of the product's
// again, where the reader sees it once: the description's opening in a summary and
// again in its tab, a feature's line in a slider's clones and again in the details, a
// card's blurb in a grid and again in a quick view. dropRepeats leaves such a line
// alone when it is shorter than a block (repeatMinUnits) or near its first copy; on a
// page that sells (see showsShop), each of the product's sentences is worth printing
// once.

// shopRepeatMinUnits is the least text a line needs for its repeat to be dropped: a
// shop repeats short lines on purpose (a certificate under each of several products,
// a plan's feature heading, "Add to cart"), where a sentence of this length printed
// twice is one line's copy.
const shopRepeatMinUnits = 40

// dropShopRepeats drops, on a page that sells (see showsShop) and is no story, thread
// or category, the paragraphs of the chosen text (blocks with no block inside) of at
// least shopRepeatMinUnits whose words repeat an earlier kept paragraph's. The elements
// that repeat by structure (see repeatExempt) are left as they are: a plan's card lists
// what another plan includes too, a spec sheet the same values for its variants.
func (t *tree) dropShopRepeats(roots []int32) {
	if !t.shop || t.story || t.discussion || t.category {
		return
	}
	// Lines are bucketed by their length, so that text is read only for the few lines
	// that may be copies: a copy may be a link where the first is not, or not be one.
	var kin map[int32][]int32
	texts := textMemo{t: t}
	textOf := texts.of
	t.visitKept(roots, func(i int32, b *blk) bool {
		if repeatExempt[b.tag] {
			return true
		}
		if !b.block || b.ownUnits != b.units || b.units < shopRepeatMinUnits {
			return false
		}
		k := b.units
		for _, j := range kin[k] {
			if textOf(j) == textOf(i) {
				b.drop = dropRepeat
				return true
			}
		}
		if kin == nil {
			kin = map[int32][]int32{}
		}
		if len(kin[k]) < maxRepeatKin {
			kin[k] = append(kin[k], i)
		}
		return true
	})
}
