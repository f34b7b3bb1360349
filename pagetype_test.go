package winnow

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// typeOf classifies a page of head and body markup at url, as pageType does without the
// scorer's tree.
func typeOf(t *testing.T, head, body, url string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(`<html><head>` + head + `</head><body>` + body + `</body></html>`))
	require.NoError(t, err)
	m := collectMeta(doc)
	a := &Article{}
	fillMeta(a, m, &Options{URL: url}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	return pageType(m, a, nil, nil)
}

// TestPageTypeDeclaredProducts checks that a JSON-LD Product settles the type only on a
// page that sells it, and that many of them make a grid.
func TestPageTypeDeclaredProducts(t *testing.T) {
	product := `{"@type":"Product","name":"Thing","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9"}}`
	one := `<script type="application/ld+json">` + product + `</script>`
	many := `<script type="application/ld+json">[` + strings.TrimSuffix(strings.Repeat(product+",", 12), ",") + `]</script>`
	body := `<h1>Roof repair in Springfield</h1><p>` + strings.Repeat("We repair roofs of every kind, fast. ", 10) + `</p>`
	price := `<span class="price">$120</span>`
	cart := `<button class="add-to-cart">Add to cart</button>`

	assert.Equal(t, "service", typeOf(t, one, body, "https://roofs.example/roof-repair"),
		"a firm's Product with review stars, no price and no cart")
	assert.Equal(t, "product", typeOf(t, one, body+price+cart, "https://shop.example/blue-mug"),
		"a Product sold on the page")
	assert.Equal(t, "product", typeOf(t, one, body+cart, "https://shop.example/blue-mug"),
		"a buy button alone shows the Product is sold")
	assert.Equal(t, "collection", typeOf(t, many, body+price, "https://shop.example/mugs"),
		"a dozen Products declared on one page are a grid")
}

// TestPageTypePermalinkHeadings checks that headings linking to their own section are
// not counted as teasers: documentation gives every heading such a link.
func TestPageTypePermalinkHeadings(t *testing.T) {
	section := func(anchor string) string {
		return `<h2><a href="` + anchor + `">Configure the server</a></h2><p>Set the port and the root.</p>`
	}
	docs := strings.Repeat(section("#configure"), 8) + strings.Repeat(`<pre><code>serve --port 80</code></pre>`, 4)
	assert.Equal(t, "documentation", typeOf(t, "", docs, "https://example.org/install"))
	teasers := strings.Repeat(section("/posts/configure"), 8)
	assert.Equal(t, "listing", typeOf(t, "", teasers, "https://example.org/updates"))
}

// TestPageTypeShopMessages checks that message and review blocks on a page full of buy
// buttons do not make it a thread.
func TestPageTypeShopMessages(t *testing.T) {
	card := `<div class="tile"><div class="message">Only 2 left</div><button class="add-to-cart">Add</button></div>`
	assert.NotEqual(t, "forum", typeOf(t, "", strings.Repeat(card, 20), "https://shop.example/browse/sneakers"))
	post := `<div class="post message"><p>I tried that and it works for me too, thanks.</p></div>`
	assert.Equal(t, "forum", typeOf(t, "", strings.Repeat(post, 20), "https://example.org/boards/printers"))
}
