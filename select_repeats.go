package winnow

import "golang.org/x/net/html/atom"

// Repeats: a page often carries the same block twice or more, of which the reader sees
// one: a product's description in the mobile layout and again in the desktop one, a
// hero's text in a slider's clones, an intro repeated in a tab. Style sheets hide all
// but one; an extractor that cannot read them prints every copy. The first copy in the
// chosen text is kept; a later block whose text is the same, word for word, is dropped.

// repeatMinUnits is the least text a block needs for its repeat to be dropped: short
// lines ("Read more", a price, a name) repeat on purpose, where a paragraph of prose
// printed twice is a layout's copy.
const repeatMinUnits = 80

// repeatKey buckets blocks by their measures, so that text is read only for blocks that
// may be copies: copies have the same text, in links and out, and the same paragraphs.
type repeatKey struct{ units, links, paras int32 }

// dropRepeats marks, inside the chosen roots, the blocks whose text repeats an earlier
// kept block's (see repeatMinUnits), outside the elements that repeat by structure
// (see repeatExempt). Copies are in separate branches of the layout; the same paragraph
// twice in one section is the author's own repetition (a refrain, a chorus), kept as
// written (see repeatTop).
func (t *tree) dropRepeats(roots []int32) {
	// first holds the first block of each key, more the later ones of the rare keys
	// that several different blocks share, and texts the texts read so far: most
	// blocks have a key of their own, and cost no text and no slice.
	first := map[repeatKey]int32{}
	var more map[repeatKey][]int32
	texts := textMemo{t: t}
	textOf := texts.of
	// repeats reports whether i's text is j's, unless j is near i: an earlier block after
	// top (see repeatTop) is the author's own repetition, and so are all later ones in
	// document order (stop).
	repeats := func(i, j, top int32) (copy, stop bool) {
		if top != none && j >= top {
			// Near copies are the author's, but for one block's copies for two
			// screen sizes (see layoutTwins).
			return t.layoutTwins(i, j) && !t.isAncestor(j, i) && textOf(j) == textOf(i), true
		}
		return !t.isAncestor(j, i) && textOf(j) == textOf(i), false
	}
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for i := r; i < end; {
			b := &t.nodes[i]
			if b.drop != keep || repeatExempt[b.tag] {
				i = t.subtreeEnd(i)
				continue
			}
			if b.text || !b.block || b.units < repeatMinUnits {
				i++
				continue
			}
			k := repeatKey{b.units, b.linkUnits, b.paras}
			j, ok := first[k]
			if !ok {
				first[k] = i
				i++
				continue
			}
			top := t.repeatTop(i)
			copied, stop := repeats(i, j, top)
			copied = copied || t.shopCopy(i, textOf)
			for _, j := range more[k] {
				if copied || stop {
					break
				}
				copied, stop = repeats(i, j, top)
			}
			if copied && !t.holdsExempt(i) {
				b.drop = dropRepeat
				i = t.subtreeEnd(i)
				continue
			}
			if more == nil {
				more = map[repeatKey][]int32{}
			}
			if len(more[k]) < maxRepeatKin {
				more[k] = append(more[k], i)
			}
			i++
		}
	}
}

// repeatExempt are the elements whose repeats are part of a text's structure: a long
// table repeats its header and its rows, a reference its code samples, and an API's
// reference lists the same field, with the same words, under every object that has it.
// Their contents are not looked at either.
var repeatExempt = map[atom.Atom]bool{
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Tr: true,
	atom.Pre: true, atom.Li: true, atom.Dd: true, atom.Dl: true,
	// A forum's reply quotes the post it answers.
	atom.Blockquote: true,
}

// holdsExempt reports whether block i holds a code sample or a table: a copy of such a
// block is an API's second example, not a layout's copy.
func (t *tree) holdsExempt(i int32) bool {
	end := t.subtreeEnd(i)
	for j := i + 1; j < end; j++ {
		if tag := t.nodes[j].tag; (tag == atom.Pre || tag == atom.Table) && !t.nodes[j].text {
			return true
		}
	}
	return false
}

// plainText returns the words of block i's text joined by single spaces.
func (t *tree) plainText(i int32) string {
	return string(t.plainWords(i))
}

// repeatNear is how many levels up two copies may meet and still be the author's own
// repetition: paragraphs of one text, or of two sections side by side. A layout's copies
// sit in branches that part higher up (a mobile and a desktop column, a slider's slides).
const repeatNear = 2

// repeatTop returns the highest of block i's ancestors within repeatNear levels (its
// grandparent, or its parent at the top of the tree), or none for the root. An earlier
// block inside that ancestor's subtree shares a parent or a grandparent with i: it is
// near enough to be the author's own repetition.
func (t *tree) repeatTop(i int32) int32 {
	top := none
	for p, level := t.nodes[i].parent, 0; p != none && level < repeatNear; p, level = t.nodes[p].parent, level+1 {
		top = p
	}
	return top
}

// maxRepeatKin bounds how many blocks of one key (the same measures, other words) are
// kept to compare later blocks with: a page of thousands of paragraphs of one length
// would otherwise cost a comparison of every pair.
const maxRepeatKin = 64

// textMemo reads blocks' plain texts once each, for rules that compare a few blocks'
// texts among many: a block is read only when first asked about, and most never are.
type textMemo struct {
	t     *tree
	texts map[int32]string
}

// of returns block i's plain text (see plainText).
func (m *textMemo) of(i int32) string {
	s, ok := m.texts[i]
	if !ok {
		if m.texts == nil {
			m.texts = map[int32]string{}
		}
		s = m.t.plainText(i)
		m.texts[i] = s
	}
	return s
}
