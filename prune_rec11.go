package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// cueMisread reports whether block i, which a boilerplate word of its class, id or tag
// would drop (see judge), is part of the page's own text that the word only styles:
// the link or span inside a sub-heading (see partOfHeading), or the header of a card
// that is one link (see linkedCardHeader).
func (t *tree) cueMisread(i int32) bool {
	return t.partOfHeading(i) || t.linkedCardHeader(i) || t.gridItemCue(i)
}

// partOfHeading reports whether block i sits right inside a sub-heading: the permalink
// a documentation theme wraps around every heading's text (<h3><a class="header"
// href="#id">), or a span styled "title-nav". A sub-heading's classes do not drop it
// (see judge), and the element that holds its text is the heading as much.
func (t *tree) partOfHeading(i int32) bool {
	p := t.nodes[i].parent
	return p != none && isSubheading(t.nodes[p].tag) && t.nodes[p].units == t.nodes[i].units
}

// linkedCardHeader reports whether block i is the header of a card that is one link
// ("listing__header" inside <a class="card">): the title line of a job, a product or a
// story in a listing. componentHeader asks a header for no link, since a masthead always
// links (the logo home, the menu); inside a link there can be no other link, so the
// card's own link says nothing of a masthead. A header that opens with a count ("3
// results") is still a list's furniture (see countsList).
func (t *tree) linkedCardHeader(i int32) bool {
	b := &t.nodes[i]
	if !b.inLink || b.tag == atom.A || b.units == 0 || b.units > componentHeaderMaxUnits {
		return false
	}
	return t.headerMarked(i) && !t.countsList(i)
}

// rankMaxDigits bounds the number that ranks an item of a list in the text ("12.",
// "IV."): a year or a price is longer.
const rankMaxDigits = 3

// rankedHeading reports whether sub-heading i heads an item of a ranked list in the
// article ("3. <a>Amazon Lex</a>", "II. <a>Text-to-Speech</a>"): its text opens with an
// ordinal that stands outside its link, and it stands among the article's paragraphs
// (see minSectionParas). A listicle links each item it ranks to the thing it names; the
// number it writes before the link is the article's, where a menu's or a teaser's link
// is all its text. The item's prose may follow a picture, a line of facts or the end
// of the theme's block, so headsProse does not see it.
func (t *tree) rankedHeading(i int32) bool {
	b := &t.nodes[i]
	if !isSubheading(b.tag) || b.linkUnits == 0 || b.linkUnits >= b.units {
		return false
	}
	if p := b.parent; p == none || t.nodes[p].paras < minSectionParas {
		return false
	}
	return opensWithRank(t.inlineText(i))
}

// opensWithRank reports whether s opens with an ordinal and its stop: one to
// rankMaxDigits digits, or a Roman numeral of up to four letters, then "." or ")"
// (a space may come before it), then more text that does not go on with a digit.
func opensWithRank(s string) bool {
	s = strings.TrimSpace(s)
	n := 0
	for n < len(s) && n <= rankMaxDigits && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 {
		for n < len(s) && n <= 4 && strings.IndexByte("IVX", s[n]) >= 0 {
			n++
		}
	}
	if n == 0 || n > rankMaxDigits && s[0] >= '0' && s[0] <= '9' || n > 4 {
		return false
	}
	rest := strings.TrimLeft(s[n:], " ")
	if rest == "" || rest[0] != '.' && rest[0] != ')' {
		return false
	}
	// "10.5 kg" is a measure, not a rank.
	rest = rest[1:]
	return strings.TrimSpace(rest) != "" && (rest[0] < '0' || rest[0] > '9')
}
