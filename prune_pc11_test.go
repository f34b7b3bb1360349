package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropCardTerms(t *testing.T) {
	card := func(brand, name, price string) string {
		return `<li><a href="/p/` + name + `"><dl><dt>Brand Name</dt><dd>` + brand + `</dd>` +
			`<dt>Product Name</dt><dd>` + name + `</dd><dt>Price</dt><dd>` + price + `</dd></dl></a></li>`
	}
	var grid strings.Builder
	for i, name := range []string{"Trail Runner", "Road Racer", "Court Classic", "Canvas Low", "Knit Slip-On", "Hiking Mid", "Studio Trainer"} {
		grid.WriteString(card("Brand "+string(rune('A'+i)), name, "$"+string(rune('5'+i%4))+"9.00"))
	}
	page := `<html><body><main><h1>Women's sneakers</h1>` + para("Sneakers for running, training and every day, from the brands we trust most.") +
		`<ul class="products">` + grid.String() + `</ul>` +
		`<section><h2>Specifications</h2><dl><dt>Upper</dt><dd>Knit mesh</dd><dt>Sole</dt><dd>Rubber</dd></dl></section></main></body></html>`
	run := func(shop bool) string { return shopRuleText(t, page, shop, (*tree).dropCardTerms) }
	text := run(true)
	assert.NotContains(t, text, "Brand Name", "a field's name over every card")
	assert.NotContains(t, text, "Product Name")
	assert.Contains(t, text, "Trail Runner", "the cards' own details stay")
	assert.Contains(t, text, "Upper", "a sheet's terms, each printed once, stay")

	// Off a shop's page, description lists are as written.
	assert.Contains(t, run(false), "Brand Name")
}
