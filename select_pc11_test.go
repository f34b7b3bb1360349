package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRepeatsDropAdjacentShopCopies(t *testing.T) {
	// A shop's product page sets its description's copies for wide screens and
	// phones side by side, under class names that say nothing of screens.
	page := `<html><body><main class="product"><h1>Staple Tee</h1><div class="text-container">` +
		`<div class="desktopText x8TvM"><p>` + repeatDesc + `</p></div>` +
		`<div class="mobileText mh-iP"><p>` + repeatDesc + `</p></div></div>` +
		para("Care: wash cold, dry flat.") + `</main></body></html>`
	run := func(shop bool) string {
		tr := treeOf(t, page)
		tr.shop = shop
		roots := tr.selectMain(tr.score())
		tr.prune(roots)
		tr.dropRepeats(roots)
		return tr.renderText(roots)
	}
	text := run(true)
	assert.Equal(t, 1, strings.Count(text, "Our staple tee"), text)
	assert.Contains(t, text, "Care: wash cold")
	// Elsewhere a paragraph printed twice in a row is the author's (a sample text,
	// a refrain), and stays as written.
	text = run(false)
	assert.Equal(t, 2, strings.Count(text, "Our staple tee"), text)
}
