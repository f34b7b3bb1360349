package winnow

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// This file holds the matchers that read a box heading beyond its whole text, for
// lookupHeading: a heading with the count of what its box holds, and a heading that
// names its topic after fixed opening words.

// trimCount strips from a normalised heading the count of what its box holds: "Kommentare
// (3)", "댓글 3", "12 comments" and "コメント（12）" head the same boxes as "Kommentare", "댓글",
// "comments" and "コメント". The number goes with the spaces and brackets around it; a
// heading that is a number and nothing else is left empty. lookupHeading believes the
// count only on a comments heading, where sites print it nearly always: on others a
// number is as often part of a section's own name ("Top 5", a year), and the eval pages
// lose text when it is dropped.
func trimCount(key []byte) []byte {
	isSep := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }
	end := len(key)
	for end > 0 {
		r, n := utf8.DecodeLastRune(key[:end])
		if !unicode.IsDigit(r) {
			break
		}
		end -= n
	}
	if end < len(key) {
		return bytes.TrimRightFunc(key[:end], isSep)
	}
	start := 0
	for start < len(key) {
		r, n := utf8.DecodeRune(key[start:])
		if !unicode.IsDigit(r) {
			break
		}
		start += n
	}
	return bytes.TrimLeftFunc(key[start:], isSep)
}

// prefixHeading reports the kind of box a normalised heading opens by its first words
// (see headingPrefixes), or cueNone.
func prefixHeading(key []byte) cueKind {
	for _, p := range headingPrefixes {
		if len(key) > len(p.prefix) && string(key[:len(p.prefix)]) == p.prefix {
			if c := key[len(p.prefix)]; c == ' ' || c == ':' {
				return p.kind
			}
		}
	}
	return cueNone
}
