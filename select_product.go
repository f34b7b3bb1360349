package winnow

import (
	"strings"
	"unicode/utf8"
)

// The declared description: a shop's page of one product declares the product in
// JSON-LD, with the description the shop wrote for it. The page prints that text too,
// but often in a drawer or a sheet that a tab or a "Description" button opens, marked as
// a dialog (role=dialog, a "modal" class) like the pop-ups the pruning drops.
// A block that holds the declared description is the product's description, whatever
// its class says.

const (
	// productLeadBytes is how much of the declared description, its first words, a
	// block must hold: enough to be the shop's own sentence, not a phrase its
	// other blocks repeat.
	productLeadBytes = 60
	// productLeadMinRunes: a shorter description (a name, a size) says too little to
	// find the block that holds it.
	productLeadMinRunes = 40
	// productBlockSpan bounds the block kept for the description: at most this many
	// times the description's length, so that a dialog that holds the description
	// among much else (a quick view with its own offers) is judged as it is.
	productBlockSpan = 3
)

// productLead returns the first words of the page's declared product description (see
// productLeadBytes), in lower case and without spaces (a block's text nodes part its
// words with spaces of their own), and the description's length in text units; or ""
// and 0 when the page declares no product or the description is short.
func productLead(m *pageMeta) (string, int32) {
	if !declaresProduct(m) || m.ld.product == "" {
		return "", 0
	}
	words := appendFields(nil, stripTags(m.ld.product))
	if utf8.RuneCount(words) < productLeadMinRunes {
		return "", 0
	}
	lead := words
	if len(lead) > productLeadBytes {
		cut := productLeadBytes
		for cut > 0 && lead[cut] != ' ' {
			cut--
		}
		lead = lead[:cut]
	}
	return strings.ReplaceAll(lowerCase(string(lead)), " ", ""), countUnits(string(words))
}

// stripTags removes what looks like markup from s: shops often put the description's
// HTML in JSON-LD as it is ("<p>…</p>"), where the page shows only its text.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
			b.WriteByte(' ')
		case r == '>' && in:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// holdsProductDesc reports whether block i holds the page's declared product
// description (see productLead), spaces aside, and not much more (see
// productBlockSpan).
func (t *tree) holdsProductDesc(i int32) bool {
	if t.productLead == "" || t.nodes[i].units > productBlockSpan*t.productUnits {
		return false
	}
	return strings.Contains(strings.ReplaceAll(lowerWords(t.plainWords(i)), " ", ""), t.productLead)
}
