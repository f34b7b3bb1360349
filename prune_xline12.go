package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"

	"unicode"
	"unicode/utf8"
)

// Rights lines: a short line that carries a copyright notice ("© 2019 Jane Doe" under a
// photograph, "Rhino for Windows © 2010-2018 …", "Photo credit: ©iStock.com/…", "© 2026
// Example, LLC." left over from a footer) credits a picture or states whose the site
// is; it is no sentence of the text, wherever it stands and whatever its label. Over the
// WCXB dev pages, four of five such lines inside the chosen text are left out of the
// reference, on stories, shops, documentation and forums alike. The sign must open a
// notice (a year or a name after it) and stand after a space or a mark, so that a
// mis-decoded character ("â\u009f©") or a sentence about the sign is no notice; only the
// block whose own line holds the sign goes, not a wrapper around other paragraphs.

// rightsLineMaxUnits bounds a rights line: a caption's title and its credit, or a
// footer's notice, two sentences at most; a paragraph that mentions a copyright is prose.
const rightsLineMaxUnits = 250

// rightsTailMaxUnits bounds the text after the sign on its line: holders' names, years,
// "All rights reserved", a sentence on trademarks. More is prose run on after an inline credit ("© Provided by …"
// over the first paragraph of a story laid out without <p>).
const rightsTailMaxUnits = 120

// copyrightSign is the sign that opens a copyright notice.
const copyrightSign = "©"

// rightsLine reports whether block i, of at most rightsLineMaxUnits and at most half
// the chosen text (total units: a notice that is the whole choice is left to the checks
// on a choice that reads as nothing, which may find the page's text elsewhere), is a line of its own that holds a copyright notice (see
// isRightsNotice): the sign is in the block's own text, no line break comes before it
// (a title's lines over a byline with its notice are no credit) and little text after it.
func (t *tree) rightsLine(i, total int32) bool {
	b := &t.nodes[i]
	if b.units > rightsLineMaxUnits || 2*b.units > total || b.ownUnits == 0 || !b.block {
		return false
	}
	end := t.subtreeEnd(i)
	for j := i + 1; j < end; j++ {
		n := &t.nodes[j]
		if n.tag == atom.Br {
			return false
		}
		if n.text && strings.Contains(n.n.Data, copyrightSign) && t.blockOf(j) == i && isRightsNotice(n.n.Data) {
			return t.unitsAfter(j, end) <= rightsTailMaxUnits
		}
	}
	return false
}

// unitsAfter sums the text units from the sign in text node j to the end of its line:
// the next <br> or end.
func (t *tree) unitsAfter(j, end int32) int32 {
	tail, _ := textUnits(t.nodes[j].n.Data[strings.Index(t.nodes[j].n.Data, copyrightSign):])
	for k := j + 1; k < end && tail <= rightsTailMaxUnits; k++ {
		if t.nodes[k].tag == atom.Br {
			break // the notice's line ends here
		}
		if t.nodes[k].text {
			tail += t.nodes[k].units
		}
	}
	return tail
}

// isAlnumASCII reports whether r is an ASCII letter or digit.
func isAlnumASCII(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// blockOf returns the nearest block element holding node j.
func (t *tree) blockOf(j int32) int32 {
	for p := t.nodes[j].parent; p != none; p = t.nodes[p].parent {
		if t.nodes[p].block {
			return p
		}
	}
	return none
}

// isRightsNotice reports whether s holds a copyright sign that opens a notice: at the
// start of s or after a space or a mark, and followed (after spaces) by a letter or a
// digit, a name or a year. The text after the sign may sit in the next text node ("©<!--
// --> 2026"), so a sign at the end of s counts too.
func isRightsNotice(s string) bool {
	for k := strings.Index(s, copyrightSign); k >= 0; {
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		if k == 0 || unicode.IsSpace(before) || before < utf8.RuneSelf && !isAlnumASCII(before) || before == '–' || before == '—' {
			rest := strings.TrimLeftFunc(s[k+len(copyrightSign):], unicode.IsSpace)
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
		next := strings.Index(s[k+len(copyrightSign):], copyrightSign)
		if next < 0 {
			return false
		}
		k += len(copyrightSign) + next
	}
	return false
}
