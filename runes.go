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
// Basic Multilingual Plane, 16 bits of classes and script per rune, and reads them back
// with one load; the runes beyond the plane (emoji, rare ideographs) are left to the unicode
// package.

// runeClass holds the classes of one rune as bits, and its script (runeScript) in the
// bits from scriptShift on; classKnown is set for every rune of a block once the block
// is filled, so that zero means "not yet worked out".
type runeClass uint16

const (
	classKnown    runeClass = 1 << iota
	classLetter             // unicode.IsLetter
	classDigit              // unicode.IsDigit
	classMark               // unicode.IsMark
	classUnspaced           // isUnspacedScript: Han, Hiragana, Katakana or Thai
	classIdeo               // Han, Hiragana or Katakana: runeUnits weighs it as a word
	classHangul             // unicode.Hangul
)

// runeScript names the scripts detectLanguage counts; a rune in none is scriptOther.
type runeScript uint8

const (
	scriptOther runeScript = iota
	scriptKana             // unicode.Hiragana or unicode.Katakana
	scriptHan
	scriptHangul
	scriptThai
	scriptArabic
	scriptDevanagari
	scriptCyrillic
	scriptLatin
)

// scriptShift is where a runeClass holds the rune's runeScript.
const scriptShift = 8

// scriptOf returns the script of r.
func scriptOf(r rune) runeScript {
	return runeScript(runeClassOf(r) >> scriptShift)
}

// scriptTables are the unicode tables of the scripts of runeScript, in its order.
var scriptTables = [...]*unicode.RangeTable{
	scriptHan:        unicode.Han,
	scriptHangul:     unicode.Hangul,
	scriptThai:       unicode.Thai,
	scriptArabic:     unicode.Arabic,
	scriptDevanagari: unicode.Devanagari,
	scriptCyrillic:   unicode.Cyrillic,
	scriptLatin:      unicode.Latin,
}

// classifyScript asks the unicode package for the script of r, the first of
// runeScript's that holds it.
func classifyScript(r rune) runeScript {
	if unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
		return scriptKana
	}
	for sc := scriptHan; sc <= scriptLatin; sc++ {
		if unicode.Is(scriptTables[sc], r) {
			return sc
		}
	}
	return scriptOther
}

// runeClasses holds the runeClass of every rune of the Basic Multilingual Plane, four
// runes a word, read and written atomically (a plain load on most machines): pages are
// read from several goroutines. A block's bytes are zero until classFilled fills it.
var runeClasses [0x10000 / 4]atomic.Uint64

// classFilled holds, per block of 256 runes of the Basic Multilingual Plane, the filling
// of its bytes in runeClasses.
var classFilled [0x100]sync.Once

// runeClassOf returns the classes of r.
func runeClassOf(r rune) runeClass {
	if uint32(r) < 0x10000 {
		if c := runeClass(runeClasses[r>>2&0x3fff].Load() >> (r & 3 * 16)); c != 0 {
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
	return runeClass(runeClasses[r>>2&0x3fff].Load() >> (r & 3 * 16))
}

// fillRuneClasses works out the classes of the block of 256 runes from first.
func fillRuneClasses(first rune) {
	for r := first; r < first+0x100; r += 4 {
		var w uint64
		for k := range rune(4) {
			w |= uint64(classify(r+k)) << (k * 16)
		}
		runeClasses[r>>2].Store(w)
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
	return c | runeClass(classifyScript(r))<<scriptShift
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
