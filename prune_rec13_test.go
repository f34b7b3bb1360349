package winnow

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// TestLinkedHeadingsOverLongProseAreKept holds that a story's linked sub-heading
// ("1. <a>…</a>") that sits in a block of its own with one long paragraph is judged a
// heading of the text, while the same heading over a teaser's short excerpt is not
// kept for it.
func TestLinkedHeadingsOverLongProseAreKept(t *testing.T) {
	long := strings.Repeat("We noted how its sole, its laces and its lining held up after each week of the trial. ", 6)
	for _, c := range []struct {
		para string
		keep bool
	}{
		{long, true},
		{"A light boot for summer walks.", false},
	} {
		page := `<html><body><main><h1>The hiking boots we wore out this year</h1>
<div class="block"><div class="block-content"><h2 id="h">1. <a href="/shop/boots">Ridgeline Mid hiking boot</a></h2><p>` + c.para + `</p></div></div>
</main></body></html>`
		tr := treeOf(t, page)
		tr.story = true
		h := byID(tr, "h")
		main := lastOfTag(tr, atom.Main)
		got := tr.judge(h, tr.nodes[main].units)
		if (got == keep) != c.keep {
			t.Errorf("judge(heading over %d bytes of text) = %v, want kept %v", len(c.para), got, c.keep)
		}
	}
}
