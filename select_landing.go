package winnow

import "golang.org/x/net/html/atom"

// Section headers: "header" names the site's masthead, a block of navigation, and the
// class and tag vocabulary files it so (see classTokens, tagKinds). But a landing page,
// a service's page, a manual is a stack of sections, and themes name the top of each
// section after it too ("section-header", "PageSection_header", "card-header", a
// <header> inside a <section>): a heading and the sentence or two that open the section.
// Such a header says what the page says; a masthead is the site's name and its menu,
// mostly links.

// headerWords are the class and id words of a header.
var headerWords = map[string]bool{"header": true}

const (
	// sectionHeaderMaxLinks: a section's header may hold a button; a masthead is mostly
	// its menu's links.
	sectionHeaderMaxLinks = 0.2
	// sectionHeaderMaxUnits bounds a section's header: a heading and an intro. A larger
	// "header" block is a layout wrapper of its own (a mega-menu, a header with a feed).
	sectionHeaderMaxUnits = 800
	// sectionIntroUnits: the header says this much besides its heading, a sentence;
	// a header of a heading and a sort menu or a count ("2 Answers") is furniture.
	sectionIntroUnits = 40
)

// headsSection reports whether block i, which its "header" class or tag alone marks as
// navigation, is a section's header: it holds a sub-heading, a sentence besides it and
// little link text, on a page that declares itself neither a story (a story's header is
// its byline's place, which the lead and byline rules judge) nor a discussion (a post's
// header is its author's name and counts); a story by its og:type alone may be a landing
// page (see sectionMarked).
func (t *tree) headsSection(i int32) bool {
	b := &t.nodes[i]
	if b.units > sectionHeaderMaxUnits || b.linkDensity() >= sectionHeaderMaxLinks || !t.sectionMarked(i) {
		return false
	}
	// The header holds a sub-heading and an intro beside it; an <h1> is the page's
	// headline, whose block the hero and lead rules judge (see rescueHero).
	var headed int32
	h1 := false
	t.walk(i, func(j int32) bool {
		switch c := &t.nodes[j]; {
		case c.text:
		case c.tag == atom.H1:
			h1 = true
			return false
		case isSubheading(c.tag):
			headed += c.units
		}
		return true
	})
	return !h1 && headed > 0 && b.units-headed >= sectionIntroUnits
}

// droppedUnits returns the text and link units of the blocks that pruning dropped
// inside root: a wide root (a landing page's whole layout) holds its menus and footer
// until they are pruned, and the page's content is what is left.
func (t *tree) droppedUnits(root int32) (units, links int32) {
	end := t.subtreeEnd(root)
	for j := root + 1; j < end; {
		b := &t.nodes[j]
		if b.drop != keep && b.drop != dropButton {
			// A call button left out of the text still tells the page's kind (see
			// dropCallButtons): its link counts as if kept.
			units += b.units
			links += b.linkUnits
			j = t.subtreeEnd(j)
			continue
		}
		j++
	}
	return units, links
}

// headerMarked reports whether block i is marked as navigation by a header alone: its
// only boilerplate cue is navigation, it is no <nav> or <aside>, and it is a <header> or
// a class or id names it a header. On a story (its header is its byline's place, which
// the lead rules judge) or a discussion (a post's header is its author's name) it never
// is. headsSection, componentHeader and heroHeader each ask it, then what their kind of
// header holds.
func (t *tree) headerMarked(i int32) bool {
	b := &t.nodes[i]
	if t.story || t.discussion || b.kinds&boilerKinds != 1<<cueNav || b.tag == atom.Nav || b.tag == atom.Aside {
		return false
	}
	return b.tag == atom.Header || t.hasAttrWord(i, headerWords)
}
