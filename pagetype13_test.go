package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPageTypeSectionIndex checks that an address ending at a section's name is the
// section's list of posts, while a post under the section stays an article.
func TestPageTypeSectionIndex(t *testing.T) {
	teaser := `<div><a href="/news/2025/05/council-votes-budget">Council votes on the budget</a><p>The vote came late.</p></div>`
	body := strings.Repeat(teaser, 3)
	assert.Equal(t, "listing", typeOf(t, "", body, "https://college.example/news"))
	assert.Equal(t, "listing", typeOf(t, "", body, "https://college.example/about/in-the-news/"))
	assert.Equal(t, "listing", typeOf(t, "", body, "https://college.example/blog.html"))
	post := `<p>` + strings.Repeat("The council voted on the budget late on Tuesday. ", 8) + `</p>`
	assert.Equal(t, "article", typeOf(t, "", post, "https://college.example/news/2025/05/council-votes-on-the-budget"))
}

// TestPageTypeShopTie checks that a tie of the listing and collection votes goes to
// the shop when the page shows a price, and to the listing when it shows none.
func TestPageTypeShopTie(t *testing.T) {
	cards := strings.Repeat(`<h3><a href="/mugs/blue">Blue mug</a></h3>`, 6)
	price := `<span class="price">$12</span>`
	assert.Equal(t, "collection", typeOf(t, "", cards+price, "https://example.com/shop/mugs"))
	assert.Equal(t, "listing", typeOf(t, "", cards, "https://example.com/shop/mugs"))
}

// TestPageTypeProductCategory checks WooCommerce's category address names a shop's
// category page.
func TestPageTypeProductCategory(t *testing.T) {
	assert.Equal(t, "collection", typeOf(t, "", `<p>Mugs for every table.</p>`, "https://example.com/product-category/mugs/"))
}
