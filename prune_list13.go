package winnow

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Entry lines of an index: a blog's index prints each post as a line of its title, its
// date and its author ("<p class=blogtitle><a>Allocating on the Stack</a>, <span
// class=date>27 February 2026</span> <span class=author>Keith Randall</span>"), over a
// summary. Inside one paragraph the date and the author are an article's metadata, cut
// out of the text as Article.Date and Article.Authors carry them (see metadataDrop);
// in a run of such lines they are each entry's, which no field of the page carries.

// entryLineMinRun is how many sibling paragraphs of one tag and class, each linking its
// title, make a run of entry lines: an article's byline paragraph stands alone.
const entryLineMinRun = 3

// entryLine reports whether inline element i lies in an entry line of an index (see the
// file's comment): its paragraph has a class, holds a link besides i, and is one of at
// least entryLineMinRun siblings of its tag and class that hold a link.
func (t *tree) entryLine(i int32) bool {
	p := t.nodes[i].parent
	if p == none || attr(t.nodes[p].n, "class") == "" || t.nodes[p].linkUnits == 0 ||
		t.nodes[p].linkUnits == t.nodes[i].linkUnits {
		return false
	}
	pn, run := t.nodes[p].n, 1
	for q := pn.PrevSibling; q != nil && run < entryLineMinRun; q = q.PrevSibling {
		if q.Type == pn.Type && sameShape(q, pn) && linksWithin(q) {
			run++
		}
	}
	for q := pn.NextSibling; q != nil && run < entryLineMinRun; q = q.NextSibling {
		if q.Type == pn.Type && sameShape(q, pn) && linksWithin(q) {
			run++
		}
	}
	return run >= entryLineMinRun
}

// linksWithin reports whether element n holds a link with an address.
func linksWithin(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.A && attr(c, "href") != "" || linksWithin(c)) {
			return true
		}
	}
	return false
}
