package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Intros that hold the headline: many pages wrap the headline and the sentences
// under it in one block named for its part ("intro", "article-intro", "page-lead"),
// which the chosen body follows. rescueStandfirst looks for a standfirst after the
// headline and so walks past such a block, whose <h1> comes after its own start; the
// block is the story's opening, and pruning drops its headline as it drops any.

// namedIntroMaxUnits bounds a named intro: a few paragraphs under the headline. A longer
// block is a part of the body, which selection judges.
const namedIntroMaxUnits = 1600

// rescueIntro prepends to roots the first block before the chosen text whose class or
// id names it an intro (see namedLead), that holds the page's headline and, after it,
// at least leadMinUnits of sentences with next to no links, when the chosen text does
// not hold those sentences already.
func (t *tree) rescueIntro(roots []int32) []int32 {
	if len(roots) == 0 || len(t.headlines) == 0 {
		return roots
	}
	first := roots[0]
	for i := int32(1); i < first; i++ {
		b := &t.nodes[i]
		if b.text || !b.block || b.units < leadMinUnits || b.units > namedIntroMaxUnits || b.tag == atom.H1 {
			continue
		}
		if !t.namedLead(i) || t.isAncestor(i, first) || b.linkDensity() > siblingMaxLinks ||
			b.kinds&boilerKinds != 0 || t.inBoilerplateApart(i, first) || t.inFigure(i) {
			continue
		}
		h1 := t.headlineIn(i)
		if h1 == none {
			continue
		}
		want := strings.TrimSpace(strings.TrimPrefix(t.inlineText(i), t.inlineText(h1)))
		if t.nodes[i].units-t.nodes[h1].units < leadMinUnits || !isSentence(want) {
			continue
		}
		return t.leadBefore(roots, i, want)
	}
	return roots
}

// headlineIn returns the <h1> inside block i that the page's titles name, or none.
func (t *tree) headlineIn(i int32) int32 {
	for j, end := i+1, t.subtreeEnd(i); j < end; j++ {
		if n := &t.nodes[j]; !n.text && n.tag == atom.H1 {
			if t.headlines.names(t.inlineText(j)) {
				return j
			}
			j = t.subtreeEnd(j) - 1
		}
	}
	return none
}

// inBoilerplateApart reports whether an ancestor of block i that does not also hold
// block first, the chosen text, is marked as boilerplate of a kind that holds no
// standfirst (see leadAncestorKinds). A box around both is no box beside the story: a
// story's own <article> whose class names an ad slot ("article ad-container") holds
// its standfirst as it holds its body.
func (t *tree) inBoilerplateApart(i, first int32) bool {
	for p := t.nodes[i].parent; p != none; p = t.nodes[p].parent {
		if t.nodes[p].kinds&leadAncestorKinds != 0 && !t.isAncestor(p, first) {
			return true
		}
	}
	return false
}

// rescueBeforeBody runs rescue on the roots from the one that holds the most text:
// a selection may open with a small block (a byline's box, a share bar) above the
// standfirst, and a standfirst is sought between the headline and the body, not
// above whatever block comes first. What rescue adds goes right before the body.
func (t *tree) rescueBeforeBody(roots []int32, rescue func([]int32) []int32) []int32 {
	k := 0
	for j, r := range roots {
		if t.nodes[r].units > t.nodes[roots[k]].units {
			k = j
		}
	}
	if k == 0 {
		return rescue(roots)
	}
	body := rescue(roots[k:])
	if len(body) == len(roots)-k {
		return roots
	}
	for _, r := range roots[:k] {
		if t.isAncestor(r, body[0]) || t.isAncestor(body[0], r) {
			return roots // the blocks above the body hold it already
		}
	}
	if t.holdsOpening(roots[:k], leadPrefix(t.inlineText(body[0]))) {
		return roots
	}
	out := make([]int32, 0, len(roots)+1)
	out = append(out, roots[:k]...)
	return append(out, body...)
}

// Bodies that open on a sub-heading: a story's text opens with its intro, and a
// chosen body whose first text is a sub-heading's has left the intro behind, between
// the headline and the body, in a block of its own with no name for it. The
// paragraphs of sentences found there join the text.

// openingMaxUnits bounds the paragraphs brought in before a body that opens on a
// sub-heading: an intro of a few paragraphs, no more.
const openingMaxUnits = 1600

// openingGapUnits bounds the text between the last of those paragraphs and the body:
// a label or a button's word. A block of its own between them (a grid of products, a
// box of links) parts the paragraphs from the body, as a shop's category intro is
// parted from the guide under its grid.
const openingGapUnits = standfirstMinUnits

// rescueOpening prepends to roots the paragraphs (<p> of sentences with next to no
// links, outside boilerplate and figures) between the page's headline and the first
// root, when that root's first text is a sub-heading's and the root does not hold them.
// It stops at a sub-heading, which opens a box of its own (a work's "Summary", "Key
// takeaways"). A story by its og:type alone may be a shop's category page (see
// looseStory), whose intro sits above its grid and is the category rules' business
// (see categoryIntro).
func (t *tree) rescueOpening(roots []int32) []int32 {
	if len(roots) == 0 || len(t.headlines) == 0 || t.looseStory {
		return roots
	}
	first := roots[0]
	ft := t.nodes[first].firstText
	if ft == none {
		return roots
	}
	sub := false
	for p := t.nodes[ft].parent; p != none && p != first; p = t.nodes[p].parent {
		sub = sub || isSubheading(t.nodes[p].tag)
	}
	if !sub {
		return roots
	}
	h := none
	for i := int32(1); i < first; i++ {
		if b := &t.nodes[i]; b.tag == atom.H1 && !b.text && t.headlines.names(t.inlineText(i)) {
			h = i
		}
	}
	if h == none || t.isAncestor(h, first) {
		return roots
	}
	var parts []int32
	units, between := int32(0), int32(0)
	for j := t.subtreeEnd(h); j < first; j++ {
		n := &t.nodes[j]
		if n.text {
			between += n.units
			continue
		}
		if isSubheading(n.tag) && !t.isAncestor(j, first) {
			break // a box of its own ("Summary", "Notes") under its heading
		}
		if n.tag != atom.P || t.isAncestor(j, first) {
			continue
		}
		s := t.inlineText(j)
		if n.units >= standfirstMinUnits && n.linkDensity() < siblingMaxLinks && isSentence(s) && !opensWithFirstName(s, t.authors) &&
			!t.inBoilerplateApart(j, first) && !t.inFigure(j) && n.kinds&boilerKinds == 0 {
			parts = append(parts, j)
			units += n.units
			between = 0
			j = t.subtreeEnd(j) - 1
		}
	}
	if len(parts) == 0 || units > openingMaxUnits {
		return roots
	}
	return append(parts, roots...)
}
