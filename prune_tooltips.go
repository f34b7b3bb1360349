package winnow

import "strings"

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
	flat := strings.Map(func(r rune) rune {
		if r == '-' || r == '_' {
			return -1
		}
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, tok)
	word := "tooltip"
	at := strings.LastIndex(flat, word)
	if at < 0 {
		word = "popover"
		at = strings.LastIndex(flat, word)
	}
	if at < 0 || !tooltipParts[flat[at+len(word):]] {
		return false
	}
	// "has-tooltip", "with-tooltip": the element that has one, its trigger.
	before := flat[:at]
	return !strings.HasSuffix(before, "has") && !strings.HasSuffix(before, "with")
}
