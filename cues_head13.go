package winnow

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Slug ids: a page builder gives each section, or its heading, an id made of the
// heading's own words so that a link can point at it ("<div id=chat-gpt-launches-an-app-
// store><h2>ChatGPT Launches an App Store</h2></div>"). Read as cue words, a title's
// words name a box the block is not ("app", "store", "share", "related"): the id says
// what the heading says, and the heading is judged by its words elsewhere.

const (
	// slugMinWords is the least number of words of an id read as a heading's slug:
	// a component's id names it in a word or two ("sidebar", "related-posts").
	slugMinWords = 4
	// slugTextRunes bounds the text read to compare with the id: a heading's.
	slugTextRunes = 200
)

// isTextSlug reports whether id, of element n, is made of slugMinWords words or more,
// every one of them found in n's text (its letters and digits, lower-cased and run
// together, see slugTextRunes). Only ids of that many words read n's text, and only
// ids that carry a cue are asked.
func isTextSlug(id string, n *html.Node) bool {
	words, inWord := 0, false
	for k := 0; k < len(id); k++ {
		sep := id[k] == '-' || id[k] == '_'
		if !sep && !inWord {
			words++
		}
		inWord = !sep
	}
	if words < slugMinWords {
		return false
	}
	var textBuf [4 * slugTextRunes]byte // the text read, on the stack unless a node runs long
	text := textBuf[:0]
	runes := 0
	for d := range n.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		for _, r := range d.Data {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				text = utf8.AppendRune(text, unicode.ToLower(r))
			}
			runes++
		}
		if runes > slugTextRunes {
			break
		}
	}
	var wordBuf [64]byte
	for k := 0; k < len(id); {
		for k < len(id) && (id[k] == '-' || id[k] == '_') {
			k++
		}
		start := k
		for k < len(id) && id[k] != '-' && id[k] != '_' {
			k++
		}
		if start == k {
			continue
		}
		w := id[start:k]
		if len(w) > len(wordBuf) || !isASCII(w) {
			if !strings.Contains(string(text), strings.ToLower(w)) {
				return false
			}
			continue
		}
		lw := wordBuf[:len(w)]
		for x := 0; x < len(w); x++ {
			c := w[x]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lw[x] = c
		}
		if !bytes.Contains(text, lw) {
			return false
		}
	}
	return true
}
