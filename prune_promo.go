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
var promoOpenings = newPrefixIndex(promoPrefixes, postMetaPrefixes)

// prefixIndex files phrases by their first byte, to tell whether a text opens with one
// of them.
type prefixIndex struct {
	byFirst [256][]string
	empty   bool // the empty phrase is one of them: every text opens with it
}

// newPrefixIndex files the phrases of lists.
func newPrefixIndex(lists ...[]string) *prefixIndex {
	idx := &prefixIndex{}
	for _, list := range lists {
		for _, p := range list {
			if p == "" {
				idx.empty = true
				continue
			}
			idx.byFirst[p[0]] = append(idx.byFirst[p[0]], p)
		}
	}
	return idx
}

// opensWith reports whether s opens with one of idx's phrases, as strings.HasPrefix
// does for each.
func opensWith[T string | []byte](idx *prefixIndex, s T) bool {
	if idx.empty {
		return true
	}
	if len(s) == 0 {
		return false
	}
	for _, p := range idx.byFirst[s[0]] {
		if len(s) >= len(p) && string(s[:len(p)]) == p {
			return true
		}
	}
	return false
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
	return opensWith(promoOpenings, bare) || opensWith(promoOpenings, t)
}

// promoOpening returns text as hasPromoPrefix compares it: collapsed, lower-cased and
// rid of leading bullets (t), and then of a leading "¡" or "¿" (bare).
func promoOpening(text string) (t, bare string) {
	t = strings.TrimLeft(lowerCase(collapse(text)), "»>›→•-–—*( ")
	return t, strings.TrimLeft(t, "¡¿")
}

// notePhrases are the phrases of hasDisclaimer and hasRightsNotice together: a short
// line that holds none of them, as most do, is read once for both.
var notePhrases = newPhraseSet(disclaimerWords, pitchWords, rightsNotices)
