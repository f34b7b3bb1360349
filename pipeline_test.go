package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A shop's page whose body stays hidden until a script reveals it is measured again with
// hidden elements; that second measure knows the page sells, as the first did, so a
// shop's rule (here: a description's opening printed twice) still applies to it.
func TestHiddenBodyKeepsPageFacts(t *testing.T) {
	const blurb = "A lightweight shell that packs into its own chest pocket, with taped seams for wet days."
	page := `<html><head><title>Ridge Shell Jacket</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",` +
		`"name":"Ridge Shell Jacket","offers":{"@type":"Offer","price":"120.00","priceCurrency":"USD"}}</script>` +
		`</head><body><div id="app" style="display:none"><main>` +
		`<h1>Ridge Shell Jacket</h1><p>` + blurb + `</p>` +
		`<h2>Description</h2><p>` + blurb + `</p>` +
		`<p>Three layers of recycled fabric keep out wind and rain on long days in the hills, ` +
		`and the hood folds into the collar when the sky clears again over the ridge.</p>` +
		`<p>Two hand pockets sit above a hip belt, and the cuffs close with soft tabs that ` +
		`do not catch on gloves or on the straps of a heavy pack in a storm.</p>` +
		`</main></div></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Three layers of recycled fabric")
	assert.Equal(t, 1, strings.Count(a.Text, blurb), "the shop's repeat is dropped on the second measure too")
}
