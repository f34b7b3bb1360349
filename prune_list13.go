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

// Run mates: a run of entries of one tag and class (an index's title lines, a list's
// items) is judged one block at a time, and link density cuts at a fixed share: an entry
// whose title is long beside its date and author crosses it while its mates, alike in
// every other way, stay. An entry is content or furniture as its run is: a block dropped
// as link-dense, with text of its own outside its links, whose run mates mostly stayed,
// stays with them.

// runMatesMin is how many mates of one shape, kept, make a run that vouches for a block:
// a pair of alike blocks is no list.
const runMatesMin = 2

// runMatesScan bounds how many siblings are looked at for each block, so that a long list of links
// (a sitemap's thousand items) costs no more than a glance.
const runMatesScan = 64

// keepRunMates restores, among the children of parent that pruneChildren has judged,
// the blocks dropped as link-dense that their run mates outvote (see the comment
// above), and prunes inside them.
func (t *tree) keepRunMates(parent, total int32) {
	nodes := t.nodes
	for c := nodes[parent].first; c != none; c = nodes[c].next {
		b := &nodes[c]
		if b.text || b.drop != dropLinkDense || !b.block || b.units-b.linkUnits < listedItemOwnUnits ||
			t.unitsAfterLink(c) < listedItemOwnUnits {
			continue
		}
		kept, dropped, seen := 0, 0, 0
		for s := nodes[parent].first; s != none && seen < runMatesScan; s = nodes[s].next {
			seen++
			sb := &nodes[s]
			if s == c || sb.text || sb.n.Type != b.n.Type || !sameShape(sb.n, b.n) {
				continue
			}
			switch sb.drop {
			case keep:
				kept++
			case dropLinkDense:
				dropped++
			}
		}
		if kept >= runMatesMin && kept > dropped {
			b.drop = keep
			t.pruneChildren(c, total)
		}
	}
}

// unitsAfterLink returns the text of block i outside links that follows its first link:
// an entry's date, author or summary after its linked title. A label before a link
// ("Read more: <a>…</a>", "Find out more at <a>…</a>") has none.
func (t *tree) unitsAfterLink(i int32) int32 {
	var after int32
	seen := false
	t.walk(i, func(j int32) bool {
		b := &t.nodes[j]
		if b.inLink {
			seen = true
		} else if seen && b.text {
			after += b.units
		}
		return true
	})
	return after
}
