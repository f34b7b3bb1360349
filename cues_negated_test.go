package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNegatedAdverts pins negatingWords: a class name that opens with "no", "hide" or
// "without" says the block has no advert, and names none; other kinds keep their word.
func TestNegatedAdverts(t *testing.T) {
	cases := []struct {
		attr string
		want []cueKind
		not  []cueKind
	}{
		{"teaser-grid hide-read-more-ad", nil, []cueKind{cueSponsored}}, // a river that hides its advert slot
		{"no-ads", nil, []cueKind{cueSponsored}},
		{"layout without-ads", nil, []cueKind{cueSponsored}},
		{"hideAds", nil, []cueKind{cueSponsored}},                      // camel case splits the same
		{"ad-hide", []cueKind{cueSponsored}, nil},                      // the negation must open the name
		{"sidebar-ad", []cueKind{cueSponsored}, nil},                   // an advert as before
		{"no-print", []cueKind{cueShare}, nil},                         // other kinds keep their word
		{"grid no-header", []cueKind{cueNav}, nil},                     // … and their pruning
		{"no-ads-sidebar", []cueKind{cueNav}, []cueKind{cueSponsored}}, // the head noun names the kind
		{"nothing-ad", []cueKind{cueSponsored}, nil},                   // a whole word, not a prefix
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
}

// TestNegatingFilterLetsEveryWordThrough holds isNegatingWord to negatingWords.
func TestNegatingFilterLetsEveryWordThrough(t *testing.T) {
	for w := range negatingWords {
		if !isNegatingWord([]byte(w)) {
			t.Errorf("isNegatingWord(%q) = false", w)
		}
	}
	for _, w := range []string{"", "n", "nope", "hid", "hides", "with", "ad", "news"} {
		if isNegatingWord([]byte(w)) {
			t.Errorf("isNegatingWord(%q) = true", w)
		}
	}
}
