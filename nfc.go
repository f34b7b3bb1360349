package winnow

import (
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Pages are checked for Unicode normalisation form C twice, once decoded and once
// rendered, and norm.NFC.IsNormal looks every non-ASCII rune up in its tables. Most
// runes of most scripts are inert: a starter that nothing before it combines with and
// that NFC keeps as it is (a Latin or Cyrillic letter, an ideograph, a Hangul syllable).
// Text splits at them into pieces that normalise apart, so that isNFC needs the
// normaliser only for the few pieces holding another rune (a combining mark, a Thai
// tone mark, a Hangul jamo), and learns inertness once per block of 256 runes.

// nfcInert holds a bit per rune of the Basic Multilingual Plane, set when the rune is
// inert. The bits of a block of 256 runes are worked out from the normaliser's own
// tables the first time the block is met (nfcFilled); until then they are all zero, so
// that a rune not known to be inert goes to isNFCInert, which fills its block. The words
// are read and written atomically (a plain load on most machines): pages are checked
// from several goroutines.
var nfcInert [0x10000 / 64]atomic.Uint64

// nfcFilled holds, per block of 256 runes of the Basic Multilingual Plane, the filling
// of its bits in nfcInert.
var nfcFilled [0x100]sync.Once

// latinInert is the first rune that is not inert: U+0300, the first combining mark.
const latinInert = 0x300

// isNFCInert reports whether r is inert for NFC: canonical combining class 0, a
// decomposition (if any) that starts with a starter, combining with nothing before it,
// and unchanged by NFC. Runes outside the BMP are reported as not inert.
func isNFCInert(r rune) bool {
	if r < latinInert {
		return true
	}
	if r >= 0x10000 {
		return false
	}
	nfcFilled[r>>8].Do(func() { fillNFCInert(r &^ 0xff) })
	return knownInert(r)
}

// knownInert reports whether r, a rune of the Basic Multilingual Plane from latinInert
// on, is inert and its block already filled: unlike isNFCInert it makes no call, so that
// it is inlined where nfcPiece reads the runes of a page; a false answer sends r to
// isNFCInert. A surrogate is never inert.
func knownInert(r rune) bool {
	return nfcInert[r>>6&0x3ff].Load()&(1<<(r&63)) != 0
}

// fillNFCInert sets the bits of the inert runes of the block of 256 runes from first.
func fillNFCInert(first rune) {
	var buf [utf8.UTFMax]byte
	var words [4]uint64
	for r := first; r < first+0x100; r++ {
		if !utf8.ValidRune(r) {
			continue // a surrogate
		}
		s := buf[:utf8.EncodeRune(buf[:], r)]
		p := norm.NFC.Properties(s)
		if p.CCC() == 0 && p.LeadCCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(s) {
			words[r>>6&3] |= 1 << (r & 63)
		}
	}
	for k, w := range words {
		nfcInert[int(first>>6)+k].Store(w)
	}
}

// isNFCBytes reports whether b is in NFC, as norm.NFC.IsNormal does.
func isNFCBytes(b []byte) bool {
	for i := 0; ; {
		start, end, bad := nfcPiece(b, i)
		switch {
		case bad:
			return norm.NFC.IsNormal(b) // not UTF-8: left to the normaliser, as it was
		case start < 0:
			return true
		case !norm.NFC.IsNormal(b[start:end]):
			return false
		}
		i = end
	}
}

// validNFC reports whether b is UTF-8 (as utf8.Valid does) and, if it is, whether it
// is in NFC (as norm.NFC.IsNormal does), reading it once.
func validNFC(b []byte) (valid, nfc bool) {
	for i := 0; ; {
		start, end, bad := nfcPiece(b, i)
		switch {
		case bad:
			return false, false
		case start < 0:
			return true, true
		case !norm.NFC.IsNormal(b[start:end]):
			return utf8.Valid(b[end:]), false
		}
		i = end
	}
}

// allNFCInert reports whether b is UTF-8 made of inert runes only, and so in NFC. Unlike
// isNFCBytes it never hands b to the normaliser, which keeps what it is given: b may stay
// on the caller's stack.
func allNFCInert(b []byte) bool {
	start, _, bad := nfcPiece(b, 0)
	return start < 0 && !bad
}

// isNFCString reports whether s is in NFC, as norm.NFC.IsNormalString does.
func isNFCString(s string) bool {
	for i := 0; ; {
		start, end, bad := nfcPiece(s, i)
		switch {
		case bad:
			return norm.NFC.IsNormalString(s)
		case start < 0:
			return true
		case !norm.NFC.IsNormalString(s[start:end]):
			return false
		}
		i = end
	}
}

// nfcPiece returns the next piece of s from i on that holds a rune that is not inert:
// from the inert rune before it to the inert rune after it. start is -1 when there is
// none; bad reports bytes that are not UTF-8. s[i] must start a rune.
func nfcPiece[T string | []byte](s T, i int) (start, end int, bad bool) {
	piece := i // where the piece being read starts: at an inert rune
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			// A short run of ASCII between two other runes (a word of French or
			// Vietnamese) ends within a few bytes: they are read here, and a longer run
			// is left to asciiEnd.
			i++
			for end := min(i+shortASCIIRun, len(s)); i < end && s[i] < utf8.RuneSelf; {
				i++
			}
			if i < len(s) && s[i] < utf8.RuneSelf {
				i = asciiEnd(s, i)
			}
			piece = i - 1
			continue
		}
		// An inert rune of two or three bytes (most non-ASCII runes of most pages) is
		// decoded here, as decodeRune would, without a call.
		if c := s[i]; c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			if r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f); r < latinInert || knownInert(r) {
				piece = i
				i += 2
				continue
			}
		} else if c >= 0xe0 && c < 0xf0 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			if r := rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f); r >= 0x800 && knownInert(r) {
				piece = i
				i += 3
				continue
			}
		}
		r, size := decodeRune(s[i:])
		if size == 0 {
			return 0, 0, true
		}
		if isNFCInert(r) {
			piece = i
			i += size
			continue
		}
		for i += size; i < len(s) && s[i] >= utf8.RuneSelf; i += size {
			if r, size = decodeRune(s[i:]); size == 0 {
				return 0, 0, true
			}
			if isNFCInert(r) {
				break
			}
		}
		return piece, i, false
	}
	return -1, -1, false
}

