package winnow

import "bytes"

// Boxes that are never a story's text. A page that declares itself an article (see
// declaresStory) may still carry the site's own furniture around the story, and some of
// that furniture is prose-rich enough that its class cue is not trusted on its own (see
// trustCue): a carousel of customer quotes in the footer of a clinic's or a law firm's
// blog post holds as many sentences as the post, and the footer around it then counts
// as prose. On a story such boxes are the site's advertising of itself (see keptByKind,
// which keeps them on a service's landing page instead).

// storyBoiler reports whether block i is, on a story, a box of customer quotes inside
// the page's furniture: its class or id names testimonials (see testimonialWords), in the
// singular as well, since a carousel's slides are named one by one ("testimonial
// t-slide"), and an ancestor is a footer, a sidebar or another box marked as
// boilerplate by its class or its tag. Inside the page's main part, testimonials are
// what a landing page says, whatever its og:type (plugins write "article" on every
// page). Only elements that hold text are read, so that the check costs nothing on the
// page's empty wrappers.
func (t *tree) storyBoiler(i int32) bool {
	b := &t.nodes[i]
	if !t.story || b.text || b.units == 0 || !mayNameWords(b, testimonialStem) || !t.hasAttrWord(i, testimonialWords) {
		return false
	}
	for p := b.parent; p != none && p != t.body; p = t.nodes[p].parent {
		a := &t.nodes[p]
		if a.kinds&boilerKinds != 0 && !a.has(cueContent) || isStructuralAside(a) {
			return true
		}
	}
	return false
}

// testimonialStem is the opening that the words of testimonialWords share ("testimon").
var testimonialStem = []byte(sharedOpening(testimonialWords))

// sharedOpening returns the longest opening that all the words of set share.
func sharedOpening(set map[string]bool) string {
	stem, first := "", true
	for w := range set {
		if first {
			stem, first = w, false
			continue
		}
		n := 0
		for n < len(stem) && n < len(w) && stem[n] == w[n] {
			n++
		}
		stem = stem[:n]
	}
	return stem
}

// maxStemLetters bounds the letters of a class or id that mayNameWords reads on the stack.
const maxStemLetters = 256

// mayNameWords reports whether block b's class or id may hold a word that opens with
// stem, as valueHasWord reads words: a word, or a token's words joined, is a run of the
// value's ASCII letters once all else is left out, lower-cased. So when those letters
// do not hold stem, no such word is there, and the value's words need not be looked up
// one by one (most elements of a page name no testimonials).
func mayNameWords(b *blk, stem []byte) bool {
	if b.n == nil || len(stem) == 0 {
		return true
	}
	for _, a := range b.n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		var buf [maxStemLetters]byte
		n := 0
		for k := 0; k < len(a.Val); k++ {
			if c := a.Val[k] | 0x20; 'a' <= c && c <= 'z' {
				if n == len(buf) {
					return true
				}
				buf[n] = c
				n++
			}
		}
		if bytes.Contains(buf[:n], stem) {
			return true
		}
	}
	return false
}
