package winnow

import (
	"testing"
	"unicode"
)

// TestRuneClasses holds the rune class helpers to the unicode functions they stand for,
// on every rune, and isUnspacedLetter to its own definition.
func TestRuneClasses(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		letter, digit, mark := unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r)
		if got := isLetterRune(r); got != letter {
			t.Fatalf("isLetterRune(%U) = %v, want %v", r, got, letter)
		}
		if got := isDigitRune(r); got != digit {
			t.Fatalf("isDigitRune(%U) = %v, want %v", r, got, digit)
		}
		if got := isLetterOrDigit(r); got != (letter || digit) {
			t.Fatalf("isLetterOrDigit(%U) = %v", r, got)
		}
		if got := isWordClass(r); got != (letter || digit || mark) {
			t.Fatalf("isWordClass(%U) = %v", r, got)
		}
		ideo := unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
		if got := runeClassOf(r)&classIdeo != 0; got != ideo {
			t.Fatalf("classIdeo of %U = %v, want %v", r, got, ideo)
		}
		if got := runeClassOf(r)&classHangul != 0; got != unicode.Is(unicode.Hangul, r) {
			t.Fatalf("classHangul of %U = %v", r, got)
		}
		if got, want := scriptOf(r), scriptByTables(r); got != want {
			t.Fatalf("scriptOf(%U) = %v, want %v", r, got, want)
		}
		want := unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r)
		if got := isUnspacedLetter(r); got != want {
			t.Fatalf("isUnspacedLetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestRuneClassesFilled: once a block is filled, runeClassOf answers from it for every
// rune of the plane, every answer marked as known.
func TestRuneClassesFilled(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		runeClassSlow(r)
		if c := runeClass(runeClasses[r>>2].Load() >> (r & 3 * 16)); c != classify(r) || c&classKnown == 0 {
			t.Fatalf("runeClasses of %U = %b, want %b", r, c, classify(r))
		}
	}
}

// scriptByTables is the script of r as detectLanguage asked for it, table by table.
func scriptByTables(r rune) runeScript {
	switch {
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return scriptKana
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case unicode.Is(unicode.Hangul, r):
		return scriptHangul
	case unicode.Is(unicode.Thai, r):
		return scriptThai
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Devanagari, r):
		return scriptDevanagari
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	}
	return scriptOther
}
