package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Streamed renders: a server that renders a page in parts (React's streaming render, as
// Next.js and other frameworks use it) sends the page's shell first, with an empty
// template where each late part goes ("<template id="B:0">"), and the parts afterwards,
// at the end of the document, each parked in a hidden block ("<div hidden id="S:0">").
// A script sent with a part moves it into its place at once, so that the reader sees it
// where its template stood. The article of such a page is often one of those parts. The
// side table takes a part in at its template, as the reader sees it: there it has the
// cues of its place (a part whose place is a sidebar is the sidebar's), and the hidden
// block at the end of the page, now empty for the reader, stays out.

// Prefixes of the ids of a streamed render: the parked part ("S:"), and the two kinds of
// template it fills, a boundary ("B:", the place of a part that was late) and a
// placeholder ("P:", a part inside a part). The number after the prefix, in lower-case
// hexadecimal, pairs a template with its part: the render numbers them alike.
const (
	segmentPrefix     = "S:"
	boundaryPrefix    = "B:"
	placeholderPrefix = "P:"
)

// streamedParts indexes the parked parts of a streamed render by their number, and
// remembers which of them the walk placed at their template.
type streamedParts struct {
	read  bool                  // the page was looked at for parts
	parts map[string]*html.Node // parts by number, until placed
	moved map[*html.Node]bool   // parts placed at their template
}

// place returns the parked part that template tmpl, a child of an element in the side
// table, stands for, or nil. body is the page's <body>, whose children the parts are;
// it is looked at once, on the first template that names a part. Each part is placed
// once, which also ends a part that names its own template.
func (s *streamedParts) place(tmpl, body *html.Node) *html.Node {
	num, ok := partNumber(attr(tmpl, "id"), boundaryPrefix)
	if !ok {
		if num, ok = partNumber(attr(tmpl, "id"), placeholderPrefix); !ok {
			return nil
		}
	}
	if !s.read {
		s.read = true
		s.index(body)
	}
	part := s.parts[num]
	if part == nil {
		return nil
	}
	delete(s.parts, num)
	if s.moved == nil {
		s.moved = make(map[*html.Node]bool)
	}
	s.moved[part] = true
	return part
}

// index gathers the parked parts among body's children.
func (s *streamedParts) index(body *html.Node) {
	if body == nil {
		return
	}
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Div || !hasAttr(c, "hidden") {
			continue
		}
		if num, ok := partNumber(attr(c, "id"), segmentPrefix); ok {
			if s.parts == nil {
				s.parts = make(map[string]*html.Node)
			}
			s.parts[num] = c
		}
	}
}

// placed reports whether n is a part that the walk took in at its template.
func (s *streamedParts) placed(n *html.Node) bool { return s.moved[n] }

// partNumber returns the number of id when id is prefix followed by a lower-case
// hexadecimal number.
func partNumber(id, prefix string) (string, bool) {
	num, ok := strings.CutPrefix(id, prefix)
	if !ok || num == "" {
		return "", false
	}
	for i := 0; i < len(num); i++ {
		if c := num[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return "", false
		}
	}
	return num, true
}
