package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Tab panels: a landing page, a product's or a service's page shows its features in
// tabs, one panel of prose per tab, and marks each panel with the ARIA role tabpanel.
// Themes name the panels after the tab bar that switches them ("filter-menu-tabs-…",
// "tab-nav-panel"), words that read as navigation; the role says what the element is.

// tabPanelMaxLinks: a panel of prose holds a link or two ("Learn more"); a tab bar's
// menu is all links.
const tabPanelMaxLinks = 0.2

// tabPanelLevels is how far up the role is looked for: a panel's inner wrapper
// ("panel-item-container") is named after the tab bar as well.
const tabPanelLevels = 2

// tabPanel reports whether block i, which its class or id alone marks as navigation, is
// a tab's panel of prose or a wrapper inside one (role tabpanel, see tabPanelLevels),
// with a paragraph at least and little link text, and so content. The tag of a <nav>
// is believed; so is a panel on a thread, whose tabs switch its furniture.
func (t *tree) tabPanel(i int32) bool {
	b := &t.nodes[i]
	if t.discussion || b.kinds&boilerKinds != 1<<cueNav || b.tag == atom.Nav || b.tag == atom.Aside ||
		b.paras == 0 || b.linkDensity() >= tabPanelMaxLinks {
		return false
	}
	for level := 0; i != none && level <= tabPanelLevels; level++ {
		if strings.EqualFold(attr(t.nodes[i].n, "role"), "tabpanel") {
			return true
		}
		i = t.nodes[i].parent
	}
	return false
}

// Accordions: a page of questions and answers (a service's FAQ, a course's syllabus)
// sets each question in a heading whose link opens its answer below it (see
// toggleAttrs). Such a heading is no teaser's title, and the question with its answer
// no teaser card (see isCard).

// togglesPanel reports whether block i (a question's heading, a block of questions)
// holds links and every one of them is a control that opens a panel of the page (see
// isToggle).
func (t *tree) togglesPanel(i int32) bool {
	links := 0
	only := true
	t.walk(i, func(j int32) bool {
		if c := &t.nodes[j]; !c.text && c.tag == atom.A {
			links++
			only = t.isToggle(j)
		}
		return only
	})
	return links > 0 && only
}

// testimonialControls are the kinds of furniture whose words a carousel of customer
// quotes shares with share buttons and menus: its cards "follow up" one another
// ("follow" names share buttons), its arrows are its "nav".
const testimonialControls = 1<<cueShare | 1<<cueNav

// testimonialBox reports whether block i is a box of customer quotes (its class or id
// names testimonials, see testimonialWords) that a word of its carousel's controls
// marks as furniture too (see testimonialControls): keptByKind keeps a box of quotes
// that its testimonial word alone marks, and this one is no less a box of quotes.
func (t *tree) testimonialBox(i int32) bool {
	k := t.nodes[i].kinds & boilerKinds
	return k&(1<<cueComments) != 0 && k&^(1<<cueComments|testimonialControls) == 0 && t.hasAttrWord(i, testimonialWords)
}

// featureCard reports whether link a, which wraps an image, is a card of a service's
// grid of features (its title and a sentence, see cardLink) on a page that declares
// itself no story, shop, product or discussion: there a card's link leads to more
// about a part of what the page offers.
func (t *tree) featureCard(a int32) bool {
	return !t.story && !t.shop && !t.product && !t.discussion && t.cardLink(a)
}
