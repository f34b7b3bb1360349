package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// shopCategoryPage builds a shop's category page that declares one Product (the
// category's rating) and no category: a headline, an intro in a header block beside a
// carousel of sub-categories, a grid of priced products, and a guide below it. With
// story, the page declares itself an article instead.
func shopCategoryPage(story bool) string {
	head := `<script type="application/ld+json">{"@type":"Product","name":"Charcoal grills","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8"}}</script>`
	if story {
		head = `<meta property="og:type" content="article">`
	}
	var grid strings.Builder
	for i := 1; i <= 8; i++ {
		fmt.Fprintf(&grid, `<li class="product"><a href="/p/%d">Kettle grill model %d</a><span class="price">%d,00 €</span></li>`, i, i, 100+i)
	}
	guide := strings.Repeat(`<p>A charcoal grill gives food a taste that gas cannot match, and a lid turns it into an outdoor oven for slow roasts and smoking.</p>`, 6)
	return `<html><head><title>Charcoal grills</title>` + head + `</head><body><header><nav><a href="/">Home</a> <a href="/grills">Grills</a></nav></header>
<main><div class="listing-header"><h1>Charcoal grills</h1>
<ul class="subcats"><li><a href="/a">Weber grills</a></li><li><a href="/b">Napoleon grills</a></li><li><a href="/c">Kamado grills</a></li></ul>
<div class="listing-desc"><p>The charcoal grill is the best loved of all grills: find every size here, from the <a href="/t">table grill</a> to the big kettle for a crowd.</p></div></div>
<section id="products"><button>Filters</button><ul class="grid">` + grid.String() + `</ul></section>
<div class="guide"><h2>Why a charcoal grill?</h2>` + guide + `</div></main><footer><p>© Grill shop</p></footer></body></html>`
}

// TestCategoryIntro checks that the intro of a shop's category page, between its
// headline and its grid, joins the chosen text, and that a story's page is left alone.
func TestCategoryIntro(t *testing.T) {
	text := extractText(t, shopCategoryPage(false))
	assert.Contains(t, text, "best loved of all grills")
	assert.Contains(t, text, "A charcoal grill gives food a taste")
	assert.NotContains(t, text, "Napoleon grills")
	assert.Less(t, strings.Index(text, "best loved"), strings.Index(text, "A charcoal grill gives"))

	text = extractText(t, shopCategoryPage(true))
	assert.NotContains(t, text, "best loved of all grills")
}
