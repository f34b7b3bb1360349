package winnow

import "golang.org/x/net/html/atom"

// This file holds the rules for the boxes that a boilerplate heading opens ("Related",
// "Mới nhất", "Artikel teilen"): which kind of box a block's first line names, the
// list a heading heads as its sibling, and the wrappers where a label's box ends and the
// article goes on.

// headingKind looks at the text that opens block i (its first line, when that line is
// short) and reports the kind of box such a heading names, and whether it is strong.
func (t *tree) headingKind(i int32) (cueKind, bool) {
	b := &t.nodes[i]
	if b.firstText == none {
		return cueNone, false
	}
	// The heading is the block-level element around the first text, if short.
	h := t.nodes[b.firstText].parent
	for h != i && !t.nodes[h].block {
		h = t.nodes[h].parent
	}
	short := t.nodes[h].units <= maxHeadingRunes
	if !short && h != i && t.runInLabel(h, b.firstText) {
		return cueNone, false // the label of a line of prose ("Weather: The climate …")
	}
	if h == i && t.nodes[i].units > maxHeadingRunes {
		// The block's first line is its own running text: not a heading.
		if t.nodes[i].ownUnits > maxHeadingRunes {
			return cueNone, false
		}
	}
	// The text looked up depends on h and the first text alone: the wrappers judged
	// one inside the other around one heading read it once.
	if key := [2]int32{h + 1, b.firstText + 1}; key != t.headAsked {
		var s string
		if short {
			s = t.inlineText(h)
		} else {
			s = t.nodes[b.firstText].n.Data
		}
		t.headAsked, t.headKind = key, lookupHeading(s)
	}
	k := t.headKind
	return k, strongHeadingKinds[k]
}

// isHeadingOnly reports whether block i is itself a heading, with nothing under it.
func (t *tree) isHeadingOnly(i int32) bool {
	b := &t.nodes[i]
	return b.units <= maxHeadingRunes && b.paras <= 1
}

// dropListAfter drops the link-heavy blocks that follow a dropped boilerplate heading:
// "<h2>Related</h2><ul>…</ul>" where the list is the heading's sibling.
func (t *tree) dropListAfter(h int32) {
	for s := t.nodes[h].next; s != none; s = t.nodes[s].next {
		b := &t.nodes[s]
		if b.text {
			if b.units > 0 {
				return
			}
			continue
		}
		if b.units == 0 {
			continue
		}
		if b.tag == atom.P && b.units >= shortLineUnits && b.linkDensity() <= linkDenseBlock && !t.opensWithLink(s) {
			// A paragraph of prose, a few of its words linked, is the article going
			// on after a box's label ("Advertising"), not the box's list. One that
			// opens with its link is a teaser: a headline and its excerpt.
			return
		}
		if b.linkDensity() > headedBoxLinks || t.isCardList(s) {
			b.drop = dropHeading
			continue
		}
		return
	}
}

// opensWithLink reports whether the first words of block i are a link's: its first
// child with any text is an <a>, or opens with one.
func (t *tree) opensWithLink(i int32) bool {
	for c := t.nodes[i].first; c != none; {
		n := &t.nodes[c]
		if n.units == 0 {
			c = n.next
			continue
		}
		if n.tag == atom.A {
			return true
		}
		if n.text {
			return false
		}
		c = n.first
	}
	return false
}

// labelKinds are the kinds of box whose heading is a label over buttons ("Share",
// "Artikel teilen"), never over prose of their own. Not an ad's label ("Anzeige",
// "Advertisement"): an advertorial's prose follows it.
var labelKinds = [numCueKinds]bool{cueShare: true}

// proseAfterLabel reports whether block i, opened by a label in one of its children,
// holds a paragraph of prose in a later child: the article goes on in the same wrapper
// after the share bar or the ad slot, and the block is judged child by child. Wrappers
// that hold all of i's text are looked through.
func (t *tree) proseAfterLabel(i int32) bool {
	first := t.nodes[i].firstText
	c := none
	for w := i; ; w = c {
		c = first
		for c != none && t.nodes[c].parent != w {
			c = t.nodes[c].parent
		}
		if c == none || t.nodes[c].text {
			return false
		}
		if t.nodes[c].units < t.nodes[w].units {
			break
		}
	}
	for s := t.nodes[c].next; s != none; s = t.nodes[s].next {
		if t.nodes[s].text || t.nodes[s].units < headedProseUnits {
			continue
		}
		found := false
		t.walk(s, func(j int32) bool {
			n := &t.nodes[j]
			found = n.tag == atom.P && n.units >= headedProseUnits && n.linkDensity() <= headedBoxLinks
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
