package winnow

// Having classes: a class name that opens with "has" or "with" says what a block holds,
// not what it is: "row has-side-banner" is the row beside which a banner stands,
// "layout with-sidebar" the wrapper of a page's column and its sidebar, "post
// has-comments" a post under which comments follow. Themes set such state classes on
// the wrapper of the content itself, so the token names no kind of box (the block
// keeps the kinds its other tokens name). Only the name's first word is asked:
// "sidebar-with-ads" is a sidebar.

// havingWords open a class name that says what a block holds (see the file's comment).
var havingWords = map[string]bool{"has": true, "with": true}

// isHavingWord reports whether w, a word in lower case, is in havingWords. It is asked
// of the first word of every class token: the length and first byte turn nearly all
// away without a map lookup.
func isHavingWord(w []byte) bool {
	return (len(w) == 3 && w[0] == 'h' || len(w) == 4 && w[0] == 'w') && havingWords[string(w)]
}
