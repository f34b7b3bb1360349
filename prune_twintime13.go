package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Twin post times: a board prints each post's time in two places, one for each screen
// size (Invision's author pane for phones and the "Posted <time>" line for wider
// screens), and the poster's time comes back out of the dropped pane (see
// keepPosterNames) beside the line that already gives it: "March 5, 2024", "Posted
// March 5, 2024". A reader sees one. Of two <time> elements for the same instant (their
// datetime attributes alike) with no prose between them, the first is left out, with
// the label on its line ("Posted") when the line holds nothing else.

// twinLabelMaxUnits bounds the words beside a left-out time on its line that go with
// it: a label ("Posted", "Updated on"), not a poster's name.
const twinLabelMaxUnits = 12

// dropTwinTimes drops, inside the chosen roots of a discussion, the kept <time> that
// the next kept <time> repeats, instant for instant, before any prose.
func (t *tree) dropTwinTimes(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	last, lastAt := none, ""
	t.visitKept(roots, func(i int32, b *blk) bool {
		if b.prose() > 0 {
			last = none
		}
		if b.tag != atom.Time || b.units == 0 {
			return false
		}
		at := strings.TrimSpace(attr(b.n, "datetime"))
		if at != "" && last != none && at == lastAt {
			t.nodes[t.timeLine(last)].drop = dropDateline
		}
		last, lastAt = i, at
		return true
	})
}

// timeLine returns the line that <time> i stands on when it holds only the time and a
// label (see twinLabelMaxUnits), else i.
func (t *tree) timeLine(i int32) int32 {
	p := i
	for !t.nodes[p].block && t.nodes[p].parent != none {
		p = t.nodes[p].parent
	}
	if p != i && t.nodes[p].units-t.nodes[i].units <= twinLabelMaxUnits {
		return p
	}
	return i
}
