package winnow

import (
	"strings"
	"testing"
)

// runTexts mix long runs of words between lone spaces, which the collapsing helpers copy
// whole, with every kind of white space they stop at, right before and after a space.
func runTexts() []string {
	pieces := []string{" ", " ", " ", "  ", "\t", "\n", "\r", "\f", "\v", "\x01", "\x7f", "\u00a0",
		"\u200b", "\u3000", "\u2060", "\ufeff", "\u0085", "\u2003", "\u2028", "é", "中", "\xff",
		"\xc2", "\xe2", "\xe3", "\x80", "\xa0", "word", "a", "Z9", "two words", "x y z"}
	return append(randomTexts(11, 5000), randomJoins(13, pieces, 24, 30000)...)
}

// TestCollapsingRuns holds the helpers that copy runs of words whole to what they stand
// for: strings.Fields joined by spaces (appendFields, collapsed), collapse's own white
// space (appendCollapsed, isCollapsed), and writing word by word (textWriter.text).
func TestCollapsingRuns(t *testing.T) {
	for _, s := range runTexts() {
		fields := strings.Join(strings.Fields(s), " ")
		if got := string(appendFields(nil, s)); got != fields {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, fields)
		}
		if got, want := string(appendFields([]byte("x"), s)), strings.TrimSpace("x "+fields); got != want {
			t.Fatalf("appendFields(x, %q) = %q, want %q", s, got, want)
		}
		if got, want := collapsed(s), fields == s; got != want {
			t.Fatalf("collapsed(%q) = %v, want %v", s, got, want)
		}
		col := strings.Join(strings.FieldsFunc(s, isSpace), " ")
		if got := string(appendCollapsed([]byte("x"), []byte(s))); got != "x"+col {
			t.Fatalf("appendCollapsed(x, %q) = %q, want %q", s, got, "x"+col)
		}
		if got, want := isCollapsed(s), col == s; got != want {
			t.Fatalf("isCollapsed(%q) = %v, want %v", s, got, want)
		}
		w := &textWriter{}
		w.text(s)
		if got, want := w.sb.String(), wordByWord(s); got != want {
			t.Fatalf("text(%q) = %q, want %q", s, got, want)
		}
	}
}
