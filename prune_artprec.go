package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// callButtonMaxUnits bounds a call button: a few words ("Get a quote", "Check price on
// Amazon", "Start my free trial").
const callButtonMaxUnits = 40

// dropCallButtons drops, inside the chosen text, the links drawn as buttons (a class word
// btn or button) that stand on a line of their own: a call to act ("Get a quote", "View
// on Amazon", "Start now") that a site sets between the paragraphs of a story or after
// it. A link that is a phrase of a sentence stays with its sentence.
func (t *tree) dropCallButtons(roots []int32) {
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for i := r; i < end; {
			b := &t.nodes[i]
			if b.drop != keep {
				i = t.subtreeEnd(i)
				continue
			}
			if b.tag == atom.A && !b.text && t.isCallButton(i) {
				b.drop = dropButton
				t.buttons = append(t.buttons, blockText(b.n))
				i = t.subtreeEnd(i)
				continue
			}
			i++
		}
	}
}

// isCallButton reports whether link i is a short button of its own line.
func (t *tree) isCallButton(i int32) bool {
	b := &t.nodes[i]
	if b.units == 0 || b.units > callButtonMaxUnits || b.linkUnits < b.units {
		return false
	}
	if p := b.parent; p != none && t.nodes[p].ownUnits-b.units >= b.units && !t.nodes[p].block {
		return false
	}
	if p := b.parent; p != none && t.nodes[p].tag == atom.P && t.nodes[p].ownUnits > 2*b.units {
		return false
	}
	return classHasButton(b.n)
}

// classHasButton reports whether n's class holds a button word (see buttonTokens).
func classHasButton(n *html.Node) bool {
	_, w := attrCues(attr(n, "class"))
	return w&wordButton != 0
}

// shapeText returns the text the page type reads for its shape (see textShape): the
// rendered text with the labels of the call buttons left out of it, which are short
// blocks of the page all the same (a landing page's "Get started", "Book a demo").
func (t *tree) shapeText(text string) string {
	if t == nil || len(t.buttons) == 0 {
		return text
	}
	return text + "\n\n" + strings.Join(t.buttons, "\n\n")
}
