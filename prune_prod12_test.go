package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// On a shop's page, a sentence printed again (a summary's opening repeated in the
// description's tab) is kept once; a short line repeated under each variant and the
// items of lists stay as printed, and off a shop's page nothing changes.
func TestDropShopRepeats(t *testing.T) {
	const blurb = "A lightweight shell that packs into its own chest pocket."
	page := `<html><body><main>` +
		`<div class="summary"><h1>Ridge Shell Jacket</h1><p>` + blurb + `</p><p>$120.00</p></div>` +
		`<div class="tabs"><div class="panel"><h2>Description</h2><p>` + blurb + `</p>` +
		para("Taped seams and a three-layer fabric keep out wind and rain on long days in the hills.") +
		`</div><div class="panel"><h2>Fabrics</h2>` +
		`<div class="variant"><h3>Classic</h3><p>Recycled nylon ripstop</p></div>` +
		`<div class="variant"><h3>Light</h3><p>Recycled nylon ripstop</p></div>` +
		`<ul><li>Packs into its own chest pocket for travel and day hikes.</li></ul>` +
		`<ul><li>Packs into its own chest pocket for travel and day hikes.</li></ul>` +
		`</div></div></main></body></html>`
	run := func(shop bool) string { return shopRuleText(t, page, shop, (*tree).dropShopRepeats) }
	text := run(true)
	assert.Equal(t, 1, strings.Count(text, blurb), "the sentence is printed once")
	assert.Contains(t, text, "Taped seams")
	assert.Equal(t, 2, strings.Count(text, "Recycled nylon ripstop"), "a short line under each variant stays")
	assert.Equal(t, 2, strings.Count(text, "Packs into its own chest pocket for travel"), "list items stay")

	// Off a shop's page, the copies stay.
	assert.Equal(t, 2, strings.Count(run(false), blurb))
}
