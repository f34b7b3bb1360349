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

// valueHasWordByteWise is valueHasWord reading every byte alone, as it did before runs
// of lower-case letters were added at once (and skipping a CSS-modules hash as it does).
func valueHasWordByteWise(v string, set map[string]bool) bool {
	var word, joined [maxWordBytes]byte
	nWord, nJoined, words := 0, 0, 0
	prevLower := false
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
		}
		lower, upper := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z'
		if (!lower && !upper || upper && prevLower) && nWord > 0 {
			if set[string(word[:nWord])] {
				return true
			}
			nWord = 0
			words++
		}
		if isASCIISpace(c) {
			if words > 1 && set[string(joined[:nJoined])] {
				return true
			}
			nJoined, words = 0, 0
		}
		if lower || upper {
			c |= 0x20
			if nWord < maxWordBytes {
				word[nWord] = c
				nWord++
			}
			if nJoined < maxWordBytes {
				joined[nJoined] = c
				nJoined++
			}
		}
		prevLower = lower
		if end := cssModuleHashEnd(v, i); end > 0 {
			i = end - 1
		}
	}
	return false
}

// TestValueHasWordRuns holds valueHasWord to the byte-wise scan on random values made
// of the set's words, case changes, digits, separators and long words.
func TestValueHasWordRuns(t *testing.T) {
	set := map[string]bool{"read": true, "readmore": true, "share": true, "newsbox": true, strings.Repeat("a", 32): true}
	parts := []string{"read", "Read", "more", "MORE", "share", "news", "Box", "box", "-", "_", " ", "\t", "5", "é",
		"x", strings.Repeat("a", 40), "aA", "__", "Kq"}
	rng := rand.New(rand.NewSource(9))
	for range 50000 {
		var sb strings.Builder
		for range rng.Intn(8) {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		v := sb.String()
		if got, want := valueHasWord(v, set), valueHasWordByteWise(v, set); got != want {
			t.Fatalf("valueHasWord(%q) = %v, want %v", v, got, want)
		}
	}
}
