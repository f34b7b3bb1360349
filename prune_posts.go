package winnow

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// Quoted posts: a reply on a forum thread often opens by quoting the post it answers,
// under a line that names its poster ("Tomas said:", "Ayytaly wrote:", "a écrit :"),
// and engines print a preview of the post a reply answers above it; a long thread
// quotes its opening post several times over. A reader reads the quoted words once,
// where they were first posted; printed again under every reply, they outweigh the
// replies themselves. On a discussion, an element whose lines all stand earlier in the
// chosen text, beside at most a poster's line, is dropped. A quote of a post that is
// not on the page (an earlier page of the thread, another thread, a document) is its
// only copy, and is kept; so is the reply written under a quote.

const (
	// quoteLineMinUnits: a line shorter than this ("Click to expand...", a word in
	// bold, a name) proves nothing either way; its words stand everywhere.
	quoteLineMinUnits = 24
	// quoteMinUnits: a copy holds at least this much copied text, one line long
	// enough to tell (a quote is often one sentence of the post it answers).
	quoteMinUnits = quoteLineMinUnits
	// quoteTitleMaxUnits bounds the text a copy's frame holds beside the copied
	// lines: the poster's name and line, a date, the engine's "Click to expand...".
	quoteTitleMaxUnits = 60
)

// dropQuotedCopies drops, inside the chosen roots of a discussion, the elements that
// copy earlier text of the chosen blocks (see copiedFrame): quotes of earlier posts and
// previews of the post a reply answers.
func (t *tree) dropQuotedCopies(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	q := t.readLines(roots)
	if q.copies == 0 {
		return
	}
	t.dropMatching(roots, dropRepeat, func(i int32, b *blk) bool {
		return b.block && b.units >= quoteMinUnits && t.copiedFrame(i, &q)
	})
}

// quotedText is the chosen text of a discussion as copiedFrame reads it.
type quotedText struct {
	seen   string     // the kept text nodes in lower case, in order, each after a space
	lines  []textLine // the kept text nodes, in document order
	copies int        // how many of them are long copies (see textLine.copy)
}

// textLine is a kept text node: its index, where its text starts in seen, and whether
// it is long (see quoteLineMinUnits), out of code samples, and stands earlier in seen,
// word for word.
type textLine struct {
	i, start   int32
	copy, code bool
}

// readLines reads the kept text of roots for dropQuotedCopies.
func (t *tree) readLines(roots []int32) quotedText {
	var q quotedText
	var seen strings.Builder
	var starts openings
	// code ends the code sample being read: a program's output or a log printed
	// again is a second run, not a quote.
	var code int32
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for i := r; i < end; {
			b := &t.nodes[i]
			if b.drop != keep {
				i = t.subtreeEnd(i)
				continue
			}
			if b.tag == atom.Pre && !b.text {
				code = t.subtreeEnd(i)
			}
			if b.text {
				t.words = appendFields(t.words[:0], b.n.Data)
				s := lowerWords(t.words)
				seen.WriteByte(' ')
				l := textLine{i: i, start: int32(seen.Len()), code: i < code}
				if b.units >= quoteLineMinUnits && !l.code {
					l.copy = starts.find(seen.String(), s)
				}
				if l.copy {
					q.copies++
				}
				q.lines = append(q.lines, l)
				seen.WriteString(s)
				starts.add(seen.String(), int(l.start))
			}
			i++
		}
	}
	q.seen = seen.String()
	return q
}

// openingBytes is how many bytes of a line's opening key it in openings: enough to
// tell sentences apart, no more than a long line's shortest (see quoteLineMinUnits;
// a unit is at least a byte).
const openingBytes = quoteLineMinUnits

// openings indexes where lines and sentences start in the text read so far, by their
// first openingBytes. A quote copies a post's line, or its sentences from one on; it is
// looked up where it could start instead of searched for through all the text
// before it, which on a long thread would cost the square of its length.
type openings struct {
	first map[uint64]int32 // the latest start of each opening, as an index into at
	at    []int32          // the starts, in the text
	prev  []int32          // the previous start of the same opening, or -1
}

// add indexes the line that starts at from in text, which ends with it, and the
// sentences in it: after a Latin stop and a space, or after an ideographic stop.
func (o *openings) add(text string, from int) {
	o.put(text, from)
	for j := from; j < len(text)-1; j++ {
		switch c := text[j]; {
		case (c == '.' || c == '!' || c == '?') && text[j+1] == ' ':
			o.put(text, j+2)
		case c >= 0x80 && j >= from+2 && isIdeographicStop(text[j-2:j+1]):
			o.put(text, j+1)
		}
	}
}

