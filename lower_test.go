package winnow

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLowerRunes holds lowerRune, lowerCase and isSpaceRune to the unicode and strings
// functions they stand for, on every rune, alone and between other text.
func TestLowerRunes(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, want %U", r, got, want)
		}
		// lowerRune has filled r's block: knownSame answers from it.
		if utf8.RuneSelf <= r && r < 0x10000 && knownSame(r) != (unicode.ToLower(r) == r) {
			t.Fatalf("knownSame(%U) = %v", r, knownSame(r))
		}
		if got, want := isSpaceRune(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpaceRune(%U) = %v, want %v", r, got, want)
		}
		if !utf8.ValidRune(r) || r > 0x2ffff {
			continue
		}
		for _, s := range []string{string(r), "ab" + string(r) + "Cd", "É" + string(r), string(r) + "\xff"} {
			if got, want := lowerCase(s), strings.ToLower(s); got != want {
				t.Fatalf("lowerCase(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestLowerCaseMixed holds lowerCase to strings.ToLower on random texts of mixed
// scripts, broken bytes among them.
func TestLowerCaseMixed(t *testing.T) {
	pieces := []string{"a", "Z", " ", "é", "É", "İ", "ß", "ẞ", "Ω", "ω", "Я", "я", "ไทย", "漢字",
		"한", "Ǆ", "ǅ", "\xff", "\xe0\x80", "\uFFFD", "K", "Ⅻ", "𐐀", "𐐨", "Ꭰ", "ꭰ"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := sb.String()
		if got, want := lowerCase(s), strings.ToLower(s); got != want {
			t.Fatalf("lowerCase(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCaselessWide holds the range isCaselessWide passes over to unicode.ToLower, and
// lowerCase to strings.ToLower on Chinese and Japanese text with letters of other scripts
// and broken UTF-8 among it.
func TestCaselessWide(t *testing.T) {
	for r := rune(0x3000); r <= 0x9fff; r++ {
		if unicode.ToLower(r) != r {
			t.Fatalf("%U has a lower case", r)
		}
		s := string(r)
		if !isCaselessWide(s, 0) {
			t.Fatalf("isCaselessWide(%U) = false", r)
		}
	}
	for _, s := range []string{"\u2fff", "\ua000", "\xe3\x80", "\xe4a\x80", "x\xe5\x80"} {
		if isCaselessWide(s, 0) {
			t.Errorf("isCaselessWide(%q) = true", s)
		}
	}
	for _, s := range []string{
		"中文Ｈello世界", "日本語のテキストÄÖ", "東京\xe4\x80Tokyo", "漢字\xe9", "ひらがなΣ", "ＡＢＣ漢",
	} {
		if got, want := lowerCase(s), strings.ToLower(s); got != want {
			t.Errorf("lowerCase(%q) = %q, want %q", s, got, want)
		}
	}
}
