package winnow

import (
	"strings"
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
	if b.linkUnits > 0 || b.units == 0 || b.units > componentHeaderMaxUnits {
		return false
	}
	return t.headerMarked(i) && t.headsBody(i) && !t.countsList(i)
}

// heroHeader reports whether block i, which its "header" class or tag alone marks as
// navigation, is the page's hero inside the chosen container: the page's headline (an
// <h1>) and the sentences that say what the page offers, with a button at most (see
// heroHeaderMax, heroMinUnits, sectionHeaderMaxLinks). rescueHero brings in such a block
// when it lies outside the container; inside it, the class word alone would drop it.
// A story's header is its byline's place, which the lead rules judge; a story by its
// og:type alone may be a landing page (see sectionMarked), whose hero says more than a
// byline (see heroMinUnits).
func (t *tree) heroHeader(i int32) bool {
	b := &t.nodes[i]
	if b.units > heroHeaderMax(b) || b.linkDensity() >= sectionHeaderMaxLinks || !t.sectionMarked(i) {
		return false
	}
	var h1 int32
	t.walk(i, func(j int32) bool {
		if c := &t.nodes[j]; !c.text && c.tag == atom.H1 {
			h1 += c.units
			return false
		}
		return true
	})
	return h1 > 0 && b.units-h1 >= heroMinUnits
}

// countsList reports whether block i's text opens with a number, as a list's count does
// ("2 Answers", "15 comments", "3 results"): the header of a thread's replies or of a
// list of results, furniture that the list's own rules judge.
func (t *tree) countsList(i int32) bool {
	s := t.inlineText(i)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// headsBodyLevels is how many wrappers that hold nothing but the header it looks out
// of for the body: an accordion's button inside its <h3>, a table's title inside its
// <caption>.
const headsBodyLevels = 2

// headsBody reports whether block i is followed by an element of text, the body it
// heads; a header alone in its wrapper (see headsBodyLevels) heads what follows the
// wrapper.
func (t *tree) headsBody(i int32) bool {
	units := t.nodes[i].units
	for level := 0; i != none && level <= headsBodyLevels; level++ {
		if s := t.nextElement(i); s != none {
			return t.nodes[s].units > 0
		}
		i = t.nodes[i].parent
		if i == none || t.nodes[i].units != units {
			return false
		}
	}
	return false
}

const (
	// cardLinkUnits is the least text of a link that is a whole card: a feature's name
	// and a sentence about it. A menu's item is a name of a few words.
	cardLinkUnits = 40
	// cardLinkParts: a card's link holds its title and its description as separate
	// pieces of text (a heading or a span each); a long link title is one piece.
	cardLinkParts = 2
	// minCardLinks is how many card links make a grid of features.
	minCardLinks = 2
	// cardLinkShare is the share of the block's link text that card links hold: the
	// rest is a button or two ("See all features").
	cardLinkShare = 0.7
)

// toggleAttrs are the attributes of a link that works as a control: it opens the panel
// it names (an accordion's question, a tab), and leads nowhere.
var toggleAttrs = map[string]bool{
	"aria-expanded": true, "aria-controls": true, "data-toggle": true, "data-bs-toggle": true,
}

// servicePartLinks reports whether link-dense block i is one of a service page's own
// parts, whose links are no navigation: an accordion's question whose link toggles its
// answer (see toggleAttrs), or a grid of feature cards, each card one link that holds a
// title and a sentence about it (see cardLinkUnits). A page that declares itself a
// story is left alone: its cards are teasers of other stories; so are a shop's cards
// of a shop.
func (t *tree) servicePartLinks(i int32) bool {
	if t.discussion {
		return false
	}
	if t.story {
		// A story by its og:type alone (see looseStory) may be a landing page: its
		// accordion's toggles lead nowhere all the same (see togglesPanel).
		return t.looseStory && t.togglesPanel(i)
	}
	b := &t.nodes[i]
	if b.inLink {
		return !t.shop && !t.product && t.inCardGrid(i)
	}
	var cards, cardUnits, toggles, links int32
	end := t.subtreeEnd(i)
	for j := i + 1; j < end; j++ {
		a := &t.nodes[j]
		if a.text || a.tag != atom.A || a.units == 0 {
			continue
		}
		links++
		if t.isToggle(j) {
			toggles++
		} else if t.cardLink(j) {
			cards++
			cardUnits += a.units
		}
		j = t.subtreeEnd(j) - 1
	}
	if links > 0 && toggles == links {
		return true
	}
	// A shop's cards are its products, each a name and a price: teasers of other pages.
	return !t.shop && !t.product && cards >= minCardLinks && float32(cardUnits) >= cardLinkShare*float32(b.linkUnits)
}

// inCardGrid reports whether block i lies inside a card link (see cardLinkUnits) that
// has a card link of the same tag beside it: the title or the description of one card
// in a grid of feature cards, judged part by part.
func (t *tree) inCardGrid(i int32) bool {
	a := t.nodes[i].parent
	for a != none && t.nodes[a].tag != atom.A {
		a = t.nodes[a].parent
	}
	if a == none || !t.cardLink(a) {
		return false
	}
	if s := t.nextElement(a); s != none && t.nodes[s].tag == atom.A && t.cardLink(s) {
		return true
	}
	for s := t.nodes[t.nodes[a].parent].first; s != none && s != a; s = t.nodes[s].next {
		if t.nodes[s].next == a || t.nextElement(s) == a {
			return t.nodes[s].tag == atom.A && t.cardLink(s)
		}
	}
	return false
}

// cardLink reports whether link a is a whole card: a title and a sentence about it.
func (t *tree) cardLink(a int32) bool {
	return t.nodes[a].units >= cardLinkUnits && t.textParts(a) >= cardLinkParts
}

// isToggle reports whether link i is a control (see toggleAttrs) that points inside the
// page.
func (t *tree) isToggle(i int32) bool {
	n := t.nodes[i].n
	if href := attr(n, "href"); href != "" && href[0] != '#' && !strings.HasPrefix(href, "javascript:") {
		return false
	}
	for _, a := range n.Attr {
		if toggleAttrs[a.Key] {
			return true
		}
	}
	return false
}

// textParts returns how many pieces of text block i holds, up to cardLinkParts.
func (t *tree) textParts(i int32) int {
	parts := 0
	end := t.subtreeEnd(i)
	for j := i + 1; j < end && parts < cardLinkParts; j++ {
		if t.nodes[j].text && t.nodes[j].units > 0 {
			parts++
		}
	}
	return parts
}
