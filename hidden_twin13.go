package winnow

import (
	"strings"

	"golang.org/x/net/html"
)

// maxTwinSiblings bounds how far along its siblings a hidden element looks for a shown
// twin: the panels of a switcher (one per tab or category) sit side by side, a few to
// a dozen.
const maxTwinSiblings = 12

// twinPanel reports whether a hidden element n is one of a switcher's panels: a sibling
// of the same tag shows, and its classes are n's but for the hiding class ("list" shown,
// "list hidden" beside it). Tabs that swap lists by category, pricing by period or
// steps by audience hide every panel but the first with a class; the hidden ones are
// the page's text as much as the shown one, a click away. A hidden menu or dialog has
// no shown twin of the same classes; a hidden copy of a shown block (one per screen
// size) goes as a repeat (see dropRepeats).
func twinPanel(n *html.Node) bool {
	cls := attr(n, "class")
	if !hasHiddenClass(cls) {
		return false
	}
	key := shownClasses(cls)
	if key == "" {
		return false
	}
	seen := 0
	for _, next := range [2]bool{false, true} {
		for s := sibling(n, next); s != nil && seen < maxTwinSiblings; s = sibling(s, next) {
			if s.Type != html.ElementNode {
				continue
			}
			seen++
			if s.DataAtom == n.DataAtom && s.Data == n.Data && !hiddenAttrs(s) && shownClasses(attr(s, "class")) == key {
				return true
			}
		}
	}
	return false
}

func sibling(n *html.Node, next bool) *html.Node {
	if next {
		return n.NextSibling
	}
	return n.PrevSibling
}

// shownClasses returns the class tokens of v other than the hiding ones, joined by
// single spaces.
func shownClasses(v string) string {
	var b strings.Builder
	for _, f := range strings.Fields(v) {
		if isHiddenToken(f) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}
