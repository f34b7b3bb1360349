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

// TestPageTypeButtonLinks checks that a link drawn as a button inside the main content,
// a call to act, turns an undated page of prose into a service page, while the same link
// in the furniture around the content does not.
func TestPageTypeButtonLinks(t *testing.T) {
	prose := strings.Repeat(`<p>`+strings.Repeat("Our team repairs flat roofs and tiled roofs across the county, in every season. ", 5)+`</p>`, 8)
	button := `<p><a class="btn btn-primary" href="/quote">Get a free quote</a></p>`
	page := func(inside, outside string) string {
		return `<html><body><header><a href="/">Home</a>` + outside + `</header><main><h1>Roof repair that lasts</h1>` +
			prose + inside + `</main><footer>© Roofs</footer></body></html>`
	}
	cases := []struct{ name, page, want string }{
		{"prose alone", page("", ""), "article"},
		{"a button link in the content", page(button, ""), "service"},
		{"a button link in the header", page("", button), "article"},
	}
	for _, c := range cases {
		a, err := Extract(strings.NewReader(c.page), &Options{URL: "https://roofs.example/roof-repair"})
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.PageType, c.name)
	}
}

// TestPageTypeChoppyText checks that a text of mostly short blocks (claims, labels)
// counts against an article.
func TestPageTypeChoppyText(t *testing.T) {
	long := strings.Repeat("A sentence of a real paragraph that goes on. ", 8)
	prose, choppy := textShape(strings.Repeat(long+"\n\n", 10))
	assert.True(t, prose)
	assert.False(t, choppy)
	prose, choppy = textShape(strings.Repeat("Fast setup\n\nNo hidden fees\n\n", 5) + long)
	assert.False(t, prose)
	assert.True(t, choppy)
	_, choppy = textShape("Short\n\nText")
	assert.False(t, choppy, "too few blocks to tell")
}

// TestPageTypeForumAddresses checks the forum software's thread addresses and host names.
func TestPageTypeForumAddresses(t *testing.T) {
	body := `<h1>Cannot boot after the update</h1><p>` + strings.Repeat("My laptop stops at a black screen. ", 6) + `</p>`
	for _, url := range []string{
		"https://example.org/viewtopic.php?id=309936",
		"https://example.org/showthread.php?t=12",
		"https://bbs.example.org/topic/12",
		"https://discussion.example.com/x/my-take/105724",
	} {
		assert.Equal(t, "forum", typeOf(t, "", body, url), url)
	}
}

// TestPageTypeDatedFrontPage checks that a date on a site's front page votes for the list
// of its latest posts, and on any other page does not.
func TestPageTypeDatedFrontPage(t *testing.T) {
	a := &Article{Date: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	v := typeVotes{}
	v.dated(&pageMeta{}, a, true)
	assert.Equal(t, float64(weightDatedRoot), v[typeListing], "a dated front page")
	v = typeVotes{}
	v.dated(&pageMeta{}, a, false)
	assert.Zero(t, v[typeListing], "a dated inner page")
	v = typeVotes{}
	v.dated(&pageMeta{}, &Article{}, true)
	assert.Zero(t, v[typeListing], "an undated front page")
}