// isIdeographicStop reports whether s is a full stop, an exclamation or a question mark
// of Chinese and Japanese text.
func isIdeographicStop(s string) bool {
	return s == "。" || s == "！" || s == "？"
}

// put indexes the opening at start in text, if the text is long enough to have one.
func (o *openings) put(text string, start int) {
	if start+openingBytes > len(text) {
		return
	}
	if o.first == nil {
		o.first = map[uint64]int32{}
	}
	h := openingHash(text[start : start+openingBytes])
	prev, ok := o.first[h]
	if !ok {
		prev = -1
	}
	o.first[h] = int32(len(o.at))
	o.at = append(o.at, int32(start))
	o.prev = append(o.prev, prev)
}

// find reports whether s stands in text at one of the indexed starts.
func (o *openings) find(text, s string) bool {
	if len(s) < openingBytes {
		return false
	}
	k, ok := o.first[openingHash(s[:openingBytes])]
	for ; ok && k >= 0; k = o.prev[k] {
		if strings.HasPrefix(text[o.at[k]:], s) {
			return true
		}
	}
	return false
}

// openingHash is FNV-1a over s.
func openingHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// copiedFrame reports whether element i copies earlier text: it holds quoteMinUnits of
// long copied lines, and at most quoteTitleMaxUnits of text that stands nowhere
// earlier, which comes before them (the poster's line over a quote), or anywhere in a
// block quote (the engine's "Click to expand..." under it). A reply after a copied
// quote keeps the element that holds both. Short lines and code that stand earlier
// count for neither side: a code sample copied alone is a second run of a program.
func (t *tree) copiedFrame(i int32, q *quotedText) bool {
	end := t.subtreeEnd(i)
	k, _ := slices.BinarySearchFunc(q.lines, i, func(l textLine, i int32) int { return cmp.Compare(l.i, i) })
	var copies int32
	for _, l := range q.lines[k:] {
		if l.i >= end {
			break
		}
		if l.copy {
			copies += t.nodes[l.i].units
		}
	}
	if copies < quoteMinUnits {
		return false
	}
	var other, after int32
	copies = 0
	for _, l := range q.lines[k:] {
		if l.i >= end {
			break
		}
		b := &t.nodes[l.i]
		switch {
		case l.copy:
			copies += b.units
			continue
		case t.droppedWithin(l.i, i):
			continue
		case b.units < quoteLineMinUnits || l.code:
			t.words = appendFields(t.words[:0], b.n.Data)
			if strings.Contains(q.seen[:l.start], lowerWords(t.words)) {
				continue
			}
		}
		other += b.units
		if copies > 0 {
			after += b.units
		}
		if other > quoteTitleMaxUnits {
			return false
		}
	}
	return after == 0 || t.nodes[i].tag == atom.Blockquote
}

// Vote counts: a Q&A page prints each post's score as a block of its own beside the
// post ("67", "-1", "+100"), and a board its counts of replies and views. A figure
// alone on its line, out of tables, lists and code, says nothing to a reader of the
// thread, where a reply always has words.

// figureLineMaxUnits bounds a count's line: a score, a signed figure with separators.
const figureLineMaxUnits = 8

// dropFigureLines drops, inside the chosen roots of a discussion, the blocks whose
// text is a figure alone (see isFigureLine).
func (t *tree) dropFigureLines(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for i := r; i < end; {
			b := &t.nodes[i]
			if b.drop != keep || figureLineSkip[b.tag] {
				i = t.subtreeEnd(i)
				continue
			}
			if !b.text && b.block && b.units > 0 && b.units <= figureLineMaxUnits && t.isFigureLine(i) {
				b.drop = dropNumbers
				i = t.subtreeEnd(i)
				continue
			}
			i++
		}
	}
}

// figureLineSkip are the elements whose figures are data: a table's cells, a list's
// items (a numbered answer), code and its output.
var figureLineSkip = map[atom.Atom]bool{
	atom.Table: true, atom.Pre: true, atom.Code: true, atom.Ol: true, atom.Ul: true, atom.Dl: true,
}

// isFigureLine reports whether block i's text is one figure: digits with separators,
// a sign before them.
func (t *tree) isFigureLine(i int32) bool {
	s := strings.TrimSpace(string(t.plainWords(i)))
	s = strings.TrimLeft(s, "+-−")
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return unicode.IsDigit(rune(s[0]))
}
