package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// footerBlurb is a shop's footer: a brand's paragraph, the page's only prose, and its
// links.
const footerBlurb = `<footer class="site-footer"><div class="footer-top"><p>At Fernwood we make candles ` +
	`by hand in small batches, with soy wax, cotton wicks and oils we blend ourselves, and we ` +
	`believe a home should smell like the people who live in it, not like a shop.</p></div>` +
	`<ul><li><a href="/about">About</a></li><li><a href="/help">Help</a></li><li><a href="/jobs">Jobs</a></li></ul></footer>`

// A category page of two product cards in <main>: no prose, too few prices for a grid.
// The footer's blurb must not stand for the page.
func TestFurnitureChoiceTakesMain(t *testing.T) {
	card := func(name, note, price string) string {
		return `<li class="card"><article><h3><a href="/p/` + name + `">` + name + `</a></h3><p>` + note +
			`</p><span class="price">` + price + `</span></article></li>`
	}
	page := `<html><body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>` +
		`<main><h1>Gift sets</h1><ul class="cards">` +
		card("The Evening Trio", "Three small jars", "€42") + card("Cedar and Smoke Pair", "Two tins", "€30") +
		`</ul></main>` + footerBlurb + `</body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "The Evening Trio")
	assert.Contains(t, text, "Cedar and Smoke Pair")
	assert.NotContains(t, text, "At Fernwood we make candles")
}

// Without <main>, the block named as content stands in for it: a grid of sub-categories
// whose names are links.
func TestFurnitureChoiceTakesNamedContent(t *testing.T) {
	var grid strings.Builder
	for _, c := range []string{"Pillar candles", "Tea lights", "Scented jars", "Holders", "Wax melts", "Matches"} {
		grid.WriteString(`<li class="category"><a href="/c/` + c + `"><img src="x.jpg" alt=""><h2>` + c +
			` <mark class="count">(12)</mark></h2></a></li>`)
	}
	page := `<html><body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>` +
		`<div id="main-content"><h1>Candles</h1><ul class="categories">` + grid.String() + `</ul></div>` +
		footerBlurb + `</body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Pillar candles")
	assert.Contains(t, text, "Matches")
	assert.NotContains(t, text, "At Fernwood we make candles")
}

// A notice in the header's mini-cart, the page's only sentence, is furniture too: the
// page's <main> of short product cards is its content.
func TestFurnitureChoiceLeavesHeader(t *testing.T) {
	var cards strings.Builder
	for _, name := range []string{"Ash desk chair", "Oak stool", "Linen armchair"} {
		cards.WriteString(`<div class="tile"><a href="/p/` + name + `">` + name + `</a><span>From $120</span></div>`)
	}
	page := `<html><body><header><div class="minicart"><p>We group the items of an order in as few ` +
		`parcels as we can to keep your costs down, so the expected date may vary with what is in your cart.</p></div>` +
		`<nav><a href="/">Home</a> <a href="/chairs">Chairs</a></nav></header>` +
		`<main><h1>Chairs</h1><div class="tiles">` + cards.String() + `</div></main></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Oak stool")
	assert.NotContains(t, text, "We group the items")
}

// A story's own <footer>, inside its <article>, is no page furniture; the page's is.
func TestInPageFurniture(t *testing.T) {
	tr := treeOf(t, `<html><body><main><article><p>Story text.</p><footer><p id="own">Filed under travel.</p></footer></article></main>`+
		`<footer><p id="site">At Fernwood we make candles.</p></footer></body></html>`)
	got := map[string]bool{}
	for i := range tr.nodes {
		if id := attr(tr.nodes[i].n, "id"); id != "" {
			got[id] = tr.inPageFurniture(int32(i))
		}
	}
	assert.Equal(t, map[string]bool{"own": false, "site": true}, got)
}

// On a shop's page, a banner named a hero is a section's headline and intro, kept
// however short; a plain banner there is still an advert.
func TestHeroBannerOnShop(t *testing.T) {
	page := `<html><body><main>` +
		`<section class="section-heroBanner"><div class="heroBanner"><h2>The Harbour Line</h2>` +
		`<p>Steel cases and sapphire glass, made for the sea and tested to three hundred metres.</p>` +
		`<a href="/harbour">Discover</a></div></section>` +
		para("Our workshop has made watches in the same town for ninety years.") +
		para("Every movement is assembled and regulated by hand before it leaves.") +
		`<div class="promo-banner"><p>Twenty percent off every strap this weekend only, while stock lasts.</p></div>` +
		`</main></body></html>`
	text := runPassesWith(t, page, func(tr *tree) { tr.shop = true })
	assert.Contains(t, text, "Steel cases and sapphire glass")
	assert.Contains(t, text, "Our workshop")
	assert.NotContains(t, text, "Twenty percent off")
}
