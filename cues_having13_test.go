package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHavingClassesNameNoKind pins havingWords: a class name that opens with "has" or
// "with" says what a block holds and names no kind of box; the same words elsewhere in
// a name, and the block's other tokens, keep their kinds.
func TestHavingClassesNameNoKind(t *testing.T) {
	cases := []struct {
		attr string
		want []cueKind
		not  []cueKind
	}{
		{"row has-side-banner", nil, []cueKind{cueSponsored}},
		{"layout with-sidebar", nil, []cueKind{cueNav}},
		{"post hasComments", nil, []cueKind{cueComments}},
		{"sidebar-with-ads", []cueKind{cueSponsored}, nil},       // not at the name's start: as before
		{"side-banner", []cueKind{cueSponsored}, nil},            // without the having word, as before
		{"has-side-banner footer", []cueKind{cueFooter}, nil},    // other tokens keep their kinds
		{"hash-sidebar", []cueKind{cueNav}, nil},                 // a whole word, not a prefix
		{"withdrawal-banner", []cueKind{cueSponsored}, nil},      // … nor a longer word
		{"no-ads", nil, []cueKind{cueSponsored}},                 // the negating words still negate
		{"has-ads", nil, []cueKind{cueSponsored, cueNav, cueUI}}, // a column served with adverts
	}
	for _, c := range cases {
		got := attrKinds(c.attr)
		for _, k := range c.want {
			assert.NotZero(t, got&(1<<k), "%q should carry %v", c.attr, k)
		}
		for _, k := range c.not {
			assert.Zero(t, got&(1<<k), "%q should not carry %v", c.attr, k)
		}
	}
	for w := range havingWords {
		assert.True(t, isHavingWord([]byte(w)), "isHavingWord(%q)", w)
	}
	for _, w := range []string{"", "h", "ha", "hash", "wit", "wish", "without", "hasn"} {
		assert.False(t, isHavingWord([]byte(w)), "isHavingWord(%q)", w)
	}
}
