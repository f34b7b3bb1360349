package winnow

import (
	"strings"
	"unicode/utf8"
)

// This file reads the opening of the last lines of an article for a call to the reader
// (see promoPrefixes and postMetaPrefixes) as hasPromoPrefix does, at the cost of a
// line's opening rather than of its whole text and of every phrase.

// promoOpenings are promoPrefixes and postMetaPrefixes by their first byte: a line is
// compared with the phrases that open as it does.
var promoOpenings = func() (idx promoIndex) {
	for _, list := range [...][]string{promoPrefixes, postMetaPrefixes} {
		for _, p := range list {
			if p == "" {
				idx.empty = true // every line opens with it
				continue
			}
			idx.byFirst[p[0]] = append(idx.byFirst[p[0]], p)
		}
	}
	return idx
}()

// promoIndex files phrases by their first byte.
type promoIndex struct {
	byFirst [256][]string
	empty   bool // the empty phrase is one of them
}

// promoPrefixBytes is the length in bytes of the longest of promoPrefixes and
// postMetaPrefixes: how much of a line, lower-cased and trimmed, decides whether one of
// them opens it.
var promoPrefixBytes = func() int {
	n := 0
	for _, list := range [...][]string{promoPrefixes, postMetaPrefixes} {
		for _, p := range list {
			n = max(n, len(p))
		}
	}
	return n
}()

// promoHeadScale: opensWithPromo first reads the opening promoHeadScale times
// promoPrefixBytes bytes of a line, room for the spaces, marks and multi-byte runes that
// come with the letters of a phrase.
const promoHeadScale = 4

// opensWithPromo reports what hasPromoPrefix(text) does. The opening of text, cut at a
// rune, collapsed, lower-cased and trimmed as hasPromoPrefix treats the whole text, is an
// opening of the text so treated: when it keeps promoPrefixBytes bytes, it decides
// alone. Otherwise (an opening of spaces and bullets) the whole text is read.
func opensWithPromo(text string) bool {
	head := text
	if k := promoHeadScale * promoPrefixBytes; len(text) > k {
		for n := 0; n < utf8.UTFMax && !utf8.RuneStart(text[k]); n++ {
			k--
		}
		if utf8.RuneStart(text[k]) {
			head = text[:k]
		}
	}
	t, bare := promoOpening(head)
	if len(head) < len(text) && len(bare) < promoPrefixBytes {
		t, bare = promoOpening(text)
	}
	return opensWithPhrase(bare) || opensWithPhrase(t)
}

// promoOpening returns text as hasPromoPrefix compares it: collapsed, lower-cased and
// rid of leading bullets (t), and then of a leading "¡" or "¿" (bare).
func promoOpening(text string) (t, bare string) {
	t = strings.TrimLeft(lowerCase(collapse(text)), "»>›→•-–—*( ")
	return t, strings.TrimLeft(t, "¡¿")
}

// opensWithPhrase reports whether s opens with one of promoOpenings.
func opensWithPhrase(s string) bool {
	if promoOpenings.empty {
		return true
	}
	if s == "" {
		return false
	}
	for _, p := range promoOpenings.byFirst[s[0]] {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
