package winnow

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wrapsPage reports whether a <noscript> in the body holds a page's worth of markup,
// which the metadata walk then reads: a template that opens a wrapper for readers
// without scripts ("<noscript><div class=nojs></noscript>") leaves, to a parser with
// scripting off, the <noscript> open around the rest of the page, its article and its
// date inside; forum engines that render with scripts serve the thread itself, posts
// and authors, inside a <noscript>. Other <noscript>s hold a tracking pixel, a message
// or a lazy image, which the metadata skips.
func wrapsPage(n *html.Node) bool {
	if n.Parent == nil || n.Parent.DataAtom == atom.Head {
		return false
	}
	count := 0
	var walk func(*html.Node) bool
	walk = func(p *html.Node) bool {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if count++; count >= minWrappedElems || walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// minWrappedElems is how many elements make a <noscript> a wrapper of the page: far
// more than a pixel, a message or a fallback image hold.
const minWrappedElems = 200
