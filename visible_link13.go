package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Redundant links: a teaser card links its picture, its title and its summary to the
// same story, and a page that cares for screen readers and keyboards keeps all but one
// of these links out of their way with aria-hidden="true" and tabindex="-1". Such a
// link is still shown on screen, and when it wraps a summary of its own, that summary
// is the teaser's text, not a hidden element. aria-hidden alone, without tabindex="-1",
// still hides (an icon, a screen-reader-free copy of a heading), and so does a
// redundant link whose text is short (a footnote's number, "Read more") or a copy of a
// sibling's (the card's title, printed twice for two layouts).

// redundantMinRunes is the least text that a redundant link must wrap to be shown: a
// sentence of a summary, longer than a footnote's marker, a "Read more" or a short
// label.
const redundantMinRunes = 40

// redundantLink reports whether n is a link that aria-hidden keeps from screen readers
// but that the page shows with a summary of its own (see the file's comment): an
// <a href> with tabindex="-1" that wraps at least redundantMinRunes of text found in
// none of its nearest siblings (see besideCopy), or of its parent's when it fills its
// parent.
func redundantLink(n *html.Node) bool {
	if n.DataAtom != atom.A || n.Parent == nil {
		return false
	}
	href, untabbed := false, false
	for _, a := range n.Attr {
		switch a.Key {
		case "href":
			href = true
		case "tabindex":
			untabbed = strings.TrimSpace(a.Val) == "-1"
		}
	}
	if !href || !untabbed {
		return false
	}
	own := strings.Join(strings.Fields(nodeText(n)), " ")
	if utf8.RuneCountInString(own) < redundantMinRunes {
		return false
	}
	at := n
	if onlyElement(n) && n.Parent.Parent != nil {
		at = n.Parent // the link fills its paragraph: the title is beside that
	}
	return !besideCopy(at, own)
}

// redundantNeighbours is how many element siblings on each side of a redundant link
// are read for a copy of its text: a card's title is beside its links, never far.
const redundantNeighbours = 3

// onlyElement reports whether n is its parent's only child element.
func onlyElement(n *html.Node) bool {
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != n && s.Type == html.ElementNode {
			return false
		}
	}
	return true
}

// besideCopy reports whether one of the redundantNeighbours element siblings on either
// side of n holds the text own.
func besideCopy(n *html.Node, own string) bool {
	for _, next := range []func(*html.Node) *html.Node{
		func(s *html.Node) *html.Node { return s.PrevSibling },
		func(s *html.Node) *html.Node { return s.NextSibling },
	} {
		seen := 0
		for s := next(n); s != nil && seen < redundantNeighbours; s = next(s) {
			if s.Type != html.ElementNode {
				continue
			}
			seen++
			if strings.Contains(strings.Join(strings.Fields(nodeText(s)), " "), own) {
				return true // a copy of the title beside it
			}
		}
	}
	return false
}
