package winnow

import (
	"strings"

	"golang.org/x/net/html"
)

// Entries titled by a link: a directory of podcasts, a page of search results or a
// curated reading list prints each entry as a line that is its title, linked to the
// entry's page, and a paragraph that describes it, the two side by side in one column,
// entry after entry ("<div class=title><a>Name</a></div><p>What it is about…</p>").
// Read alone, each title line is all link and the link-density rule would take it for a
// menu; the descriptions then stand without the names they describe. A menu's links do
// not alternate with paragraphs of prose, and a box of related posts is judged as a
// box before its lines are; a run of such pairs is the entries themselves.

const (
	// entryTitleMaxUnits bounds an entry's title line: a name or a headline, not a
	// block of links.
	entryTitleMaxUnits = 200
	// entryProseUnits is the least text of the block after a title that makes it the
	// entry's description: a sentence, not a date or a button's label.
	entryProseUnits = 40
	// minEntryPairs is how many title and description pairs of one title shape make a
	// run of entries (as many as a list needs to be one, see minItems).
	minEntryPairs = minItems
)

// entryTitles returns the shape (tag and class, see sameShape) of the title lines of
// the entries among parent's children (see entryPair), when minEntryPairs of them
// share it; or nil. It looks at each child once.
func (t *tree) entryTitles(parent int32) *html.Node {
	var counts map[string]int
	for c := t.nodes[parent].first; c != none; c = t.nodes[c].next {
		if !t.entryPair(c) {
			continue
		}
		n := t.nodes[c].n
		key := n.Data + "\x00" + attr(n, "class")
		if counts == nil {
			counts = map[string]int{}
		}
		counts[key]++
		if counts[key] >= minEntryPairs {
			return n
		}
	}
	return nil
}

// entryPair reports whether block c is a title line followed by its description: a
// short block mostly of links (see entryTitleMaxUnits, linkDenseBlock) whose next
// element is a block of prose with few links (see entryProseUnits).
func (t *tree) entryPair(c int32) bool {
	b := &t.nodes[c]
	if b.text || b.units == 0 || b.units > entryTitleMaxUnits || b.linkDensity() <= linkDenseBlock {
		return false
	}
	s := t.nextElement(c)
	if s == none {
		return false
	}
	d := &t.nodes[s]
	if !d.block || d.units < entryProseUnits || d.linkDensity() > linkDenseBlock {
		return false
	}
	// A pointer to another story set between an article's paragraphs ("[Read more:
	// …]") is no entry's title, however many the article holds.
	return !hasReadAlsoPrefix(strings.TrimLeft(t.inlineText(c), entryLineOpeners))
}

// entryLineOpeners are the brackets a pointer line may open with before its label.
const entryLineOpeners = "[( "

// entryTitle reports whether block c, a child whose parent's entry titles have the
// shape model (see entryTitles), is one of those titles.
func (t *tree) entryTitle(c int32, model *html.Node) bool {
	return model != nil && sameShape(t.nodes[c].n, model) && t.entryPair(c)
}
