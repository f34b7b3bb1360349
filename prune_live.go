package winnow

import "strings"

// Live regions: a page announces what a script changes to screen readers in a region
// marked role="status" or aria-live ("loaded 338 results", "Item added to your cart",
// "Copied!"). The message is about the page's state at one moment, shown for a moment or
// not at all, and is no part of its text. A short one inside the chosen text is
// dropped; a long block so marked (a feed a site marks live) is left to the other rules.

// liveMaxUnits bounds an announcement: a line. Longer text in a live region is content
// that updates (a score, a feed), not a notice.
const liveMaxUnits = 80

// dropLiveRegions marks, inside the chosen roots, the short live regions (see
// isLiveRegion, liveMaxUnits).
func (t *tree) dropLiveRegions(roots []int32) {
	t.dropMatching(roots, dropPromo, func(_ int32, b *blk) bool {
		return b.units > 0 && b.units <= liveMaxUnits && isLiveRegion(b)
	})
}

// isLiveRegion reports whether element b is a status region: role="status", or
// aria-live "polite" or "assertive". role="alert" and role="log" are left out: an alert
// may be a notice the page's text carries, a log a chat that is the page's content.
func isLiveRegion(b *blk) bool {
	for _, a := range b.n.Attr {
		switch a.Key {
		case "role":
			if strings.EqualFold(strings.TrimSpace(a.Val), "status") {
				return true
			}
		case "aria-live":
			switch strings.ToLower(strings.TrimSpace(a.Val)) {
			case "polite", "assertive":
				return true
			}
		}
	}
	return false
}
