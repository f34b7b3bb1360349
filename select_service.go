package winnow

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Service pages: a company's or a product's landing page is a stack of sections (a
// hero, features, plans, questions, quotes, a call to action), and themes name those
// sections with words that read as boilerplate on a story. The pruning rules already
// keep some of them (see keptByKind, headsSection); the rules here let the choice of
// the container by prose mass see them as prose too, so that a page whose text sits in
// such sections is not reduced to the one plain paragraph beside them.

// massKept reports whether block i, which a class word marks as boilerplate, is
// content to the choice by prose mass (see markBoiler): a hero banner that states the
// page's offer in sentences (see keptByKind). Without it the banner's prose counts as
// bad text and the choice settles on a stray paragraph outside it.
func (t *tree) massKept(i int32) bool {
	return t.nodes[i].kinds&boilerKinds == 1<<cueSponsored && t.keptByKind(i)
}

// componentHeaderMaxUnits bounds a component's header: a title, a question, a price
// line. A masthead with a tagline and a menu says more.
const componentHeaderMaxUnits = 300

// componentHeader reports whether block i, which its "header" class or tag alone marks
// as navigation, is the header of one of the page's own components: a card's title, an
// accordion's question, a feature module's heading, a price table's plan line
// ("card-header", "accordion__itemHeader", "module__header"). Themes name the top of
// every component so, and headsSection keeps only those with a sub-heading and an
// intro. A masthead always links (the logo home, the menu); a component's header holds
// no link, says little, counts no list (see countsList) and heads the component's
// body, the element after it (see headsBody).
func (t *tree) componentHeader(i int32) bool {
	b := &t.nodes[i]
	if t.story || t.discussion || b.kinds&boilerKinds != 1<<cueNav || b.tag == atom.Nav || b.tag == atom.Aside ||
		b.linkUnits > 0 || b.units == 0 || b.units > componentHeaderMaxUnits {
		return false
	}
	return (b.tag == atom.Header || t.hasAttrWord(i, headerWords)) && t.headsBody(i) && !t.countsList(i)
}

// countsList reports whether block i's text opens with a number, as a list's count does
// ("2 Answers", "15 comments", "3 results"): the header of a thread's replies or of a
// list of results, furniture that the list's own rules judge.
func (t *tree) countsList(i int32) bool {
	s := t.inlineText(i)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// headsBody reports whether block i is followed by an element of text, the body it
// heads; a header alone in a heading (an accordion's button inside its <h3>) heads what
// follows the heading.
func (t *tree) headsBody(i int32) bool {
	if s := t.nextElement(i); s != none {
		return t.nodes[s].units > 0
	}
	if p := t.nodes[i].parent; p != none && isSubheading(t.nodes[p].tag) && t.nodes[p].units == t.nodes[i].units {
		s := t.nextElement(p)
		return s != none && t.nodes[s].units > 0
	}
	return false
}
