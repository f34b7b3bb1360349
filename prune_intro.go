package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file keeps what the article's own sentences announce. A writer who lists
// links inside a story introduces them with a sentence that ends in a colon ("Many
// patches were sent for review:", "Voici quelques cours gratuits :", "主な変更点は次の
// とおりです："): the list that follows is what the sentence speaks of, however many
// of its words are links. A menu or a box of related stories has no such sentence
// before it; it has a heading, which the heading rules judge.

// Bounds of an introducing sentence.
const (
	// introMinUnits: a shorter line ending in a colon is a label ("Tags:", "Share
	// this:", "Lire aussi :"), not a sentence. A short sentence still announces
	// ("Here's a selection:", "Sources include:", 15-17 units); a box's longer
	// labels name it ("Related articles:"), which isIntro asks lookupHeading about.
	introMinUnits = 15
	// introMaxUnits: a longer block is a passage of its own, whose last sentence may
	// happen to end in a colon without announcing a list.
	introMaxUnits = 600
)

// introColons are the colons that end an introducing sentence: the ASCII one, the
// full-width one of Chinese and Japanese, and the small and presentation forms.
var introColons = [...]rune{':', '：', '﹕', '︓'}

// introduced reports whether block i is announced by the sentence before it (see
// followsIntro), or is part of a block that is: an item of an announced list, a list
// nested in such an item, or the only element of a wrapper that is announced.
func (t *tree) introduced(i int32) bool {
	for depth := 0; depth < sectionListDepth; depth++ {
		b := &t.nodes[i]
		if b.tag != atom.Li && b.tag != atom.Dt && b.tag != atom.Dd && t.followsIntroOnce(i) {
			// (An item's sentence never announces the next item: items are asked
			// about through their list, which every item of a long list shares.)
			return true
		}
		p := b.parent
		if p == none {
			return false
		}
		switch {
		case b.tag == atom.Li || b.tag == atom.Dt || b.tag == atom.Dd:
		case isListTag(b.tag) && t.nodes[p].tag == atom.Li:
		case t.nodes[p].units == b.units && t.nodes[p].tag != atom.Body:
			// The wrapper holds nothing but i ("<div class=ulist><ul>…").
		default:
			return false
		}
		i = p
	}
	return false
}

// followsIntroOnce is followsIntro, remembered (see listFacts).
func (t *tree) followsIntroOnce(i int32) bool {
	intro, _ := t.listFacts(i)
	return intro
}

// listFacts reports whether block i follows an introducing sentence (see followsIntro)
// and whether it is a list of described items (see isDescribed), remembering the last
// block asked about: every item of a list asks about the list, and the answers cost a
// walk over its items.
func (t *tree) listFacts(i int32) (intro, described bool) {
	if t.listAsked != i+1 {
		t.listAsked = i + 1
		t.listIntro, t.listDescribed = t.followsIntro(i), t.isDescribed(i)
	}
	return t.listIntro, t.listDescribed
}

// followsIntro reports whether the element right before block i introduces it (see
// isIntro), or is the paragraph of a section that list i closes (see closesSection).
func (t *tree) followsIntro(i int32) bool {
	p := t.prevElement(i)
	return p != none && (t.isIntro(p) || t.closesSection(i, p)) && t.listsItems(i) && t.proseAfter(i)
}

// minAnnouncedItems is the least number of items an announced block lists: a sentence
// that ends in a colon before a single link ("Click here to learn more:", "Weiter »")
// calls to an action rather than announcing a list.
const minAnnouncedItems = 2

// minAnnouncedItemUnits is the least text an announced item holds on average: the
// items a story lists are titles, names and sentences, where a row of single words
// ("Apple Music", "Spotify", "YouTube") is a row of buttons to follow.
const minAnnouncedItemUnits = 12

// listsItems reports whether block i, past wrappers that hold nothing else, lists
// several items: elements that each hold text.
func (t *tree) listsItems(i int32) bool {
	for depth := 0; depth < sectionListDepth; depth++ {
		items, only := 0, none
		for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
			if n := &t.nodes[c]; !n.text && n.units > 0 {
				items++
				only = c
			}
		}
		if items != 1 || t.nodes[only].units != t.nodes[i].units {
			return items >= minAnnouncedItems && t.nodes[i].units >= int32(items)*minAnnouncedItemUnits &&
				!t.styledList(i) && !t.jumpsInPage(i)
		}
		i = only
	}
	return false
}

// styledList reports whether block i is a list with a class or an id of its own: a
// box the site's template draws (a magazine's table of contents, a product's
// features), where a list a writer puts in a story has none (see sectionList).
func (t *tree) styledList(i int32) bool {
	n := t.nodes[i].n
	return isListTag(t.nodes[i].tag) && (attr(n, "id") != "" || attr(n, "class") != "" && !t.houseStyleList(i))
}

