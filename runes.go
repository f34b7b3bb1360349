package winnow

import (
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The title, date, price and language readers ask of every rune of a text whether it is
// a letter, a digit or a mark, and the unicode package answers for a rune beyond Latin-1
// by a binary search of its tables: tens of instructions a rune of Cyrillic, Greek,
// Vietnamese or CJK. runeClassOf learns the answers once per block of 256 runes of the
// Basic Multilingual Plane, a byte of class bits per rune, and reads them back with one
// load; the runes beyond the plane (emoji, rare ideographs) are left to the unicode
// package.

// runeClass holds the classes of one rune as bits; classKnown is set for every rune of a
// block once the block is filled, so that a zero byte means "not yet worked out".
type runeClass uint8

const (
	classKnown    runeClass = 1 << iota
	classLetter             // unicode.IsLetter
	classDigit              // unicode.IsDigit
	classMark               // unicode.IsMark
	classUnspaced           // isUnspacedScript: Han, Hiragana, Katakana or Thai
	classIdeo               // Han, Hiragana or Katakana: runeUnits weighs it as a word
	classHangul             // unicode.Hangul
)

// runeClasses holds a byte of runeClass per rune of the Basic Multilingual Plane, eight
// runes a word, read and written atomically (a plain load on most machines): pages are
// read from several goroutines. A block's bytes are zero until classFilled fills it.
var runeClasses [0x10000 / 8]atomic.Uint64

// classFilled holds, per block of 256 runes of the Basic Multilingual Plane, the filling
// of its bytes in runeClasses.
var classFilled [0x100]sync.Once

// runeClassOf returns the classes of r.
func runeClassOf(r rune) runeClass {
	if uint32(r) < 0x10000 {
		if c := runeClass(runeClasses[r>>3&0x1fff].Load() >> (r & 7 * 8)); c != 0 {
			return c
		}
	}
	return runeClassSlow(r)
}

// runeClassSlow is runeClassOf for a rune beyond the plane, or whose block is not filled
// yet (it fills it).
func runeClassSlow(r rune) runeClass {
	if r < 0 || r >= 0x10000 {
		return classify(r)
	}
	classFilled[r>>8].Do(func() { fillRuneClasses(r &^ 0xff) })
	return runeClass(runeClasses[r>>3&0x1fff].Load() >> (r & 7 * 8))
}

// fillRuneClasses works out the classes of the block of 256 runes from first.
func fillRuneClasses(first rune) {
	for r := first; r < first+0x100; r += 8 {
		var w uint64
		for k := range rune(8) {
			w |= uint64(classify(r+k)) << (k * 8)
		}
		runeClasses[r>>3].Store(w)
	}
}

// classify asks the unicode package for the classes of r.
func classify(r rune) runeClass {
	c := classKnown
	if unicode.IsLetter(r) {
		c |= classLetter
	}
	if unicode.IsDigit(r) {
		c |= classDigit
	}
	if unicode.IsMark(r) {
		c |= classMark
	}
	if isUnspacedScript(r) {
		c |= classUnspaced
	}
	if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
		c |= classIdeo
	}
	if unicode.Is(unicode.Hangul, r) {
		c |= classHangul
	}
	return c
}

// isUnspacedScript reports whether r is of a script written without spaces between
// words: Han, Hiragana, Katakana or Thai.
func isUnspacedScript(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r)
}

// isLetterRune is unicode.IsLetter.
func isLetterRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return runeClassOf(r)&classLetter != 0
}

// isDigitRune is unicode.IsDigit.
func isDigitRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return runeClassOf(r)&classDigit != 0
}

// isLetterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r).
func isLetterOrDigit(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return runeClassOf(r)&(classLetter|classDigit) != 0
}

// isWordClass is unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r).
func isWordClass(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return runeClassOf(r)&(classLetter|classDigit|classMark) != 0
}
