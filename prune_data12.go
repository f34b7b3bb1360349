package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Data text: a page's scripts sometimes read their settings or their prices from an
// element of the page rather than from a script tag, a box made invisible by a class
// or an opacity the extractor cannot read, that holds a JSON object on one line
// (<div id="widget-config" style="opacity:0">{"lang":"en","hideMobile":false,…}</div>).
// No reader sees it, and no author writes prose so. A code sample that shows JSON sits
// in a pre or code element, laid out over lines, and is left.

// dataTextMinBytes is the least length of a block's JSON text to be taken for data: a
// short "{"a":1}" may be a code span's example in a sentence.
const dataTextMinBytes = 100

// dataTextMinKeys is the least number of keys (`":`) a block's JSON text has.
const dataTextMinKeys = 3

// dropDataText drops, inside the chosen roots, the divs and spans whose own text is a
// JSON object or array on one line (see isDataText).
func (t *tree) dropDataText(roots []int32) {
	t.dropMatching(roots, dropCue, func(i int32, b *blk) bool {
		if b.tag != atom.Div && b.tag != atom.Span || b.firstText == none {
			return false
		}
		f := &t.nodes[b.firstText]
		if f.parent != i || f.n.NextSibling != nil || f.n.PrevSibling != nil {
			return false
		}
		return isDataText(f.n.Data)
	})
}

// isDataText reports whether s, trimmed, is a JSON object or array on one line of at
// least dataTextMinBytes, with at least dataTextMinKeys keys.
func isDataText(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < dataTextMinBytes || !(strings.HasPrefix(s, `{"`) || strings.HasPrefix(s, `[{"`)) {
		return false
	}
	if c := s[len(s)-1]; c != '}' && c != ']' || strings.IndexByte(s, '\n') >= 0 {
		return false
	}
	return strings.Count(s, `":`) >= dataTextMinKeys
}
