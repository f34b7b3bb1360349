package winnow

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Captions in a story: a picture's caption (a figure's <figcaption>) describes the
// picture beside the story and credits its maker; readers of a news story's text leave it out with the picture, and a caption
// repeats, in short, what the paragraphs around it tell. Three kinds of figures keep it:
// a figure that is a table or a code listing, whose caption is its title and part of the
// text; a figure of a gallery or a slideshow, whose captions are the set's content; and
// the captions of a page made mostly of them (captionMaxShare), a photo page.

// captionMaxShare is the largest share of the chosen text the captions may hold and be
// dropped: beyond it the pictures are the page's content, as on a photo essay.
const captionMaxShare = 0.25

// dropFigureCaptions drops, inside the chosen text of a story, the captions of its
// figures (see the comment above). A discussion, a listing and a spread page keep them.
func (t *tree) dropFigureCaptions(roots []int32) {
	if !t.story || t.keepComments || t.discussion || t.spread || t.listed {
		return
	}
	var caps []int32
	var units int32
	total := t.rootsUnits(roots)
	t.visitKept(roots, func(i int32, b *blk) bool {
		if b.tag != atom.Figcaption || b.units == 0 {
			return false
		}
		f := t.figureOf(i)
		if f == none || t.figureHoldsText(f) || t.inGallery(f) {
			return false
		}
		caps = append(caps, i)
		units += b.units
		return true
	})
	if len(caps) == 0 || float32(units) > captionMaxShare*float32(total) {
		return
	}
	for _, i := range caps {
		t.nodes[i].drop = dropCredit
	}
}

// figureOf returns the <figure> that holds block i within figureDepth levels, or none.
func (t *tree) figureOf(i int32) int32 {
	for p, lvl := t.nodes[i].parent, 0; p != none && lvl < figureDepth; p, lvl = t.nodes[p].parent, lvl+1 {
		if t.nodes[p].tag == atom.Figure {
			return p
		}
	}
	return none
}

// figureHoldsText reports whether figure f is a table or a code listing, whose caption
// titles text of the story.
func (t *tree) figureHoldsText(f int32) bool {
	end := t.subtreeEnd(f)
	for j := f + 1; j < end; j++ {
		switch t.nodes[j].tag {
		case atom.Table, atom.Pre, atom.Code:
			return true
		}
	}
	return false
}

// inGallery reports whether figure f lies in an element whose class or id names a
// gallery (see namesGallery), or holds a set of pictures itself.
func (t *tree) inGallery(f int32) bool {
	if holdsSet(t.nodes[f].n) {
		return true
	}
	for p := t.nodes[f].parent; p != none && p != t.body; p = t.nodes[p].parent {
		n := t.nodes[p].n
		if n.Type == html.ElementNode && (namesGallery(attr(n, "class")) || namesGallery(attr(n, "id"))) {
			return true
		}
	}
	return false
}
