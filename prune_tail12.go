package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Closing apparatus: a paper, an encyclopaedia entry or a sourced guide ends with the
// scholarly frame of its text: a long list of the works it cites ("References",
// "Article Sources", "Einzelnachweise"), its abbreviations, its external links. Such a
// list is where the article's text has ended, not more of it: its entries are authors,
// years, titles and addresses. Over the WCXB dev pages, a long list of cited works
// closing the chosen text is left out of the reference (a journal's paper, a finance
// guide, a wine guide), while a short list of a few sources is kept as the article's
// last lines as often as not; so only a long one goes. Notes that link back to their
// calls in the text ("^", an encyclopaedia's footnotes) are the text's own and are
// read with it (the readability reference keeps them), so they stay.

// apparatusMinEntries is the least number of entries (list items, lines, paragraphs)
// under the closing headings for them to go: a handful of links closing a post is its
// own "further reading", a long run of citations is apparatus.
const apparatusMinEntries = 8

// apparatusMaxUnits bounds a heading of the apparatus: a word or three.
const apparatusMaxUnits = 40

// apparatusHeadings are the headings of a text's closing apparatus, lower case, in the
// languages the heading cues cover. Only the whole heading counts ("References", not
// "References to the war in the letters"), its marks and emoji aside. Not "Notes": a
// recipe's or a post's notes are the author's own text, and an encyclopaedia's link
// back to their calls anyway.
var apparatusHeadings = map[string]bool{
	// English
	"references": true, "sources": true, "article sources": true, "bibliography": true,
	"works cited": true, "citations": true, "notes and references": true,
	"references and notes": true, "sources and references": true, "external links": true,
	"abbreviations": true, "further reading": true,
	// French
	"références": true, "bibliographie": true, "notes et références": true,
	"liens externes": true,
	// German
	"quellen": true, "einzelnachweise": true, "literatur": true,
	"weblinks": true, "quellenangaben": true,
	// Spanish and Portuguese
	"referencias": true, "bibliografía": true, "enlaces externos": true,
	"fuentes": true, "referências": true, "bibliografia": true, "ligações externas": true,
	// Italian
	"riferimenti": true, "collegamenti esterni": true, "fonti": true,
	// Dutch
	"bronnen": true, "referenties": true,
	// Vietnamese
	"tài liệu tham khảo": true, "liên kết ngoài": true, "nguồn": true,
	// Russian and Polish
	"литература": true, "источники": true, "ссылки": true,
	"bibliografia i przypisy": true,
	// Japanese, Chinese and Korean
	"参考文献": true, "出典": true, "外部リンク": true, "参考资料": true,
	"外部链接": true, "참고 문헌": true, "외부 링크": true,
}

// apparatusInitials holds the first letters of the apparatusHeadings.
var apparatusInitials = func() map[rune]bool {
	m := make(map[rune]bool)
	for h := range apparatusHeadings {
		r, _ := utf8.DecodeRuneInString(h)
		m[r] = true
	}
	return m
}()

// dropApparatus drops, at the end of the last chosen root, the sections opened by an
// apparatus heading (see apparatusHeadings) when every later heading of the same rank
// or higher opens apparatus too, prose is kept before the first of them, and they hold
// at least apparatusMinEntries entries, most of them with no link back into the page.
// Each heading is asked about at most once.
func (t *tree) dropApparatus(roots []int32) {
	r := none
	for k := len(roots) - 1; k >= 0; k-- {
		if t.nodes[roots[k]].drop == keep {
			r = roots[k]
			break
		}
	}
	if r == none {
		return
	}
	end := t.subtreeEnd(r)
	start, rank := none, 0
	for j := r + 1; j < end; {
		n := &t.nodes[j]
		if n.drop != keep {
			j = t.subtreeEnd(j)
			continue
		}
		lv := t.apparatusRank(j)
		if lv == 0 || start != none && lv > rank {
			// No heading, or one under the apparatus's own ("Specific", "General").
			j++
			continue
		}
		if t.isApparatusHeading(j) {
			if start == none {
				start, rank = j, lv
			}
		} else {
			start = none // the article goes on after a heading of its own
		}
		j = t.subtreeEnd(j)
	}
	if start == none || !t.keptProse(r, start) {
		return
	}
	if entries, back := t.entriesFrom(start, end); entries < apparatusMinEntries || 2*back >= entries {
		// Few entries, or notes that link back to their calls in the text: the
		// text's own footnotes, read with it.
		return
	}
	for j := start; j < end; {
		n := &t.nodes[j]
		if !n.text && n.parent < start && n.drop == keep {
			n.drop = dropHeading // the box its heading opens
			j = t.subtreeEnd(j)
			continue
		}
		j++
	}
}

// apparatusRank reports the rank of block j as a heading: 2 to 6 for <h2> to <h6>, 7
// for a short block of its own that may be a heading in bold ("Article Sources:"),
// 0 for anything else.
func (t *tree) apparatusRank(j int32) int {
	n := &t.nodes[j]
	switch n.tag {
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	case atom.P, atom.Div, atom.Strong, atom.B, atom.Dt:
		if n.block && n.units > 0 && n.units <= apparatusMaxUnits && n.ownUnits == n.units {
			return 7
		}
	}
	return 0
}

// isApparatusHeading reports whether block j's whole text, its marks and emoji aside,
// is one of the apparatusHeadings.
func (t *tree) isApparatusHeading(j int32) bool {
	b := &t.nodes[j]
	if b.units > apparatusMaxUnits || b.firstText == none {
		return false
	}
	// The first letter is looked at before the words are made (most short blocks are
	// no such heading).
	first := strings.TrimLeftFunc(t.nodes[b.firstText].n.Data, func(r rune) bool { return !unicode.IsLetter(r) })
	if r, _ := utf8.DecodeRuneInString(first); !apparatusInitials[unicode.ToLower(r)] {
		return false
	}
	s := strings.TrimFunc(t.lowerText(j), func(r rune) bool { return !unicode.IsLetter(r) })
	return apparatusHeadings[s]
}

// entriesFrom counts the kept entries from start to end: list items and the blocks of
// text outside lists; and, of those, the ones that link to a place in the page (a
// footnote's link back to its call, "^").
func (t *tree) entriesFrom(start, end int32) (n, back int) {
	for j := start; j < end; {
		b := &t.nodes[j]
		if !b.text && b.drop != keep {
			j = t.subtreeEnd(j)
			continue
		}
		if b.tag == atom.Br {
			n++ // a line of a list set with line breaks
		}
		if b.tag == atom.Li || b.block && !b.text && b.ownUnits > 0 && b.tag != atom.Ul && b.tag != atom.Ol {
			n++
			if t.linksInPage(j) {
				back++
			}
			if b.tag == atom.Li {
				j = t.subtreeEnd(j)
				continue
			}
		}
		j++
	}
	return n, back
}

// linksInPage reports whether block i holds a link to a place in the page ("#cite_ref-3").
func (t *tree) linksInPage(i int32) bool {
	found := false
	t.walk(i, func(j int32) bool {
		if t.nodes[j].tag == atom.A {
			h, ok := hrefOf(t.nodes[j].n)
			found = ok && strings.HasPrefix(h, "#")
		}
		return !found
	})
	return found
}
