package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file turns heading texts into the keys of the table of boilerplate headings
// (headingCues, cues_headings.go) and looks them up.

// headingIndex maps a normalised heading to the kind of box it opens.
type headingIndex map[string]cueKind

// buildHeadingIndex folds every language's phrases into one lookup table. It is a pure
// function of the heading tables (cues_headings.go), run once at package initialisation.
func buildHeadingIndex(all []langCues) headingIndex {
	idx := make(headingIndex, 2048)
	for _, lc := range all {
		for kind := cueKind(1); kind < numCueKinds; kind++ {
			for _, p := range lc.phrases[kind] {
				key := normHeading(p)
				if key == "" {
					continue
				}
				// The first kind wins; kinds are walked in the order of their
				// strength, related first.
				if _, dup := idx[key]; !dup {
					idx[key] = kind
				}
			}
		}
	}
	return idx
}

var headings = buildHeadingIndex(headingCues)

// maxHeadingRunes bounds the length of text looked up as a heading: box headings are short.
const maxHeadingRunes = 60

// maxHeadingText bounds the raw text handed to lookupHeading before trimming and folding:
// twice a heading's length leaves room for the spaces and marks that normHeading removes.
// inlineText reads at most this many bytes of a block for the same reason.
const maxHeadingText = 2 * maxHeadingRunes

// normHeading case-folds s, composes it to NFC, collapses spaces and trims punctuation and
// symbols at both ends ("Đọc thêm:" and "» Related" match "đọc thêm" and "related").
func normHeading(s string) string {
	return string(appendNormHeading(nil, s))
}

// appendNormHeading appends normHeading(s) to dst. It lower-cases rune by rune, as
// strings.ToLower does, and folds the white space that strings.Fields splits at.
func appendNormHeading(dst []byte, s string) []byte {
	if d, ok := appendNormHeadingASCII(dst, s); ok {
		return d
	}
	s = strings.TrimFunc(s, isHeadingTrim)
	if s == "" || utf8.RuneCountInString(s) > maxHeadingRunes {
		return dst
	}
	start, space := len(dst), false
	for _, r := range s {
		r = lowerRune(r)
		if isSpaceRune(r) {
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	if belowCombining(dst[start:]) || allNFCInert(dst[start:]) {
		return dst
	}
	// A copy goes to the normaliser, which keeps what it is given beyond the call: dst
	// stays on the caller's stack.
	return append(dst[:start], norm.NFC.String(string(dst[start:]))...)
}

// isHeadingTrim reports the runes trimmed from the ends of a heading's text.
func isHeadingTrim(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// Classes of ASCII bytes for appendNormHeadingASCII, from the unicode predicates that
// appendNormHeading applies.
const (
	headingTrim  uint8 = 1 << iota // isHeadingTrim
	headingSpace                   // unicode.IsSpace
)

var headingASCII = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if isHeadingTrim(rune(c)) {
			t[c] |= headingTrim
		}
		if unicode.IsSpace(rune(c)) {
			t[c] |= headingSpace
		}
	}
	return t
}()

// appendNormHeadingASCII is appendNormHeading for an ASCII text, without decoding runes
// (an ASCII text is in NFC); ok is false, and dst to be ignored, when s is not ASCII.
func appendNormHeadingASCII(dst []byte, s string) ([]byte, bool) {
	if !isASCII(s) {
		return dst, false
	}
	i, j := 0, len(s)
	for i < j && headingASCII[s[i]]&headingTrim != 0 {
		i++
	}
	for j > i && headingASCII[s[j-1]]&headingTrim != 0 {
		j--
	}
	s = s[i:j]
	if s == "" || len(s) > maxHeadingRunes {
		return dst, true
	}
	start, space := len(dst), false
	for k := 0; k < len(s); k++ {
		c := s[k]
		if headingASCII[c]&headingSpace != 0 {
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, lower(c))
	}
	return dst, true
}

// belowCombining reports whether the UTF-8 text b holds only runes below U+0300, the first
// combining mark: such text is in NFC whatever the order of its runes, since none of them
// composes, decomposes or reorders. Their encodings never hold a byte above 0xCB.
func belowCombining(b []byte) bool {
	for _, c := range b {
		if c >= 0xcc {
			return false
		}
	}
	return true
}

// lookupHeading reports the kind of box a heading text opens, or cueNone. The key is
// built on the stack: headings are looked up for many blocks of every page.
func lookupHeading(s string) cueKind {
	if len(s) > maxHeadingText && utf8.RuneCountInString(s) > maxHeadingText {
		return cueNone
	}
	var buf [maxHeadingRunes * utf8.UTFMax]byte
	key := appendNormHeading(buf[:0], s)
	if rankNotMark(key, s) {
		return cueNone
	}
	if k, ok := headings[string(key)]; ok {
		return k
	}
	if bare := trimCount(key); len(bare) < len(key) && headings[string(bare)] == cueComments {
		return cueComments
	}
	return prefixHeading(key)
}
