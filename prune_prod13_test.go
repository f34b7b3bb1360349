package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cloneCard is one slide of a carousel of the product's features: a title and a line.
func cloneCard(title, line string) string {
	return `<li class="slide"><div><h4>` + title + `</h4><span>` + line + `</span></div></li>`
}

// clonePage is a shop's page of one product with a carousel whose script printed its
// first and last slides again at the other end, and two variants whose cards repeat the
// same rows of facts.
func clonePage(head string) string {
	track := cloneCard("Waxed canvas", "Sheds rain") + cloneCard("Leather handles", "Soft on the hand") +
		cloneCard("Flat base", "Stands up") + cloneCard("Waxed canvas", "Sheds rain") + cloneCard("Leather handles", "Soft on the hand")
	variant := func(name string) string {
		return `<div class="variant"><h3>` + name + `</h3><div class="facts"><span>Fabric</span><span>Waxed cotton canvas</span></div></div>`
	}
	return `<html><head>` + head + `<title>Ridge Tote</title></head><body><main>` +
		`<h1>Ridge Tote</h1>` + para("A roomy tote of waxed canvas with leather handles and an inner pocket.") +
		para("It carries a laptop, a lunch and a jacket, and stands up on its own when set down.") +
		variant("Classic") + variant("Large") +
		`<h2>Made to last</h2><ul class="track">` + track + `</ul></main></body></html>`
}

// On a shop's page, a carousel's cloned slides (the same title and line again, among
// the same slides) are printed once; rows of facts that two variants share, in cards of
// their own, stay as printed; and off a shop's page nothing changes.
func TestDropCardClones(t *testing.T) {
	page := clonePage("")
	run := func(shop bool) string { return shopRuleText(t, page, shop, (*tree).dropCardClones) }
	text := run(true)
	assert.Equal(t, 1, strings.Count(text, "Sheds rain"), "a cloned slide is printed once")
	assert.Equal(t, 1, strings.Count(text, "Soft on the hand"))
	assert.Contains(t, text, "Stands up")
	assert.Equal(t, 2, strings.Count(text, "Waxed cotton canvas"), "each variant's facts stay")

	assert.Equal(t, 2, strings.Count(run(false), "Sheds rain"), "off a shop's page the clones stay")
}

// Extract drops a product page's cloned slides (see dropCardClones).
func TestExtractDropsCardClones(t *testing.T) {
	text := extractText(t, clonePage(`<meta property="og:type" content="product">`))
	assert.Contains(t, text, "roomy tote")
	assert.Equal(t, 1, strings.Count(text, "Sheds rain"), "a cloned slide is printed once")
}
