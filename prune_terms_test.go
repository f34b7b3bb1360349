package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// termsPage is a shop's page of one product: its description, a strip of promises under
// the buy button, a panel of the shop's terms under a heading of its own, and the
// marketplace's rows of the offer's fields.
func termsPage(extra string) string {
	return `<body><main><h1>Stoneware mug</h1><p class=price>$24.00</p>` +
		`<ul class=usp><li>Free shipping on every order over $50, sent the next working day.</li><li>Free 30-day returns</li><li>Two-year warranty</li></ul>` +
		para("A mug thrown by hand, glazed in blue.") + para("It holds a large coffee and keeps it warm.") +
		`<div class=accordion><div class=item><div class=title>Shipping &amp; Returns</div>` +
		`<div class=panel><p>We ship within two working days; delivery takes three to five days.</p>` +
		`<p>Not happy? Send it back within 30 days for a full refund, no questions asked.</p></div></div></div>` +
		extra + `</main></body>`
}

func TestDropShopTerms(t *testing.T) {
	product := func(tr *tree) { tr.shop, tr.product = true, true }
	text := runPassesWith(t, termsPage(""), product)
	assert.Contains(t, text, "glazed in blue")
	assert.Contains(t, text, "$24.00")
	assert.NotContains(t, text, "Free 30-day returns", "a strip of promises is the shop's")
	assert.NotContains(t, text, "Shipping & Returns", "a panel of terms is the shop's")
	assert.NotContains(t, text, "full refund")

	// A marketplace's rows of the offer's fields stay: they are this offer's facts.
	rows := `<div class=offer><h3>Returns</h3><ul><li>Return for refund within: 30 days</li><li>Return for replacement within: 30 days</li>` +
		`<li>This item is covered by the seller's 30-day return policy and its warranty.</li></ul></div>`
	assert.Contains(t, runPassesWith(t, termsPage(rows), product), "Return for refund within: 30 days")

	// A row of tabs names the terms in some of its labels only.
	tabs := `<ul class=tabs><li>Specifications</li><li>Care</li><li>Warranty</li><li>Delivery &amp; Returns, with what we promise about them when you order.</li></ul>`
	assert.Contains(t, runPassesWith(t, termsPage(tabs), product), "Specifications")

	// A page that declares no product (a shop's guide to its own service) keeps them.
	assert.Contains(t, runPassesWith(t, termsPage(""), func(tr *tree) { tr.shop = true }), "full refund")
}

func TestTermsHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"Shipping & Returns":   true,
		"Delivery and returns": true,
		"30-Day Return Policy": true,
		"Livraison et retours": true,
		"Versand & Rückgabe":   true,
		"配送・返品について":            true,
		"Returns:":             false, // a field's name, its value beside it
		"Description":          false,
		"We ship our mugs in recycled boxes from our workshop": false,
	} {
		assert.Equal(t, want, termsHeading(s), s)
	}
}
