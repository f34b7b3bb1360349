package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Post cards: on a forum thread every post carries a card beside its words, the
// poster's rank and figures ("Joined", "Messages: 1,077", "Reaction score", "Location"),
// and lines of the engine's ("Report", "Original Poster", "# helpful votes"). Engines
// write them in markup of their own, but their labels come back, word for word, in
// every post, where the posts' own words do not: a short line of a discussion that
// repeats in most of its posts is the card's label, not a reply. The poster's name,
// a link to the profile, is left: readers quote it with the post.

const (
	// cardLineMaxUnits bounds a card's line: a label and its value ("Join Date: Aug
	// 2008"), a rank, a figure. A reply of a sentence is longer.
	cardLineMaxUnits = 32
	// cardMinRepeats: a card's label comes back at least this many times; fewer is a
	// phrase two replies happen to share.
	cardMinRepeats = 3
	// cardRepeatShare: a card's label comes back at least this share as often as the
	// most repeated line of the thread (the label every post carries). A short reply
	// said again by a few posters ("+1", "Same here") is not in most posts.
	cardRepeatShare = 0.5
	// cardLabelMaxRunes bounds the label before a colon ("Join Date:", "Posts:") by
	// which a line with a value of its own is known.
	cardLabelMaxRunes = 16
	// cardMaxUnits bounds a card: the name, a rank, a few labels with their values, an
	// avatar's caption.
	cardMaxUnits = 300
)

// subjectMaxUnits bounds a post's subject line: a thread's title and a reply prefix.
const subjectMaxUnits = 2 * unitsPerPoint

// subjectPrefix sets the keys of subject lines apart from the card's (see cardKey).
const subjectPrefix = "\x00"

// cardFigures is the key of a line of figures alone: a card's value ("1,077", "5")
// when it stands beside the card's labels.
const cardFigures = "#"

// cardLine is a short line of a discussion and the key its repeats share.
type cardLine struct {
	i   int32
	key string
}

// dropPostCards drops, inside the chosen roots of a discussion, the lines of the posts'
// cards (see cardLineMaxUnits, cardRepeatShare), and the value after each label of a
// description list ("<dt>Joined</dt><dd>Feb 8, 2023</dd>").
func (t *tree) dropPostCards(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	var lines []cardLine
	counts := map[string]int32{}
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for i := r; i < end; {
			b := &t.nodes[i]
			if b.drop != keep || b.tag == atom.Pre || b.tag == atom.Blockquote {
				i = t.subtreeEnd(i)
				continue
			}
			if t.isCardLine(i) {
				k := cardKey(t.lowerText(i))
				if k != "" {
					lines = append(lines, cardLine{i, k})
					counts[k]++
				}
				i = t.subtreeEnd(i)
				continue
			}
			if t.isSubjectLine(i) {
				k := subjectPrefix + t.lowerText(i)
				lines = append(lines, cardLine{i, k})
				counts[k]++
				i = t.subtreeEnd(i)
				continue
			}
			i++
		}
	}
	// The most repeated label sets the bar; figures alone ("1,077" under "Posts")
	// come several to a card, and are held to the labels' bar.
	var most int32
	for k, n := range counts {
		if k != cardFigures {
			most = max(most, n)
		}
	}
	var labels []cardLine
	for _, l := range lines {
		if n := counts[l.key]; n >= cardMinRepeats && float32(n) >= float32(most)*cardRepeatShare || isMemberStat(l.key) {
			labels = append(labels, l)
		}
	}
	for k, l := range labels {
		if !strings.HasPrefix(l.key, subjectPrefix) && !t.engineLine(l.i, counts[l.key], most) && !t.inCard(labels, k) {
			continue
		}
		t.nodes[l.i].drop = dropCard
		if t.nodes[l.i].tag == atom.Dt {
			for s := t.nextElement(l.i); s != none && t.nodes[s].tag == atom.Dd; s = t.nextElement(s) {
				t.nodes[s].drop = dropCard
			}
		}
	}
}

// inCard reports whether labels[k] stands in a card: the smallest element around it
// that holds more than the line, or else the smallest that holds another of the
// labels next to it in the page, is small (see cardMaxUnits) and holds no prose. A
// repeated line among a post's words ("Hi", "Output:" over a program's output) has
// prose around it.
func (t *tree) inCard(labels []cardLine, k int) bool {
	l := labels[k]
	units := t.nodes[l.i].units
	for p := t.nodes[l.i].parent; p != none && t.nodes[p].units <= cardMaxUnits; p = t.nodes[p].parent {
		end := t.subtreeEnd(p)
		near := k > 0 && labels[k-1].i >= p && labels[k-1].key != l.key ||
			k+1 < len(labels) && labels[k+1].i < end && labels[k+1].key != l.key
		if t.nodes[p].units == units && !near {
			continue
		}
		if !t.holdsProse(p) {
			return true
		}
		if near {
			return false
		}
		units = t.nodes[p].units
	}
	return false
}

// holdsProse reports whether any block in p's subtree reads as prose (see prose).
func (t *tree) holdsProse(p int32) bool {
	end := t.subtreeEnd(p)
	for j := p; j < end; j++ {
		if t.nodes[j].prose() > 0 {
			return true
		}
	}
	return false
}

// isSubjectLine reports whether block i is a heading that links nowhere but within the
// page: a post's subject line ("Re: <the thread's title>", linked to the post's
// anchor), which an engine repeats over every reply. Repeated word for word, it is the
// engine's, whatever prose stands beside it; a poster's name links to a profile.
func (t *tree) isSubjectLine(i int32) bool {
	b := &t.nodes[i]
	return isSubheading(b.tag) && b.units > 0 && b.ownUnits == b.units && b.units <= subjectMaxUnits &&
		t.linksWithin(i)
}

// linksWithin reports whether every link in block i leads to an anchor of the page.
func (t *tree) linksWithin(i int32) bool {
	only := true
	t.walk(i, func(j int32) bool {
		if n := t.nodes[j].n; t.nodes[j].tag == atom.A && n.Type == html.ElementNode {
			href := strings.TrimSpace(attr(n, "href"))
			only = href == "" || href[0] == '#'
		}
		return only
	})
	return only
}

// isCardLine reports whether block i is a line a post's card could hold: a block
// whose text is all its own, short, and not a link (the poster's name is one).
func (t *tree) isCardLine(i int32) bool {
	b := &t.nodes[i]
	return !b.text && b.block && b.units > 0 && b.ownUnits == b.units && b.units <= cardLineMaxUnits &&
		b.ownLink*2 < b.ownUnits && b.tag != atom.Td && b.tag != atom.Th
}

// cardKey returns the key by which the repeats of a card's line are known, from its
// text in lower case: the label before a colon ("join date:" of "Join Date: Aug
// 2008"), else the text with its figures as "#" ("# helpful votes"). A line of
// figures alone gives "", as figures alone repeat by chance.
func cardKey(s string) string {
	if c := strings.IndexAny(s, ":："); c > 0 && utf8.RuneCountInString(s[:c]) <= cardLabelMaxRunes {
		return s[:c+1]
	}
	var b strings.Builder
	letters, digits := false, false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		case r == ',' || r == '.':
			if digits {
				continue
			}
		case unicode.IsLetter(r):
			letters = true
		}
		digits = false
		b.WriteRune(r)
	}
	if !letters && !digits {
		return ""
	}
	return b.String()
}

// replyForms reports whether the page's forms with a field to write into are for
// replies (see judgeBox): it is a discussion, whose reply box ("Your Answer", a
// text area and its button) follows the posts.
func (t *tree) replyForms() bool {
	return t.keepComments || t.discussion
}
