package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Labelled controls: a link or a button whose accessible name is set by aria-label
// ("4.7 out of 5 stars, 58,483 ratings", a card link named by its title) hides the text
// it shows from screen readers with aria-hidden, so that the name is not read twice. The
// text is on the screen all the same: aria-hidden hides from readers of speech, not of
// the page.

// ariaLabelLevels is how far up from an aria-hidden element its labelled control is
// looked for: the stars of a rating sit in an icon inside the link, a card's text in a
// wrapper or two inside it.
const ariaLabelLevels = 3

// ariaLabelMaxRunes: a control's name is a phrase or a title; a longer label describes
// a picture drawn in markup (browser windows, a chart), whose parts it speaks instead and
// which are no text of the page.
const ariaLabelMaxRunes = 120

// shownUnderLabel reports whether n, hidden by aria-hidden, shows text that an ancestor's
// aria-label speaks instead (see ariaLabelLevels). An element labelled itself is a
// dialog or an overlay that aria-hidden closes, and is not asked.
func shownUnderLabel(n *html.Node) bool {
	p := n.Parent
	for level := 0; p != nil && p.Type == html.ElementNode && level < ariaLabelLevels; level++ {
		if l := strings.TrimSpace(attr(p, "aria-label")); l != "" {
			return utf8.RuneCountInString(l) <= ariaLabelMaxRunes
		}
		p = p.Parent
	}
	return false
}

// Spoken twins: a price, a rating or a date is often printed twice side by side, once for
// the eye with aria-hidden ("$34") and once for screen readers in a class that hides it
// from sight ("Sale price: $34", see readerOnlyClasses). The aria-hidden copy is the one
// on the screen.

// readerOnlyClasses are the class names that hide an element from sight but not from
// screen readers (Tailwind's "sr-only", WordPress's "screen-reader-text", …).
var readerOnlyClasses = map[string]bool{
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true, "screen-reader-text": true,
	"screenreader-only": true,
}

// besideReaderCopy reports whether an element next to n (skipping white space) carries a
// class of readerOnlyClasses: n, hidden by aria-hidden, is the copy for the eye.
func besideReaderCopy(n *html.Node) bool {
	for _, s := range [2]*html.Node{n.PrevSibling, n.NextSibling} {
		for s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			if s == n.PrevSibling {
				s = s.PrevSibling
			} else {
				s = s.NextSibling
			}
		}
		if s == nil || s.Type != html.ElementNode {
			continue
		}
		for _, w := range strings.Fields(attr(s, "class")) {
			if readerOnlyClasses[strings.ToLower(w)] {
				return true
			}
		}
	}
	return false
}
