package winnow

import "golang.org/x/net/html"

// Heading links drawn as buttons: an accordion built on links (Bootstrap's collapse,
// "<a class=accordion__button data-toggle=collapse href=#q1><h3>How do you learn
// it?</h3></a>") or a card whose title is its link carries a button class, yet what it
// holds is a heading: a question or a title over the text it opens, not a call to act
// ("Get a quote").

// maxHeadingLinkNodes bounds the nodes looked at inside a link for its heading.
const maxHeadingLinkNodes = 24

// wrapsHeading reports whether a heading (h2 to h6, or of role heading) is among n's
// first maxHeadingLinkNodes descendants.
func wrapsHeading(n *html.Node) bool {
	seen := 0
	for d := range n.Descendants() {
		if seen++; seen > maxHeadingLinkNodes {
			return false
		}
		if d.Type == html.ElementNode && (isSubheading(d.DataAtom) || isARIAHeading(d)) {
			return true
		}
	}
	return false
}
