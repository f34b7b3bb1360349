package winnow

import "golang.org/x/net/html/atom"

// This file holds a rule of sibling gathering (see gatherSiblings): where to look for
// the blocks that belong beside the chosen one.

// soleWrapper returns the outermost ancestor of best that holds nothing but best's
// text, below <body>: themes wrap an article's body in a few layers of fields and
// items ("field-name-body > field-items > field-item"), and the standfirst or intro
// that belongs with it sits beside the outermost layer, where gatherSiblings looks.
// On a listing, a spread page or a discussion the blocks beside the choice are judged
// by their own rules (an item's text beside a listing's, a reply beside a post), and
// best stays where it is.
func (t *tree) soleWrapper(best int32) int32 {
	if t.spread || t.listed || t.discussion {
		return best
	}
	for p := t.nodes[best].parent; p != none && p != t.body && t.nodes[p].tag != atom.Html &&
		t.nodes[p].units == t.nodes[best].units; p = t.nodes[p].parent {
		best = p
	}
	return best
}
