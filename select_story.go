package winnow

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
	if !t.story || b.text || b.units == 0 || !t.hasAttrWord(i, testimonialWords) {
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
