package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLiveRegionsDropped checks that a short announcement in a live region (a result
// count, a cart notice) leaves the chosen text, and that a long block marked live and
// an alert stay.
func TestLiveRegionsDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	page := storyPage(`<article>` + body +
		`<div role="status">loaded 338 results</div>` +
		`<p aria-live="polite">Item added to your cart</p>` +
		`<div role="alert"><p>This guide was written before the 2024 rules and some of its advice no longer applies.</p></div>` +
		`<div aria-live="polite"><p>` + strings.Repeat("The match goes on in the rain, and the home side presses for a second goal. ", 3) + `</p></div>` +
		`</article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "loaded 338 results")
	assert.NotContains(t, text, "Item added to your cart")
	assert.Contains(t, text, "written before the 2024 rules")
	assert.Contains(t, text, "the home side presses")
}
