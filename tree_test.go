package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTextUnitsASCIIPathMatchesRunes(t *testing.T) {
	for _, s := range append(randomTexts(11, 20000), "plain text, with commas; and stops.", "a\x7fb", "end é", "é start") {
		u, p := textUnits(s)
		ru, rp := textUnitsRunes(s)
		if !assert.Equal(t, [2]int32{ru, rp}, [2]int32{u, p}, "%q", s) {
			break
		}
	}
}

func TestAttrWordFilterLetsEveryWordThrough(t *testing.T) {
	for w, want := range attrWords {
		if len(w) > maxWordBytes || !isLowerLetters(w) {
			continue
		}
		got, ok := lookupAttrWord([]byte(w))
		assert.True(t, ok, w)
		assert.Equal(t, want, got, w)
	}
	_, ok := lookupAttrWord([]byte("wrapper"))
	assert.False(t, ok)
}

func isLowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}
