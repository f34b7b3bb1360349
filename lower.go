package winnow

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The cue matchers lower-case short texts of every page (a block's words, a byline, a
// heading) and split them at white space, and the unicode package answers both for a
// rune that is not ASCII by a search of its tables. Most runes of most scripts have no
// upper case (Thai, Han, kana, Hangul, Arabic, Devanagari) or are lower case already:
// lowerRune learns which runes of the Basic Multilingual Plane lower-case to themselves
// once per block of 256, and asks the tables only about the others.

// caseSame holds a bit per rune of the Basic Multilingual Plane, set when
// unicode.ToLower leaves the rune as it is. The bits of a block of 256 runes are worked
// out the first time the block is met (caseFilled); until then they are all zero, so
// that a rune not known to stay goes to lowerSame, which fills its block. The words are
// read and written atomically (a plain load on most machines): pages are read from
// several goroutines.
var caseSame [0x10000 / 64]atomic.Uint64

// caseFilled holds, per block of 256 runes of the Basic Multilingual Plane, the filling
// of its bits in caseSame.
var caseFilled [0x100]sync.Once

// lowerSame reports whether unicode.ToLower(r) == r.
func lowerSame(r rune) bool {
	if r < 0 || r >= 0x10000 {
		return unicode.ToLower(r) == r
	}
	caseFilled[r>>8].Do(func() { fillCaseSame(r &^ 0xff) })
	return knownSame(r)
}

// knownSame reports whether r, a rune of the Basic Multilingual Plane, lower-cases to
// itself and its block is already filled: unlike lowerSame it makes no call, so that it
// is inlined where lowerCase and lowerRune read a text's runes; a false answer sends r
// to lowerSame.
func knownSame(r rune) bool {
	return caseSame[r>>6&0x3ff].Load()&(1<<(r&63)) != 0
}

// fillCaseSame sets the bits of the runes that lower-case to themselves in the block of
// 256 runes from first.
func fillCaseSame(first rune) {
	var words [4]uint64
	for r := first; r < first+0x100; r++ {
		if unicode.ToLower(r) == r {
			words[r>>6&3] |= 1 << (r & 63)
		}
	}
	for k, w := range words {
		caseSame[int(first>>6)+k].Store(w)
	}
}

// isCaselessWide reports whether s holds at i a rune of U+3000 to U+9FFF (CJK
// punctuation, kana, Han: most Chinese and Japanese text), which has no lower case: its
// three bytes are a lead byte 0xE3 to 0xE9 and two continuation bytes, always a valid
// rune of that range. lowerCase passes over it without decoding (a test holds the range
// to unicode.ToLower).
func isCaselessWide(s string, i int) bool {
	return i+2 < len(s) && s[i]-0xe3 <= 0xe9-0xe3 && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80
}

// lowerRune is unicode.ToLower.
func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if uint32(r) < 0x10000 && knownSame(r) || lowerSame(r) {
		return r
	}
	return unicode.ToLower(r)
}

// lowerCase returns s as strings.ToLower returns it, byte for byte: a byte that is not
// UTF-8 becomes U+FFFD once a rune before it changes. A text with nothing to lower-case
// comes back as it is, without a copy.
func lowerCase(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		if isCaselessWide(s, i) {
			i += 3
			continue
		}
		// decodeRune is utf8.DecodeRuneInString: size 0 is a byte that is not UTF-8,
		// a utf8.RuneError of one byte. The runes of two bytes (Latin with accents,
		// Greek, Cyrillic: most letters with cases past ASCII) are decoded here,
		// without a call.
		var r rune
		size := 0
		if c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			r, size = rune(c&0x1f)<<6|rune(s[i+1]&0x3f), 2
		} else {
			r, size = decodeRune(s[i:])
		}
		if size == 0 || !(uint32(r) < 0x10000 && knownSame(r) || lowerSame(r)) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + utf8.UTFMax)
	// The runes that stay as they are, most of them, are copied a run at a time: s[run:i]
	// is written when a rune that changes, or the end, is reached.
	run := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				sb.WriteString(s[run:i])
				sb.WriteByte(c + 'a' - 'A')
				run = i + 1
			}
			i++
			continue
		}
		if isCaselessWide(s, i) {
			i += 3
			continue
		}
		var r rune
		size := 0
		if c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			r, size = rune(c&0x1f)<<6|rune(s[i+1]&0x3f), 2
		} else {
			r, size = decodeRune(s[i:])
		}
		switch {
		case size == 0:
			size = 1
			sb.WriteString(s[run:i])
			sb.WriteRune(utf8.RuneError)
			run = i + size
		case uint32(r) < 0x10000 && knownSame(r) || lowerSame(r):
		default:
			sb.WriteString(s[run:i])
			sb.WriteRune(unicode.ToLower(r))
			run = i + size
		}
		i += size
	}
	sb.WriteString(s[run:])
	return sb.String()
}

// isSpaceRune is unicode.IsSpace without its table search: past Latin-1 the white
// space of Unicode is U+1680 and a few runes from U+2000 to U+3000.
func isSpaceRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiSpaces[r]
	}
	return isWideSpace(r)
}

// asciiSpaces marks the ASCII white space of unicode.IsSpace, as asciiSpace reports it.
var asciiSpaces = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isWideSpace is isSpaceRune for a rune that is not ASCII.
func isWideSpace(r rune) bool {
	switch {
	case r < 0x1680:
		return r == 0x85 || r == 0xa0
	case r < 0x2000:
		return r == 0x1680
	case r <= 0x3000:
		return unicode.IsSpace(r)
	}
	return false
}
