package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// This file holds the rule for the author's biography that closes many articles: the
// writer's name, a role ("Contributing Writer") and a paragraph that starts with the name
// ("Rebecca Norris is a freelance writer who …"). The page's metadata names the author,
// which gives the box away in any language, whatever its markup.

const (
	// bioTailLines is how many of the last lines with text are looked at: a name, a
	// role, a paragraph or two, and perhaps a link to the writer's other posts.
	bioTailLines = 6
	// bioMaxUnits bounds a biography's paragraph: a few sentences.
	bioMaxUnits = 8 * unitsPerPoint
	// bioLabelUnits bounds a short line of an author box: the name, a role, a link.
	bioLabelUnits = 60
)

// dropAuthorBio drops, among the last lines of the chosen text, the author's biography:
// a paragraph that opens with the name of one of the article's authors and goes on with a
// sentence ("Rebecca Norris is a freelance writer …"), together with the box around it
// that holds its name and role, or a block that is such a box by itself (see namedTwice). A biography that stands alone among the article's
// paragraphs, in no box of its own, is left: there it is the article's own closing line.
// Only a page that declares itself an article is looked at.
func (t *tree) dropAuthorBio(roots []int32) {
	names := bioNames(t.authors)
	if len(names) == 0 || t.keepComments || !t.story {
		// In a discussion, the lines that open with the author's name are the
		// author's own posts ("Travis Johnson wrote: …").
		return
	}
	seen := 0
	for k := len(roots) - 1; k >= 0 && seen < bioTailLines; k-- {
		r := roots[k]
		if t.nodes[r].drop != keep {
			continue
		}
		for j := t.subtreeEnd(r) - 1; j >= r && seen < bioTailLines; j-- {
			b := &t.nodes[j]
			if b.text || !b.block || b.ownUnits == 0 || t.droppedWithin(j, r) {
				continue
			}
			seen++
			if b.tag == atom.Li || b.units > bioMaxUnits {
				continue
			}
			text := t.plainText(j)
			if namedTwice(text, names) {
				// The block is the box: the name over a biography that repeats it.
				b.drop = dropBio
			} else if opensBio(text, names) {
				if box := t.bioBox(j, r); box != none {
					t.nodes[box].drop = dropBio
				}
			}
		}
	}
}

// bioBoxMaxUnits bounds an author box: the biography, the name, a role and a link or two.
const bioBoxMaxUnits = bioMaxUnits + 3*bioLabelUnits

// bioBox returns the box around biography j below root r: its largest ancestor within
// bioBoxMaxUnits, when that ancestor holds more than the biography (the name, a role).
// It returns none when the biography stands alone.
func (t *tree) bioBox(j, r int32) int32 {
	box := j
	for p := t.nodes[j].parent; p != none && p != r && t.nodes[p].units <= bioBoxMaxUnits; p = t.nodes[p].parent {
		box = p
	}
	if t.nodes[box].units <= t.nodes[j].units {
		return none
	}
	return box
}

// bylineName returns the name an author's byline gives, without the letters after a
// comma ("Rebecca Lake, CEPF®"), and its words.
func bylineName(a string) (string, []string) {
	a, _, _ = strings.Cut(a, ",")
	a = strings.TrimSpace(a)
	return a, strings.Fields(a)
}

// bioNames returns the names a biography may open with: each author's full name, without
// the letters after a comma ("Rebecca Lake, CEPF®"). A one-word byline is left out.
func bioNames(authors []string) []string {
	var names []string
	for _, a := range authors {
		a, words := bylineName(a)
		if len(words) < 2 {
			continue // a one-word byline ("infuy", "Human") is a handle, not a name
		}
		names = append(names, a)
	}
	return names
}

// bioPrefixes open the line that names the writer of a biography.
var bioPrefixes = []string{"written by", "about the author", "by ", "von ", "par ", "por ", "di "}

// opensBio reports whether text is a biography's line: a sentence that opens with an
// author's full name (after a "Written by", if any) and goes on in lower case
// ("Karina Cohen is the owner …"). Names match whatever their case.
func opensBio(text string, names []string) bool {
	s := strings.TrimLeft(strings.TrimSpace(text), "(")
	for _, p := range bioPrefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			s = strings.TrimSpace(s[len(p):])
		}
	}
	for _, n := range names {
		if len(s) < len(n) || !strings.EqualFold(s[:len(n)], n) {
			continue
		}
		rest := strings.TrimLeft(s[len(n):], " ,")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// bioNameWindow is how far into a block the second mention of the name is looked for:
// past the name and a role ("Contributing Writer", "Editor, Running Reviews").
const bioNameWindow = 120

// namedTwice reports whether text opens with an author's full name and names the author
// again soon after: an author box, whose heading is the name and whose biography starts
// with it ("Arricca Elin SanSone Contributing Writer Arricca Elin SanSone is …").
func namedTwice(text string, names []string) bool {
	s := strings.TrimSpace(text)
	for _, n := range names {
		if len(s) < len(n) || !strings.EqualFold(s[:len(n)], n) {
			continue
		}
		rest := s[len(n):]
		if len(rest) > bioNameWindow {
			rest = rest[:bioNameWindow]
		}
		if strings.Contains(strings.ToLower(rest), strings.ToLower(n)) {
			return true
		}
	}
	return false
}
