package winnow

import (
	"math/rand"
	"strings"
	"testing"
)

// TestAttrFactsHidden holds attrFacts to attrCues and hasHiddenClass on random class
// values made of hiding classes, cue words, case changes and every kind of white space.
func TestAttrFactsHidden(t *testing.T) {
	parts := []string{"hidden", "Hidden", "sr-only", "SR-ONLY", "d-none", "hide", "hidden-xs", "screen-reader-text",
		"news", "related", "x", "-", "é", " ", "  ", "\t", "\n", "\r", "\f", "\v", "5", strings.Repeat("a", 40)}
	rng := rand.New(rand.NewSource(7))
	for range 50000 {
		var sb strings.Builder
		for range rng.Intn(8) {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		v := sb.String()
		k, l, h := attrFacts(v)
		wk, wl := attrCues(v)
		if k != wk || l != wl || h != hasHiddenClass(v) {
			t.Fatalf("attrFacts(%q) = %b, %b, %v; want %b, %b, %v", v, k, l, h, wk, wl, hasHiddenClass(v))
		}
	}
}

// TestIsASCIISpace holds isASCIISpace to the six ASCII white space bytes.
func TestIsASCIISpace(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := strings.IndexByte(" \t\n\r\f\v", byte(c)) >= 0
		if got := isASCIISpace(byte(c)); got != want {
			t.Errorf("isASCIISpace(%#x) = %v, want %v", c, got, want)
		}
	}
}
