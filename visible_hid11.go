package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some hidden text is the page's own, shown in place by a click: the answer under a
// question, the other panels of a set of tabs. collapsedPanel knows the panels that say
// so by their role, by the class names of the common kits or by the control before them;
// revealedPanel knows a few more by the words of their class or id, whatever separators
// join them ("faq__answer", "tab__content", "tabContent").

// revealWords are the class and id words (split as valueHasWord splits them, the words
// of a compound joined too) of a block the reader opens in place: the answer under a
// question ("answer"), a tab's panel ("tab__content", "tabPane", "tab-panel"). Words of
// blocks that hold a second copy of visible text ("expandable", "read more": the full
// text beside its visible cut) are left out, as the copy would repeat it.
var revealWords = map[string]bool{
	"answer": true, "tabcontent": true, "tabpane": true, "tabpanel": true,
}

// revealedPanel reports whether a hidden element n, of the given kinds, is a panel the
// reader opens in place: its class or id holds one of revealWords. A hidden element
// that carries a boilerplate cue (a menu, a dialog, a cookie notice) is not one. Only
// hidden elements are asked, so the test costs nothing on the visible bulk of a page.
func revealedPanel(n *html.Node, kinds uint32) bool {
	if kinds&boilerKinds != 0 || n.DataAtom == atom.Template || n.DataAtom == atom.Dialog {
		return false
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && valueHasWord(a.Val, revealWords) {
			return true
		}
	}
	return afterToggle(n)
}

// afterToggle reports whether the element before n is, or holds among its first
// maxControlNodes nodes, a disclosure's toggle (see isToggle), whose aria-expanded a
// script flips as it shows the block after it (the WAI-ARIA disclosure pattern: "Show
// the methodology", "Read the full terms").
func afterToggle(n *html.Node) bool {
	p := n.PrevSibling
	for p != nil && p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" {
		p = p.PrevSibling
	}
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	if isToggle(p) {
		return true
	}
	seen := 0
	for c := range p.Descendants() {
		if seen++; seen > maxControlNodes {
			return false
		}
		if c.Type == html.ElementNode && isToggle(c) {
			return true
		}
	}
	return false
}

// isToggle reports whether n is a disclosure's toggle: it has aria-expanded, and no
// aria-haspopup, which marks the button of a menu, a cart or a dialog that opens over the
// page, not in it.
func isToggle(n *html.Node) bool {
	popup := attr(n, "aria-haspopup")
	return hasAttr(n, "aria-expanded") && (popup == "" || strings.EqualFold(popup, "false"))
}
