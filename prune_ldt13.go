package winnow

import (
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// Item titles on a listing page. When the chosen block is a list of items (t.listed)
// and no story, each item opens with its title, and the title is a link to the item:
// a headline, a paper's or a post's name. Alone in its box (the headline with its
// source, its author and its date beside it) it reads as link-dense as a menu; but a
// menu is several short links, where a title is one long link of words that holds
// most of its box's linked text, and reads as a name, not a sentence.
const (
	// itemTitleMinUnits: a title is a phrase of several words, longer than any menu
	// entry or button ("Read more", "Reply", a user's name).
	itemTitleMinUnits = 25
	// itemTitleMinWords: … and at least this many words (a URL or a product code is
	// one "word").
	itemTitleMinWords = 3
	// itemTitleLinkShare: the title link's share of the box's linked text. A box of
	// several titles (a "popular posts" list) shares its links out.
	itemTitleLinkShare = 0.6
	// itemTitleLetters: the share of the title's non-space runes that are letters; a
	// price or a count link ("-32% EUR 14.86", "(513)") is no title.
	itemTitleLetters = 0.8
	// itemTitleMaxUnits bounds the box: a title with a byline and a date, a teaser
	// card at most.
	itemTitleMaxUnits = maxCardUnits
)

// listedTitle reports whether link-dense block i is the title of an item on a
// listing page (see the constants above), content rather than navigation. A link or
// a box that ends a sentence ("Explore ways to …", "… it's that easy!") is a card's
// call to action, not an item's title.
func (t *tree) listedTitle(i int32) bool {
	b := &t.nodes[i]
	if !t.listed || t.story || b.units > itemTitleMaxUnits || b.linkUnits < itemTitleMinUnits {
		return false
	}
	var longest int32
	a := none
	t.walk(i, func(j int32) bool {
		if n := &t.nodes[j]; n.tag == atom.A && n.units > longest {
			longest, a = n.units, j
		}
		return true
	})
	if longest < itemTitleMinUnits || float32(longest) < float32(b.linkUnits)*itemTitleLinkShare {
		return false
	}
	s := strings.TrimSpace(t.inlineText(a))
	if whole := strings.TrimSpace(t.inlineText(i)); strings.HasSuffix(whole, ".") || strings.HasSuffix(whole, "!") {
		return false
	}
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.Contains(s, "://") || len(strings.Fields(s)) < itemTitleMinWords {
		return false
	}
	letters, all := 0, 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			all++
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return float32(letters) >= float32(all)*itemTitleLetters
}
