package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Server diagnostics: a PHP site that shows its errors prints each one into the page
// where it happened, as "<b>Warning</b>:  Use of undefined constant … in
// <b>/path/file.php</b> on line <b>23</b><br />". A broken plugin in a sidebar can print
// dozens of them, whose words then outweigh the article. They are never content: the
// mass count takes their text as bad (see sumMass).

// diagLabels are the words PHP prints in bold before the colon of a diagnostic.
var diagLabels = map[string]bool{
	"Warning": true, "Notice": true, "Deprecated": true, "Fatal error": true,
	"Parse error": true, "Strict Standards": true, "Catchable fatal error": true,
}

// diagUnits returns the text, in units, of the PHP diagnostics among n's children: each
// runs from its bold label to the next line break, and names the file and line where it
// happened (a bold "Warning:" in prose names none).
func diagUnits(n *html.Node) int32 {
	var sum int32
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.B || c.FirstChild == nil || c.FirstChild != c.LastChild ||
			c.FirstChild.Type != html.TextNode || !diagLabels[c.FirstChild.Data] {
			continue
		}
		next := c.NextSibling
		if next == nil || next.Type != html.TextNode || !strings.HasPrefix(next.Data, ":") {
			continue
		}
		var units int32
		located := false // PHP ends each with the place: "in <b>file</b> on line <b>N</b>"
		for d := c; d != nil && d.DataAtom != atom.Br; d = d.NextSibling {
			units += nodeUnits(d)
			located = located || d.Type == html.TextNode && strings.Contains(d.Data, " on line ")
		}
		if located {
			sum += units
		}
	}
	return sum
}

// nodeUnits returns the text of n and its descendants, in units.
func nodeUnits(n *html.Node) int32 {
	if n.Type == html.TextNode {
		u, _ := textUnits(n.Data)
		return u
	}
	var sum int32
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += nodeUnits(c)
	}
	return sum
}
