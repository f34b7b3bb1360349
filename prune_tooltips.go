package winnow

import (
	"bytes"
	"strings"
)

// Tooltips: a shop's table of specifications puts a small "i" beside each term, and the
// term's definition in a tooltip shown on hover ("Impedance: how much a headphone
// resists the current…"). The definitions are the same on every product of the shop, and
// no reader reads them as the page's text. The tooltip box is named for what it is (class
// "tooltip", "tool-tip__content", role=tooltip); its trigger is named after it too
// ("tooltipTrigger", "has-tooltip") but is the term itself, and stays.

// tooltipMinUnits: a tooltip dropped says a sentence; a shorter one is an icon's label
// ("Made in Portugal", "Vegan") that the page shows as its text.
const tooltipMinUnits = 60

// tooltipParts are the words that may follow "tooltip" in the class of the box or of its
// text ("tooltip-content", "tool-tip__inner"); any other word after it names a trigger
// ("tooltip-trigger", "tooltipToggle") or a state.
var tooltipParts = map[string]bool{
	"": true, "content": true, "text": true, "body": true, "inner": true, "box": true,
	"panel": true, "popup": true, "wrapper": true, "wrap": true, "container": true, "bubble": true,
}

// dropTooltips marks, inside the chosen roots, the tooltip boxes (see isTooltipBox) that
// say a sentence or more (see tooltipMinUnits).
func (t *tree) dropTooltips(roots []int32) {
	t.dropMatching(roots, dropCue, func(_ int32, b *blk) bool {
		return b.units >= tooltipMinUnits && isTooltipBox(b)
	})
}

// isTooltipBox reports whether block b's role is tooltip, or one of its class or id
// tokens is "tooltip" (or "tool-tip", or a popover, its larger kin) alone or followed by
// one of tooltipParts, after a prefix of any words ("icon-tooltip", "c-tooltip__content",
// "cms-popover-tooltip", "popover-body").
func isTooltipBox(b *blk) bool {
	if b.n == nil {
		return false
	}
	for _, a := range b.n.Attr {
		switch a.Key {
		case "role":
			if strings.EqualFold(strings.TrimSpace(a.Val), "tooltip") {
				return true
			}
		case "class", "id":
			for tok := range strings.FieldsSeq(a.Val) {
				if tooltipToken(tok) {
					return true
				}
			}
		}
	}
	return false
}

// tooltipToken reports whether one class token names a tooltip box (see isTooltipBox):
// its letters, lower-cased and with '-' and '_' left out, hold "tooltip" (or
// "popover"), what follows
// is one of tooltipParts, and what comes before does not say that the element has one.
func tooltipToken(tok string) bool {
	// The letters are flattened on the stack, byte by byte: '-', '_' and 'A' to 'Z' are
	// single bytes, and every other byte is kept as it is, which leaves the words looked
	// for where a copy made rune by rune would.
	var buf [maxTooltipToken]byte
	flat := buf[:0]
	tok = trimModuleHash(tok)
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case c == '-' || c == '_':
		case 'A' <= c && c <= 'Z':
			flat = append(flat, c+'a'-'A')
		default:
			flat = append(flat, c)
		}
	}
	word := "tooltip"
	at := bytes.LastIndex(flat, []byte(word))
	if at < 0 {
		word = "popover"
		at = bytes.LastIndex(flat, []byte(word))
	}
	if at < 0 || !tooltipParts[string(flat[at+len(word):])] {
		return false
	}
	// "has-tooltip", "with-tooltip": the element that has one, its trigger.
	before := flat[:at]
	return !bytes.HasSuffix(before, []byte("has")) && !bytes.HasSuffix(before, []byte("with"))
}

// maxTooltipToken is the longest class token flattened on the stack.
const maxTooltipToken = 64
