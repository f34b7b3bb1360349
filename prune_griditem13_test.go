package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// gridCardHTML is a shop's product card whose class names a property of the product in a
// newsletter's word ("subscription-eligible").
func gridCardHTML(name, price string) string {
	return `<li class="grid__item"><div class="card-wrapper subscription-eligible"><h3><a href="/products/` +
		strings.ToLower(strings.ReplaceAll(name, " ", "-")) + `">` + name + `</a></h3><span class="price">` + price + `</span></div></li>`
}

// The cards of a grid all carry a sign-up word in their class: they are the grid's items,
// kept. A sign-up box with the same class, alone among the page's blocks, is still one.
func TestGridItemCueKept(t *testing.T) {
	var grid strings.Builder
	for _, n := range []string{"Dark Roast", "Light Roast", "Medium Roast", "Espresso Blend", "Decaf Blend", "Cold Brew Pack"} {
		grid.WriteString(gridCardHTML(n+" Coffee", "$19.99"))
	}
	page := `<html><head><title>Coffee</title></head><body><main><h1>Coffee</h1>` +
		`<p>Our coffee is roasted in small batches every week, and shipped the day it leaves the roaster.</p>` +
		`<ul class="product-grid">` + grid.String() + `</ul></main></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Dark Roast Coffee")
	assert.Contains(t, text, "Cold Brew Pack Coffee")

	box := `<html><head><title>Story</title></head><body><article><h1>Story</h1>` + strings.Repeat(para("Story."), 6) +
		`<div class="card-wrapper subscription-eligible"><p>Subscribe to our letter and never miss a story from us again.</p></div>` +
		`</article></body></html>`
	text = runPasses(t, box)
	assert.Contains(t, text, "Story.")
	assert.NotContains(t, text, "never miss a story")
}
