package winnow

// CSS modules (webpack's css-loader, Next.js) name a class "[file]_[local]__[hash]":
// "mdx-table_root__adKqa", "AccordionTextItem_item__adF2E", "header__42Fek". The hash is
// five characters of the base64 URL alphabet, random, so the class-word scanner would read
// its letters as words: "adKqa" gives "ad", and a table or a whole answer was taken for an
// advert. The scanner skips such a hash: its letters name no kind and are in no word list.

// cssModuleHashLen is the length of a CSS-modules hash ("[hash:base64:5]", the length
// css-loader and Next.js use).
const cssModuleHashLen = 5

// isHashByte reports whether c is in the base64 URL alphabet a hash is written in.
func isHashByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

// cssModuleHashEnd reports, for a value v whose byte i opens "__", where the token ends if
// the rest of it is a CSS-modules hash, and 0 if it is not. The rest is a hash when, after
// the "__" and at most one more "_" (older css-loader names join with "___"), it is
// cssModuleHashLen bytes of the base64 URL alphabet up to the token's end, in which a
// letter follows a digit or an upper-case letter follows a lower-case one ("adF2E",
// "adKqa", "r0DFB"). A BEM element of that length is a lower-case word ("block__title"),
// maybe numbered ("item__date2"), or a capitalized one ("Card__Title", "List__Price"), or
// all capitals, and is kept: these shapes are what a random hash seldom is, and what
// names are. It does not allocate and reads at most cssModuleHashLen+3 bytes; the scans
// on the hot path call it only where "__" opens, since it is too big to be inlined.
func cssModuleHashEnd(v string, i int) int {
	if i+1 >= len(v) || v[i] != '_' || v[i+1] != '_' {
		return 0
	}
	j := i + 2
	if j < len(v) && v[j] == '_' && !tokenEndsAt(v, j+cssModuleHashLen) {
		j++
	}
	end := j + cssModuleHashLen
	if !tokenEndsAt(v, end) {
		return 0 // the usual case, a BEM element ("post__content"), is turned away here
	}
	for k := j; k < end; k++ {
		if !isHashByte(v[k]) {
			return 0
		}
	}
	for k := j + 1; k < end; k++ {
		c := v[k]
		p := v[k-1]
		if '0' <= p && p <= '9' && ('a' <= c|0x20 && c|0x20 <= 'z') || 'a' <= p && p <= 'z' && 'A' <= c && c <= 'Z' {
			return end
		}
	}
	return 0
}

// tokenEndsAt reports whether a class token of v ends at byte i: at the value's end or at
// white space.
func tokenEndsAt(v string, i int) bool {
	return i == len(v) || i < len(v) && isASCIISpace(v[i])
}
