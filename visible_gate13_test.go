package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A page whose <main> a lock app hides until a script lets the visitor in: the gated
// content is the page's, the gate's own notice beside it is not, and the bar above
// <main> is no content either.
func TestGatedMainShown(t *testing.T) {
	page := `<html><head><title>Roasting notes</title></head><body>` +
		`<div class="bar"><p>Free shipping on orders over fifty dollars this week only.</p></div>` +
		`<main><div class="lock-notice" style="display:none"><h2>Access denied</h2><p>You do not have permission to view this page, please contact the store owner.</p></div>` +
		`<div class="lock-content" style="display:none"><h1>Roasting notes</h1>` + strings.Repeat(para("Roasting."), 5) + `</div></main>` +
		`<footer><p>All rights reserved.</p></footer></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Roasting.")
	assert.NotContains(t, text, "Access denied")
	assert.NotContains(t, text, "store owner")

	// A page whose <main> shows its text is left to the first measure: the hidden block
	// in it stays hidden.
	open := strings.Replace(page, `<div class="lock-content" style="display:none">`, `<div class="lock-content">`, 1)
	open = strings.Replace(open, `</main>`, `<div class="lock-extra" style="display:none"><p>Hidden aside that nobody sees here.</p></div></main>`, 1)
	text = extractText(t, open)
	assert.Contains(t, text, "Roasting.")
	assert.NotContains(t, text, "Hidden aside")
}
