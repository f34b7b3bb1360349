package winnow

import (
	"unicode/utf8"
)

// phraseSet answers whether a text, lower-cased, holds any of a few lists of phrases:
// strings.Contains(strings.ToLower(s), w) for every w, in one pass over s. A text is
// read once for all the phrases, and most of its positions are turned away by their
// first two bytes: short lines of every page are asked about (see isEditStamp).
type phraseSet struct {
	pairs   [1 << 16 / 64]uint64 // the first two bytes of the phrases, as a bit set
	byFirst [256][]string        // the phrases of two bytes or more, by their first byte
	single  [256]bool            // the phrases of one byte
	singles bool                 // whether there is a phrase of one byte
	empty   bool                 // the empty phrase, which every text holds
	// step and grams let phraseIn read every step-th pair of bytes of a text only:
	// grams holds the pairs at the first step offsets of every phrase, and each
	// phrase is longer than step (see newPhraseSet).
	step  int
	grams [1 << 16 / 64]uint64
}

// maxPhraseStep bounds phraseSet.step: the longer the step, the more pairs each phrase
// gives grams and the more often a text's pair is one of them.
const maxPhraseStep = 4

// newPhraseSet makes the set of the phrases of lists, which are in lower case.
func newPhraseSet(lists ...[]string) *phraseSet {
	p := &phraseSet{}
	for _, list := range lists {
		for _, w := range list {
			switch len(w) {
			case 0:
				p.empty = true
			case 1:
				p.single[w[0]], p.singles = true, true
			default:
				k := uint16(w[0])<<8 | uint16(w[1])
				p.pairs[k>>6] |= 1 << (k & 63)
				p.byFirst[w[0]] = append(p.byFirst[w[0]], w)
			}
		}
	}
	// A phrase of n bytes holds n-1 pairs, one at each of its offsets 0 to n-2; where
	// it starts in a text, a position read by a step of n-1 or less falls on one of
	// them.
	p.step = maxPhraseStep
	for _, list := range lists {
		for _, w := range list {
			p.step = max(1, min(p.step, len(w)-1))
		}
	}
	for _, list := range lists {
		for _, w := range list {
			for o := 0; o < p.step && o+1 < len(w); o++ {
				k := uint16(w[o])<<8 | uint16(w[o+1])
				p.grams[k>>6] |= 1 << (k & 63)
			}
		}
	}
	return p
}

// maxStackLower bounds the texts lower-cased on the stack.
const maxStackLower = 256

// in reports whether s, lower-cased as strings.ToLower does, holds one of the phrases.
func (p *phraseSet) in(s string) bool {
	if p.empty {
		return true
	}
	var buf [maxStackLower]byte
	if low, ok := lowerASCII(buf[:0], s); ok {
		return phraseIn(p, low)
	}
	return phraseIn(p, lowerCase(s))
}

// inLower reports whether s, taken as it is (a text already in lower case), holds one of
// the phrases, as strings.Contains does for each.
func (p *phraseSet) inLower(s string) bool {
	return p.empty || phraseIn(p, s)
}

// phraseIn reports whether low holds one of p's phrases of one byte or more.
func phraseIn[T string | []byte](p *phraseSet, low T) bool {
	if !p.singles && p.step > 1 {
		// Most sets have no phrase of one byte and none of two: every step-th pair
		// of bytes is read, and only one that is in grams has the starts that lead
		// to it (the step positions up to it) asked about the pair each opens.
		for j := 0; j+1 < len(low); j += p.step {
			k := uint16(low[j])<<8 | uint16(low[j+1])
			if p.grams[k>>6]&(1<<(k&63)) == 0 {
				continue
			}
			for i := max(0, j-p.step+1); i <= j; i++ {
				if phraseAt(p, low, i) {
					return true
				}
			}
		}
		return false
	}
	if !p.singles {
		// Each position is asked only about the pair of bytes it opens, and the last
		// byte opens none.
		for i := 0; i+1 < len(low); i++ {
			if phraseAt(p, low, i) {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(low); i++ {
		c := low[i]
		if p.single[c] {
			return true
		}
		if i+1 < len(low) && phraseAt(p, low, i) {
			return true
		}
	}
	return false
}

// phraseAt reports whether one of p's phrases of two bytes or more starts at low[i],
// which has a byte after it: the pair of bytes there is looked up first, and only a pair
// that opens a phrase has its phrases compared.
func phraseAt[T string | []byte](p *phraseSet, low T, i int) bool {
	c := low[i]
	k := uint16(c)<<8 | uint16(low[i+1])
	if p.pairs[k>>6]&(1<<(k&63)) == 0 {
		return false
	}
	for _, w := range p.byFirst[c] {
		if len(low)-i >= len(w) && string(low[i:i+len(w)]) == w {
			return true
		}
	}
	return false
}

// lowerASCII appends s in ASCII lower case to dst and reports true when s is all ASCII
// and fits in dst's room; it reports false otherwise (dst is then to be ignored).
func lowerASCII(dst []byte, s string) ([]byte, bool) {
	if len(s) > cap(dst)-len(dst) {
		return dst, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// containsDigit reports whether s holds an ASCII digit, as strings.ContainsAny(s,
// "0123456789") does without building its set of bytes at every call: every short text
// of a page is asked whether it may be a date.
func containsDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}
