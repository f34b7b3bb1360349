package winnow

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Chips: a card's facts printed as spans side by side with no space between them
// ("<span>2026</span><span>1h 54m</span><span>R</span>", "<span>Name</span><time>Mar
// 7</time>"), which the page's style sets apart as boxes in a row (a flex row, a
// margin). Read as text they run together into words no one wrote ("20261h 54mR",
// "O'BrienMar 7"). Where the join makes such a word, a space stands for the gap: at a
// figure after a figure or a letter, and at a capital after a small letter or a
// figure. Other joins are one word split by markup ("3<span>rd</span>",
// "child<span>ren</span>", a title animated letter by letter) and stay whole.

// chipTags are the inline elements a card's facts are printed in.
var chipTags = map[atom.Atom]bool{atom.Span: true, atom.Time: true}

// chipGap reports whether inline element i opens a chip after another chip (see
// chipAfter) and the text written so far in w ends with no space where the join of
// their texts reads as a gap (see chipJoin).
func (t *tree) chipGap(i int32, w *textWriter) bool {
	if w.inPre > 0 || w.pending != breakNone || w.sb.Len() == 0 {
		return false
	}
	first, ok := t.chipAfter(i)
	if !ok {
		return false
	}
	before := w.sb.lastRune()
	return chipJoin(before, first)
}

// chipAfter returns the first rune of inline element i when i is a chip (see chipTags)
// right after another chip with no text between them, and reports whether it is.
func (t *tree) chipAfter(i int32) (rune, bool) {
	b := &t.nodes[i]
	if r, ok := t.labelGap(i); ok {
		return r, true // a label and the text next to it (see labelGap)
	}
	if !chipTags[b.tag] || b.firstText == none {
		return 0, false
	}
	p := b.n.PrevSibling
	if p == nil || p.Type != html.ElementNode || !chipTags[p.DataAtom] || p.FirstChild == nil {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(t.nodes[b.firstText].n.Data)
	return r, true
}

// chipJoin reports whether rune after, opening a chip, starts a new word after rune
// before, closing the chip before it: a figure after a figure or a letter ("2026" and
// "1h"), a capital after a small letter or a figure ("O'Brien" and "Mar", "54m" and
// "R"). Only scripts with cases count their letters: a script written without spaces
// ("2026年" and "3月") joins its chips as it writes its words.
func chipJoin(before, after rune) bool {
	switch {
	case unicode.IsDigit(after):
		return unicode.IsDigit(before) || unicode.IsLower(before) || unicode.IsUpper(before)
	case unicode.IsUpper(after):
		return unicode.IsLower(before) || unicode.IsDigit(before)
	}
	return false
}

// chipGap reports whether inline element i opens a chip after another chip (see
// chipAfter) where the join with the inline content gathered so far reads as a gap
// (see chipJoin), as the text renderer's chipGap does.
func (b *builder) chipGap(i int32) bool {
	first, ok := b.t.chipAfter(i)
	if !ok || b.inCode > 0 {
		return false
	}
	return chipJoin(b.lastRune(), first)
}

// lastRune returns the last rune of the inline content gathered so far, or 0 when it
// ends with anything but text.
func (b *builder) lastRune() rune {
	if b.tb.Len() > 0 {
		r, _ := utf8.DecodeLastRuneInString(b.tb.String())
		return r
	}
	if k := len(b.inl) - 1; k >= 0 && b.inl[k].kind == ikText {
		r, _ := utf8.DecodeLastRuneInString(b.inl[k].s)
		return r
	}
	return 0
}
