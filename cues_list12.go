package winnow

import "strings"

// A rank is no age mark: the heading tables hold "18+", the age mark a Russian site
// prints in its footer, which normalises to the bare number "18"; a ranked list's item
// opens with its rank ("18.", "18)"), which normalises to the same key, and its
// eighteenth entry read as the footer's heading took the rest of the list with it.
// A key of digits alone, from a text that opens with them or with a number sign
// ("#18", "№ 18"), is a rank, not the mark, unless the text carries the mark's plus
// sign. (A class year, "’18" after a name, stays as it was read.)

// rankNotMark reports whether the normalised heading key, digits alone, comes from a
// text that opens with them or a number sign and has no plus sign: an item's rank, no
// age mark.
func rankNotMark(key []byte, s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s, "#"), "№"), " ")
	if len(key) == 0 || s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for _, c := range key {
		if c < '0' || c > '9' {
			return false
		}
	}
	return !strings.Contains(s, "+")
}