// jumpsInPage reports whether every link in block i leads to a place on the page
// itself ("#section-2"): a table of contents, which navigates the article rather than
// being a part of it, however it is introduced ("In this article, we'll discuss:").
func (t *tree) jumpsInPage(i int32) bool {
	links := 0
	inPage := true
	t.walk(i, func(j int32) bool {
		if n := t.nodes[j].n; t.nodes[j].tag == atom.A && n.Type == html.ElementNode {
			links++
			href := strings.TrimSpace(attr(n, "href"))
			inPage = href != "" && href[0] == '#'
		}
		return inPage
	})
	return links > 0 && inPage
}

// announcedTailUnits is how much prose must follow an announced list for it to stand
// in the body of the story: about two paragraphs. Less is the story's closing lines,
// or a disclaimer, under a box of further reading.
const announcedTailUnits = 300

// maxTailSiblings bounds the blocks proseAfter looks at on each level: the story's
// prose comes within a few blocks of a list it announces, and a page of a thousand
// announced lists must not cost a thousand looks each.
const maxTailSiblings = 64

// proseAfter reports whether the article goes on after block i with prose of its own
// (good text, see classify), at least announcedTailUnits of it, before the end of the
// chosen root that holds it. A list announced in the body of a story is followed by more of the story; a
// list announced at its end ("Diese Artikel könnten dich ebenfalls interessieren:",
// "You might also enjoy:") is as often the box of further reading under it.
func (t *tree) proseAfter(i int32) bool {
	var good int32
	for a := i; a != none && !t.isRoot(a); a = t.nodes[a].parent {
		seen := 0
		for s := t.nodes[a].next; s != none && seen < maxTailSiblings; s, seen = t.nodes[s].next, seen+1 {
			if good += t.nodes[s].good; good >= announcedTailUnits {
				return true
			}
		}
	}
	return false
}

// isRoot reports whether block i is one of the chosen roots being pruned.
func (t *tree) isRoot(i int32) bool {
	for _, r := range t.roots {
		if r == i {
			return true
		}
	}
	return false
}

// holdsIntroducedList reports whether block i holds, within a few levels, a list that
// the article's own sentence introduces (see followsIntro): i is then a section of the
// article, with a sentence and what it announces, to be judged part by part rather
// than dropped whole for its links.
func (t *tree) holdsIntroducedList(i int32) bool {
	return t.introducedBelow(i, sectionListDepth)
}

func (t *tree) introducedBelow(i int32, depth int) bool {
	if depth == 0 {
		return false
	}
	prev := none
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		n := &t.nodes[c]
		if n.text {
			if n.units > 0 {
				prev = none
			}
			continue
		}
		if prev != none && t.wrapsList(c) && t.isIntro(prev) && t.listsItems(c) && t.proseAfter(c) {
			return true
		}
		if n.units > 0 && t.introducedBelow(c, depth-1) {
			return true
		}
		prev = c
	}
	return false
}

// isIntro reports whether block p is a sentence of the article that introduces what
// follows it: a paragraph of some length, not made of links, whose text ends in a
// colon and names no boilerplate box ("Related:", "Read more:"). A sub-heading that
// ends in a colon ("Top expert recommendations:") introduces as a sentence does: a
// heading that names a section ends without one; a box's heading is one of the
// boilerplate names, and proseAfter asks for the story to go on after the list.
func (t *tree) isIntro(p int32) bool {
	n := &t.nodes[p]
	if !n.block || n.paras > 1 || n.headings > 0 && !isSubheading(n.tag) || n.tag == atom.H1 ||
		n.units < introMinUnits || n.units > introMaxUnits || n.linkDensity() > linkDenseBlock {
		return false
	}
	return endsWithColon(t.lastText(p)) && lookupHeading(t.inlineText(p)) == cueNone
}

// isListTag reports whether a is a list element.
func isListTag(a atom.Atom) bool {
	return a == atom.Ul || a == atom.Ol || a == atom.Dl
}

// lastText returns the text of the last non-blank text node in block i, or "". The
// table is in document order, so it is the last such node before the block's end.
func (t *tree) lastText(i int32) string {
	end := t.nodes[i].next
	for p := t.nodes[i].parent; end == none && p != none; p = t.nodes[p].parent {
		end = t.nodes[p].next
	}
	if end == none {
		end = int32(len(t.nodes))
	}
	for j := end - 1; j > i; j-- {
		if n := &t.nodes[j]; n.text && n.units > 0 {
			return n.n.Data
		}
	}
	return ""
}

// endsWithColon reports whether s ends, past white space, with a colon.
func endsWithColon(s string) bool {
	s = strings.TrimRightFunc(s, isSpaceRune)
	r, _ := utf8.DecodeLastRuneInString(s)
	for _, c := range introColons {
		if r == c {
			return true
		}
	}
	return false
}

// announced reports whether link-dense block i is kept for what the article's own
// sentences say of its links: it is announced itself (see introduced), it is a list
// whose items are described in words of their own (see describedList), or it is a
// section that holds either, to be judged part by part.
func (t *tree) announced(i int32) bool {
	return t.introduced(i) || t.holdsIntroducedList(i) || t.describedList(i) || t.holdsDescribedList(i)
}
