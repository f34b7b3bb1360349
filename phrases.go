package winnow

import (
	"unicode"
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

// anchorSet tells, from a text's own bytes, before any lower-casing or folding of its
// white space, whether the text may hold one of some phrases (in lower case, words
// joined by single spaces, as lowerText gives a block's words), so that most blocks
// are never lower-cased. Each phrase is known by an anchor: four ASCII letters in a row
// inside it. Lower-casing makes such letters only of ASCII letters and of two runes past
// ASCII, U+0130 ('i') and the Kelvin sign ('k'), and nothing parts letters in a row;
// so a text that holds a phrase holds its anchor, in some case, or one of those two
// runes when the anchor has an 'i' or a 'k'. The anchors are kept as 16-bit hashes in
// a bit set: a text whose four letters in a row all miss it holds no phrase. A phrase
// without four ASCII letters in a row is known by its runes past ASCII instead: a text
// that holds it holds one of them in some case, so it lets through the texts holding a
// lead byte of any case of them. One of ASCII alone without an anchor lets every text
// through.
type anchorSet struct {
	bits   [1 << 16 / 64]uint64
	leads  [256]bool // lead bytes past ASCII that let a text through
	ik     bool      // an anchor has an 'i' or a 'k': U+0130 and the Kelvin sign let a text through
	always bool      // any text may hold a phrase
}

// anchorHash maps four letters (lower case, the first in the high byte) to 16 bits.
func anchorHash(k uint32) uint32 { return k * 0x9e3779b1 >> 16 }

// newAnchorSet makes the anchorSet of the phrases of lists.
func newAnchorSet(lists ...[]string) *anchorSet {
	p := &anchorSet{}
	for _, list := range lists {
		for _, w := range list {
			k, ok := phraseAnchor(w)
			switch {
			case ok:
				h := anchorHash(k)
				p.bits[h>>6] |= 1 << (h & 63)
				p.ik = p.ik || anchorHasIK(k)
			case hasNonASCII(w):
				var enc [utf8.UTFMax]byte
				for _, r := range w {
					if r < utf8.RuneSelf {
						continue
					}
					// Every case of r: the runes that lower-case to it are among them.
					for f := r; ; {
						utf8.EncodeRune(enc[:], f)
						p.leads[enc[0]] = true
						if f = unicode.SimpleFold(f); f == r {
							break
						}
					}
				}
			default:
				p.always = true
			}
		}
	}
	return p
}

// mayHold reports whether text s, one text node of a block, may hold one of the
// phrases (see anchorSet).
func (p *anchorSet) mayHold(s string) bool {
	if p.always {
		return true
	}
	var k uint32
	for i := 0; i < len(s); i++ {
		c := s[i]
		if l := c | 0x20; 'a' <= l && l <= 'z' {
			k = k<<8 | uint32(l)
			if k>>24 != 0 {
				if h := anchorHash(k); p.bits[h>>6]&(1<<(h&63)) != 0 {
					return true
				}
			}
			continue
		}
		k = 0
		if c >= utf8.RuneSelf {
			if p.leads[c] || p.ik && (c == 0xc4 && i+1 < len(s) && s[i+1] == 0xb0 || // U+0130
				c == 0xe2 && i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xaa) { // U+212A
				return true
			}
		}
	}
	return false
}

// phraseAnchor returns the anchor of phrase w (see anchorSet), its four letters from
// the high byte down: the first four ASCII letters in a row free of 'i' and 'k', else
// the first four in a row; false when w has no four in a row.
func phraseAnchor(w string) (uint32, bool) {
	var first uint32
	found := false
	for i := 0; i+4 <= len(w); i++ {
		var k uint32
		letters, plain := true, true
		for _, c := range []byte(w[i : i+4]) {
			letters = letters && 'a' <= c && c <= 'z'
			plain = plain && c != 'i' && c != 'k'
			k = k<<8 | uint32(c)
		}
		if !letters {
			continue
		}
		if plain {
			return k, true
		}
		if !found {
			first, found = k, true
		}
	}
	return first, found
}

// anchorHasIK reports whether anchor k holds an 'i' or a 'k'.
func anchorHasIK(k uint32) bool {
	for shift := 0; shift < 32; shift += 8 {
		if c := byte(k >> shift); c == 'i' || c == 'k' {
			return true
		}
	}
	return false
}

// hasNonASCII reports whether s holds a byte past ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
