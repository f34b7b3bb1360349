package winnow

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Headings inside buttons: an accordion often wraps its whole title row in the
// disclosure's button, heading and all ("<button aria-expanded=false><h3>How long
// does it take?</h3><svg…></button>"), the reverse of the WAI-ARIA pattern that
// isHeadingButton reads. A button is a control and stays out of the table, and the
// question went with it while its answer stayed: a FAQ read as answers without their
// questions. A button that holds a heading is the heading's row; the reader reads the
// heading as the title of what the button opens.

// maxHeadingButtonNodes bounds the nodes looked at inside a button: a title row holds
// a heading, an icon and little else; a button that wraps a whole card is no title.
const maxHeadingButtonNodes = 24

// buttonHoldsHeading reports whether c is a button that holds a heading (h2 to h6, or
// an element of role heading) and no text outside it, within its first
// maxHeadingButtonNodes nodes; what no reader reads (an icon's <svg>) is passed over. A button with text beside its heading (a course's code
// and price, "Show 3 more") is a card or a control, not a title row.
func buttonHoldsHeading(c *html.Node) bool {
	if c.DataAtom != atom.Button {
		return false
	}
	seen, heading := 0, false
	for d := c.FirstChild; d != nil; {
		if seen++; seen > maxHeadingButtonNodes {
			return false
		}
		switch {
		case d.Type == html.ElementNode && (isSubheading(d.DataAtom) || isARIAHeading(d)):
			if heading {
				return false // two headings: a card's title and its subtitle
			}
			heading = true
		case d.Type == html.TextNode && strings.TrimSpace(d.Data) != "":
			return false
		case d.FirstChild != nil && !tagInfoOf(d.DataAtom).skip: // an icon's <svg> is read by no one
			d = d.FirstChild
			continue
		}
		for d.NextSibling == nil && d.Parent != c {
			d = d.Parent
		}
		d = d.NextSibling
	}
	return heading
}

// headingRowKinds returns the cue kinds of an element: none for a button that holds a
// heading (see buttonHoldsHeading), whose class names the control ("accordion-toggle",
// "btn"), not what its heading says; kinds for any other.
func headingRowKinds(kinds uint32, headingRow bool) uint32 {
	if headingRow {
		return 0
	}
	return kinds
}

// Permalinks: a heading that links to itself ("<h3 id=setup><a href=#setup>Setup</a>
// </h3>", as documentation generators write each section's title, so that a reader can
// copy its address) is no link to anywhere else. Counted as a link, it made the heading
// all link, and the link-density rule took the section's title for navigation.

// selfAnchorDepth bounds how far above a permalink its heading stands: the heading
// itself, or a span inside it that styles the title ("<h3 id=x><span><a href=#x>").
const selfAnchorDepth = 2

// isSelfAnchor reports whether link a, inside a heading (h1 to h6, or of role
// heading), holds words and points at the fragment that is the heading's own id. A link to its
// wrapper's id is a post's anchor ("Re: …" over each reply), which the thread rules judge.
func isSelfAnchor(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	if len(href) < 2 || href[0] != '#' {
		return false
	}
	if !holdsWord(a) {
		return false // a pilcrow or an icon beside the title ("¶"): other rules read those
	}
	frag := href[1:]
	for p, up := a.Parent, 0; p != nil && p.Type == html.ElementNode && up < selfAnchorDepth; p, up = p.Parent, up+1 {
		if isSubheading(p.DataAtom) || p.DataAtom == atom.H1 || isARIAHeading(p) {
			return attr(p, "id") == frag
		}
	}
	return false
}

// holdsWord reports whether a text node under n holds a letter or a digit.
func holdsWord(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.TextNode && strings.IndexFunc(d.Data, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return true
		}
	}
	return false
}