// shortASCIIRun is how many bytes of ASCII nfcPiece reads itself before it hands the
// rest of a run to asciiEnd.
const shortASCIIRun = 8

// asciiEnd returns the index of the first byte of s at or after i that is not ASCII, or
// len(s). It reads eight bytes at a time: most bytes of most pages are ASCII.
func asciiEnd[T string | []byte](s T, i int) int {
	const high = 0x8080808080808080
	for i+16 <= len(s) && (load64(s, i)|load64(s, i+8))&high == 0 {
		i += 16
	}
	for i+8 <= len(s) && load64(s, i)&high == 0 {
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// load64 reads the eight bytes of s from i on as one little-endian word (the compiler
// makes it a single load).
func load64[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// decodeRune decodes the rune of two to four bytes that s starts with; size is 0 for
// bytes that are not UTF-8.
func decodeRune[T string | []byte](s T) (r rune, size int) {
	c := s[0]
	switch {
	case c >= 0xc2 && c < 0xe0:
		if len(s) < 2 || s[1]&0xc0 != 0x80 {
			return 0, 0
		}
		return rune(c&0x1f)<<6 | rune(s[1]&0x3f), 2
	case c >= 0xe0 && c < 0xf0:
		if len(s) < 3 || s[1]&0xc0 != 0x80 || s[2]&0xc0 != 0x80 {
			return 0, 0
		}
		r = rune(c&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f)
		if r < 0x800 || 0xd800 <= r && r <= 0xdfff {
			return 0, 0 // overlong, or a surrogate
		}
		return r, 3
	case c >= 0xf0 && c <= 0xf4:
		if len(s) < 4 || s[1]&0xc0 != 0x80 || s[2]&0xc0 != 0x80 || s[3]&0xc0 != 0x80 {
			return 0, 0
		}
		r = rune(c&0x07)<<18 | rune(s[1]&0x3f)<<12 | rune(s[2]&0x3f)<<6 | rune(s[3]&0x3f)
		if r < 0x10000 || r > utf8.MaxRune {
			return 0, 0 // overlong, or past Unicode
		}
		return r, 4
	}
	return 0, 0
}
