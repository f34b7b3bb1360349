// Package metrics implements the scoring rules of the evaluation sets in
// /work/shared/eval (see its README.md): shingle F1 (the article extraction
// benchmark's rule), bag-of-words F1 (WCXB's rule), snippet F1 (trafilatura's
// rule) and exact-match metadata comparison.
//
// The package uses the standard library only.
package metrics

import (
	"strings"
	"unicode"
)

// IsWordRune reports whether r can start a \w token: a Unicode letter, a
// number or '_' (Python's \w).
func IsWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isWordMark reports whether r continues a token it follows: a combining
// mark other than a variation selector. Python's \w has no marks; they are
// kept inside words here so that decomposed Vietnamese or the vowel signs of
// Indic scripts do not split their words. A mark never starts a token, so an
// emoji's variation selector (U+FE0F) does not become a token of its own.
func isWordMark(r rune) bool {
	return unicode.IsMark(r) && !unicode.Is(unicode.Variation_Selector, r)
}

// Tokens returns the \w+ tokens of s, in order, case preserved. A token is a
// run of letters, numbers, '_' and (after its first rune) combining marks.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if start >= 0 {
			if IsWordRune(r) || isWordMark(r) {
				continue
			}
			out = append(out, s[start:i])
			start = -1
		}
		if IsWordRune(r) {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// LowerTokens returns the \w+ tokens of the lower-cased s.
func LowerTokens(s string) []string {
	return Tokens(strings.ToLower(s))
}

// isSpace is Python's str.isspace: Unicode white space plus the information
// separators U+001C..U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// CollapseSpace replaces every run of white space in s by one space and trims
// both ends, like Python's re.sub(r"\s+", " ", s).strip().
func CollapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if isSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
