package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Script notices: a page built by scripts (a shop's app, a single-page site) prints,
// inside <noscript>, a line for readers whose browser runs none: "You need to enable
// JavaScript to run this app", "Bitte aktivieren Sie JavaScript". A reader with scripts
// never sees it, and it is no content. The word "JavaScript" is the same in every
// language that writes in Latin letters, and most others borrow it, so it tells the
// notice without a list of phrases; a <noscript> that holds a page's real fallback (an
// article, a table) is long, and stays.

// scriptNoticeRunes is the longest text of a notice: a sentence or two.
const scriptNoticeRunes = 300

// isScriptNotice reports whether n is a <noscript> whose text is a short notice that
// names JavaScript (see scriptNoticeRunes).
func isScriptNotice(n *html.Node) bool {
	if n.DataAtom != atom.Noscript {
		return false
	}
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				if b.Len() > 4*scriptNoticeRunes {
					return false
				}
			case html.ElementNode:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	if !walk(n) {
		return false
	}
	s := strings.TrimSpace(b.String())
	return s != "" && utf8.RuneCountInString(s) <= scriptNoticeRunes &&
		strings.Contains(strings.ToLower(s), "javascript")
}
