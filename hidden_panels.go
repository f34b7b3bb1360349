package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// panelRoles are the ARIA roles of a panel a control opens in place: a tab's panel, and
// the labelled region of an accordion (the WAI-ARIA pattern). Hidden, they are text the
// reader opens by a click, not furniture.
var panelRoles = map[string]bool{"tabpanel": true, "region": true}

// panelWords are the class and id words of a collapsed panel (Bootstrap's "collapse" and
// "tab-pane", the accordions of React and WordPress kits). Matched as parts of a lower-cased
// class or id value. A bare "panel" is left out: side, cart and filter panels are
// furniture, and a tab's panel says so by its role.
var panelWords = []string{"collapse", "accordion", "tab-pane", "tabpane", "tab-content", "tabcontent"}

// collapsedPanel reports whether a hidden element n, of the given kinds, is a panel the
// reader opens in place (a tab panel, an accordion's or a FAQ's collapsed answer): its
// text is the page's, hidden only until a click. A hidden element that carries a
// boilerplate cue (a menu, a dialog, a cookie notice) is not one. Only hidden elements
// are asked, so the test costs nothing on the visible bulk of a page.
func collapsedPanel(n *html.Node, kinds uint32) bool {
	if kinds&boilerKinds != 0 || n.DataAtom == atom.Template {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if panelRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "class", "id":
			v := strings.ToLower(a.Val)
			for _, w := range panelWords {
				if strings.Contains(v, w) {
					return true
				}
			}
		}
	}
	if twinPanel(n) {
		return true
	}
	p := n.PrevSibling
	for p != nil && p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" {
		p = p.PrevSibling
	}
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	return controls(p, attr(n, "id")) || afterDisclosure(p)
}

// maxControlNodes bounds the nodes of a panel's previous sibling searched for its control:
// an accordion's header is a button in a heading or a small bar, never a long subtree.
const maxControlNodes = 32

// controls reports whether p, the element before a hidden panel whose id is id, is or
// holds the control that opens it (aria-controls naming id): the header of an accordion.
func controls(p *html.Node, id string) bool {
	if id == "" {
		return false
	}
	if attr(p, "aria-controls") == id {
		return true
	}
	seen := 0
	for c := range p.Descendants() {
		if seen++; seen > maxControlNodes {
			return false
		}
		if c.Type == html.ElementNode && attr(c, "aria-controls") == id {
			return true
		}
	}
	return false
}

// afterDisclosure reports whether p, the element before a hidden one, is a disclosure's
// control: a button that holds a heading (a FAQ's question). The element after it is the
// answer it opens.
func afterDisclosure(p *html.Node) bool {
	if p.DataAtom != atom.Button {
		return false
	}
	for c := range p.Descendants() {
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}
