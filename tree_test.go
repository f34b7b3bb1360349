package winnow

import (
	"math/rand"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// textUnitsRef is textUnits stated plainly, rune by rune: the reference for its fast
// paths.
func textUnitsRef(s string) (units, punct int32) {
	for _, r := range s {
		if r <= ' ' || unicode.IsSpace(r) {
			continue
		}
		units += runeUnits(r)
		if isPunct(r) {
			punct++
		}
	}
	return units, punct
}

func TestTextUnitsMatchesReference(t *testing.T) {
	texts := append(randomTexts(11, 20000), "plain text, with commas; and stops.", "a\x7fb", "end é", "é start",
		"一，二。三、", "نعم، لا؛ ماذا؟", "हाँ। नहीं॥", "고양이 猫 ねこ", "a\u200ab\u3000c\u2009d\u00a0e")
	for _, s := range texts {
		u, p := textUnits(s)
		ru, rp := textUnitsRef(s)
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

func TestRuneUnitsFastRanges(t *testing.T) {
	for r := rune(0x4e00); r <= 0x9fff; r++ {
		if !unicode.Is(unicode.Han, r) {
			t.Fatalf("%U is not Han", r)
		}
	}
	for r := rune(0xac00); r <= 0xd7a3; r++ {
		if !unicode.Is(unicode.Hangul, r) {
			t.Fatalf("%U is not Hangul", r)
		}
	}
	assert.Equal(t, int32(cjkUnits), runeUnits('猫'))
	assert.Equal(t, int32(hangulUnits), runeUnits('고'))
	assert.Equal(t, int32(cjkUnits), runeUnits('ね'))
	assert.Equal(t, int32(1), runeUnits('ệ'))
}

// TestASCIIWordUnits holds the eight-byte measure to the byte-by-byte one for every
// ASCII byte at every place of a word, among random neighbours.
func TestASCIIWordUnits(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for c := 0; c < 0x80; c++ {
		for pos := 0; pos < 8; pos++ {
			for k := 0; k < 16; k++ {
				var b [8]byte
				for i := range b {
					b[i] = byte(rng.Intn(0x80))
				}
				b[pos] = byte(c)
				u, p := asciiWordUnits(load64(string(b[:]), 0))
				ru, rp := textUnitsRef(string(b[:]))
				if u != ru || p != rp {
					t.Fatalf("asciiWordUnits(%q) = %d, %d; want %d, %d", b, u, p, ru, rp)
				}
			}
		}
	}
}
