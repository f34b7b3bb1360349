package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

// courseCard is a card of a course catalogue: a heading, a sentence about the field,
// the list of its courses (all links) and a "more" link.
const courseCard = `<html><body><main><div class="card"><h4>Harbour engineering</h4>` +
	`<p>Quays, slipways and breakwaters are built to last a century, and the people who design, build and mend them learn a trade that the sea tests every winter.</p>` +
	`<div class="courses"><a href="/c/1">Certificate in Quay Design</a> <a href="/c/2">Certificate in Tidal Works</a> ` +
	`<a href="/c/3">Certificate in Breakwater Repair</a></div></div></main></body></html>`

// Inside a card kept whole though link-dense, its list of courses stays; inside a card
// judged as usual, the list goes.
func TestPruneKeptKeepsLinksInside(t *testing.T) {
	for _, kept := range []bool{true, false} {
		tr := treeOf(t, courseCard)
		main := lastOfTag(tr, atom.Main)
		card := tr.nodes[main].first
		courses := lastOfTag(tr, atom.Div)
		tr.pruneKept(card, tr.nodes[main].units, kept)
		if kept {
			assert.Equal(t, keep, tr.nodes[courses].drop)
		} else {
			assert.Equal(t, dropLinkDense, tr.nodes[courses].drop)
		}
	}
}
