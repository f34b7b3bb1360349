package winnow

import (
	"strings"
	"testing"
)

// collapseCases mix every kind of white space the two collapsing helpers tell apart:
// ASCII, no-break, zero-width, ideographic, Unicode-only spaces and broken UTF-8.
var collapseCases = []string{
	"", " ", "a", " a ", "a  b", "a\tb\nc", "\u00a0a\u00a0\u00a0b\u00a0", "a\u200bb",
	"日本\u3000語", "a\u2003b\u2028c", "a\vb\x85c", "a\xffb \xc2", "  Tiêu đề  bài viết ",
	"a \u200b b", "\u3000\u3000", "x\u00a0",
}

// TestAppendCollapsed checks appendCollapsed against collapseText, after a prefix too.
func TestAppendCollapsed(t *testing.T) {
	for _, c := range collapseCases {
		if got, want := string(appendCollapsed(nil, c)), collapseText(c); got != want {
			t.Errorf("appendCollapsed(%q) = %q, want %q", c, got, want)
		}
		if got, want := string(appendCollapsed([]byte("x"), []byte(c))), "x"+collapseText(c); got != want {
			t.Errorf("appendCollapsed(x, %q) = %q, want %q", c, got, want)
		}
	}
}

// TestAppendFields checks appendFields against strings.Fields joined by spaces.
func TestAppendFields(t *testing.T) {
	for _, c := range collapseCases {
		if got, want := string(appendFields(nil, c)), strings.Join(strings.Fields(c), " "); got != want {
			t.Errorf("appendFields(%q) = %q, want %q", c, got, want)
		}
		for _, d := range collapseCases {
			want := strings.Join(strings.Fields(c+" "+d), " ")
			if got := string(appendFields(appendFields(nil, c), d)); got != want {
				t.Errorf("appendFields(%q then %q) = %q, want %q", c, d, got, want)
			}
		}
	}
}

// TestCountAndCutRunes checks countRunes and cutRunes against the rune conversions.
func TestCountAndCutRunes(t *testing.T) {
	for _, c := range collapseCases {
		if got, want := countRunes([]byte(c)), len([]rune(c)); got != want {
			t.Errorf("countRunes(%q) = %d, want %d", c, got, want)
		}
		for n := 0; n <= len([]rune(c)); n++ {
			if got, want := string(cutRunes([]byte(c), n)), string([]rune(c)[:n]); got != want {
				t.Errorf("cutRunes(%q, %d) = %q, want %q", c, n, got, want)
			}
		}
	}
}
