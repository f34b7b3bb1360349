package winnow

import (
	"strings"

	"github.com/winnow-go/winnow/internal/dates"
	"golang.org/x/net/html/atom"
)

// isDateline reports whether a short text is a date with at most a few words around it.
// The parser is asked last: a date holds a digit, and most short blocks (a label, a name,
// a cell of a table) either hold none or too many letters, so they are told apart by one
// look at their runes.
func isDateline(s string) bool {
	letters, digit := 0, false
	for _, r := range s {
		if isLetterRune(r) {
			if letters++; letters > datelineMaxLetters {
				return false // a sentence: the rest need not be read
			}
		} else if isDigitRune(r) {
			digit = true
		}
	}
	if !digit || letters > datelineMaxLetters {
		return false
	}
	_, ok := dates.Find(s, "")
	return ok
}

// creditMaxUnits bounds a photo credit line: a label and a name or two.
const creditMaxUnits = 50

// isCredit reports whether a short text is a photo credit: it opens with a credit label
// ("Foto: …") or names a picture agency.
func isCredit(s string) bool {
	s = strings.TrimLeft(s, "( ")
	var buf [maxStackLower]byte
	if low, ok := lowerASCII(buf[:0], s); ok {
		return isCreditLower(low)
	}
	return isCreditLower(lowerCase(s))
}

// isCreditLower is isCredit for a text lower-cased and trimmed: a short ASCII line, most
// of them, is lower-cased on the stack.
func isCreditLower[T string | []byte](low T) bool {
	return opensWith(creditOpenings, low) || agencyPhrases.empty || phraseIn(agencyPhrases, low)
}

// creditOpenings are creditPrefixes by their first byte, and agencyPhrases the
// stockAgencies, read in one pass over a line.
var (
	creditOpenings = newPrefixIndex(creditPrefixes)
	agencyPhrases  = newPhraseSet(stockAgencies)
)

// inFigure reports whether block i is a figure's caption or lies in one: a caption is
// the picture's text, which readers keep with it, credit and all.
func (t *tree) inFigure(i int32) bool {
	for p, lvl := i, 0; p != none && lvl < figureDepth; p, lvl = t.nodes[p].parent, lvl+1 {
		if tag := t.nodes[p].tag; tag == atom.Figure || tag == atom.Figcaption {
			return true
		}
	}
	return false
}

// figureDepth bounds the search for a figure around a caption line.
const figureDepth = 4

// datelineMaxLetters: a date line may carry a weekday, a month name and a word such as
// "Updated" or "Cập nhật", but not a sentence.
const datelineMaxLetters = 30
