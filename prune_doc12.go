package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// crossRefHeadings are the headings of a reference work's cross-references and its
// references, in the languages of the heading tables, folded as normHeading folds them.
// A manual or an API reference closes a topic with them, as a section of its outline:
// the pages listed there are the topic's own further reading, kept by the reader as part
// of the text.
// Only the cross-reference phrase itself: "Related" and "Read more" name a site's
// teasers, not a document's references.
var crossRefHeadings = map[string]bool{
	"see also": true, "siehe auch": true, "voir aussi": true, "vedi anche": true,
	"véase también": true, "ver también": true, "veja também": true, "zie ook": true,
	"zobacz też": true, "zobacz także": true, "смотрите также": true, "см. также": true,
	"参见": true, "另请参阅": true, "関連項目": true,
	"references": true, "références": true, "referenzen": true, "riferimenti": true,
	"referencias": true, "referências": true, "referenties": true, "źródła": true,
}

// crossRefKept reports whether block c, judged r, opens with a document's
// cross-reference heading (see crossRefHeading): a sub-heading that reads "See also"
// and permalinks to itself, as every heading of a documentation page's outline does,
// or a paragraph that is only the phrase, over a list. The section is kept and judged
// part by part; the heading and its list are kept whole (see crossRefWhole). A "See
// also" box of a story or a shop is a bare heading over teasers, with no anchor of its
// own, and stays boilerplate; so does a line that links after the phrase ("See also:
// <a>…</a>"), a teaser of the site.
func (t *tree) crossRefKept(c int32, r dropReason) bool {
	if r != dropHeading && r != dropLinkDense {
		return false
	}
	h := t.opener(c)
	return h != c && h != none && t.crossRefHeading(h)
}

// crossRefWhole reports whether block c, judged r, is a document's cross-reference
// heading or the list of references right after it (after the heading, or after the
// wrapper that holds only the heading, as a <summary> does), kept whole: the list's
// items are its links, the heading's link its permalink.
func (t *tree) crossRefWhole(c int32, r dropReason) bool {
	if r != dropHeading && r != dropLinkDense {
		return false
	}
	if tag := t.nodes[c].tag; tag != atom.Ul && tag != atom.Ol && tag != atom.Dl {
		return t.crossRefHeading(c)
	}
	p := t.prevElement(c)
	if p == none || t.nodes[p].units > maxHeadingRunes {
		return false
	}
	h := t.opener(p)
	return h != none && t.crossRefHeading(h)
}

// opener returns the block around the first text of block c, c itself at most: the
// heading that opens it, when c opens with one.
func (t *tree) opener(c int32) int32 {
	b := &t.nodes[c]
	if b.firstText == none {
		return none
	}
	h := t.nodes[b.firstText].parent
	for h != c && h != none && !t.nodes[h].block {
		h = t.nodes[h].parent
	}
	return h
}

// crossRefHeading reports whether block h reads as a document's cross-references (see
// crossRefHeadings) and heads them as a document does: a sub-heading with its
// permalink, or a paragraph of the phrase alone right over a list (a manual's or an
// answer's references written by hand, the title of a boxed "See also" note).
func (t *tree) crossRefHeading(h int32) bool {
	b := &t.nodes[h]
	if b.units > maxHeadingRunes || !isSubheading(b.tag) && b.tag != atom.P {
		return false
	}
	if !crossRefHeadings[normHeading(t.inlineText(h))] {
		return false
	}
	if b.tag == atom.P {
		n := t.nextElement(h)
		return n != none && (t.nodes[n].tag == atom.Ul || t.nodes[n].tag == atom.Ol || t.nodes[n].tag == atom.Dl)
	}
	return t.permalinked(h)
}

// permalinked reports whether heading h holds a link to its own anchor ("<h2
// id=see-also><a href=#see-also>"): the permalink a documentation generator gives every
// heading of the outline. Any link elsewhere makes it no permalinked heading; an anchor
// with no href is no link.
func (t *tree) permalinked(h int32) bool {
	found, other := false, false
	t.walk(h, func(j int32) bool {
		if n := t.nodes[j].n; t.nodes[j].tag == atom.A && n.Type == html.ElementNode {
			href := strings.TrimSpace(attr(n, "href"))
			switch {
			case href == "":
				// An anchor the permalink points at ("<a id=see-also>"), no link.
			case len(href) > 1 && href[0] == '#' && t.idNear(h, href[1:]):
				found = true
			default:
				other = true
			}
		}
		return !other
	})
	return found && !other
}
