package winnow

import (
	"strings"
	"unicode/utf8"
)

// Standfirsts that rescueLead finds beside the ones it always found (a paragraph that
// opens with the description's words): many sites open the standfirst with a kicker
// ("Schwere Schlappe für Boris Johnson: …", "WO MAN SICH TRIFFT …") before the words
// the description repeats, or split it into list items.
const (
	// leadKickerRunes bounds the kicker before the description's words: a few words,
	// less than a sentence.
	leadKickerRunes = 40
	// leadWholeMinUnits is the least text of a block that holds the whole description
	// and no more, when it is not a paragraph of its own (a standfirst in list items).
	leadWholeMinUnits = 80
	// leadWholeSlack is how much longer than the description such a block may be: its
	// words and a mark or two, not a byline or a caption beside them.
	leadWholeSlack = 1.1
)

// isLead reports whether block i reads as the page's standfirst: a paragraph whose text
// opens with want, the description's first words, perhaps after a kicker; or a block
// that holds the description whole, desc collapsed, and nothing else.
func (t *tree) isLead(i int32, want, desc string, descUnits int32) bool {
	b := &t.nodes[i]
	if b.ownUnits >= leadMinUnits {
		if float32(b.ownUnits) > leadMaxRatio*float32(descUnits) {
			return false
		}
		s := t.inlineText(i)
		at := strings.Index(s, want)
		return at == 0 || at > 0 && !t.spread && utf8.RuneCountInString(s[:at]) <= leadKickerRunes
	}
	if b.units < leadWholeMinUnits || float32(b.units) > leadWholeSlack*float32(descUnits) {
		return false
	}
	s := t.inlineText(i)
	return strings.HasPrefix(s, want) && (strings.HasPrefix(s, desc) || strings.HasPrefix(desc, s))
}
