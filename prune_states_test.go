package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropScriptStates(t *testing.T) {
	// A product's page with the messages its scripts show beside the buy button: a
	// failure in a template's branch, an alert box, an error line; and its description.
	page := `<body><main><h1>Wool runner</h1><p class=price>$110</p>` +
		`<div class=notify><h3>Oops! Something went wrong. Please try again.</h3></div>` +
		`<div class="wt-alert wt-alert--inline"><p>Thanks! We will write to you once it is back in stock.</p></div>` +
		`<div><h3 class="a-color-error">Sorry, we could not add it to your list.</h3></div>` +
		para("Our merino wool keeps the fit soft on the inside and durable on the outside.") +
		para("A foam midsole made from sugarcane gives cushy support all day.") +
		para("If the shoe pinches on your first walk, loosen the laces and try again: the wool gives.") +
		`</main></body>`
	product := func(tr *tree) { tr.shop, tr.product = true, true }
	text := runPassesWith(t, page, product)
	assert.Contains(t, text, "merino wool")
	assert.NotContains(t, text, "went wrong")
	assert.NotContains(t, text, "back in stock")
	assert.NotContains(t, text, "could not add")
	assert.Contains(t, text, "loosen the laces and try again", "a sentence of a paragraph is no message")

	// An article keeps what it says about failures, alert boxes and all.
	assert.Contains(t, runPassesWith(t, page, func(tr *tree) { tr.story = true }), "went wrong")
}
