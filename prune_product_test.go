package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestHasPrice(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"$659.99", true},
		{"EUR 15.49", true},
		{"15,49 €", true},
		{"+ $72.02 delivery", true},
		{"1.200円", true},
		{"150.000đ", true},
		{"from 49 zł", true},
		{"USD\u00a0120", true},
		{"Weight: 2 oz", false},
		{"16 GB RAM, 2.4 GHz", false},
		{"EUR  15", false}, // two spaces: no longer the amount's currency
		{"Price on request", false},
		{"Buy 3, get 1 free", false},
	} {
		assert.Equal(t, tc.want, hasPrice(tc.s), tc.s)
	}
}

// offerPage is a product's page: its description, then a row of other products with
// their prices, whose cards link with a textless overlay, so that no link rule sees them.
func offerPage(cards string) string {
	return `<body><main><h1>Stoneware mug</h1><p class=price><span>$24.00</span> <span>Was $30.00</span> <span>Save $6.00</span></p>` +
		para("A mug thrown by hand, glazed in blue.") + para("It holds a large coffee.") +
		`<h2>Similar items</h2><ul class=carousel>` + cards + `</ul></main></body>`
}

func TestDropOfferGrids(t *testing.T) {
	card := func(name, price string) string {
		return `<li class=card><h3>` + name + `</h3><div>` + price + `</div><div>+ $5.00 delivery</div><a href="/item/1" aria-label="` + name + `"></a></li>`
	}
	cards := card("Blue porcelain cup", "$19.50") + card("Tea bowl, celadon glaze", "$31.00") +
		card("Espresso cups, set of two", "$27.90") + card("Large latte mug", "$22.00")
	page := offerPage(cards)

	product := func(tr *tree) { tr.shop, tr.product = true, true }
	text := runPassesWith(t, page, product)
	assert.Contains(t, text, "glazed in blue")
	assert.Contains(t, text, "$24.00 Was $30.00 Save $6.00", "the product's own price line stays")
	assert.NotContains(t, text, "celadon", "a row of other products' cards is no content")

	// A page that declares no product (a shop's blog post listing what it reviews) keeps
	// the items it lists with their prices.
	assert.Contains(t, runPassesWith(t, page, func(tr *tree) { tr.shop = true }), "celadon")

	// A plan's card lists its features: a service's pricing table stays.
	plan := func(name, price string) string {
		return `<li class=card><h3>` + name + `</h3><div>` + price + `/month</div><ul><li>Email campaigns</li><li>Live chat</li></ul></li>`
	}
	plans := offerPage(plan("Free", "$0") + plan("Starter", "$15") + plan("Pro", "$890"))
	assert.Contains(t, runPassesWith(t, plans, product), "Starter")

	// Two priced lines are the product's price and its former one, not a grid.
	two := offerPage(card("Blue porcelain cup", "$19.50") + card("Tea bowl, celadon glaze", "$31.00"))
	assert.Contains(t, runPassesWith(t, two, product), "celadon")
}

func TestShopFooter(t *testing.T) {
	policy := strings.Repeat(para("We process personal information to run our business and to protect our customers."), 8)
	page := `<body><main><h1>Wool runner</h1>` + para("A light shoe knitted from merino wool.") +
		`</main><footer><ul><li><a href=/help>Help</a></li></ul>` +
		`<div class=dialog-privacy><h2>Privacy policy</h2>` + policy + `</div></footer></body>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	footer := none
	for i := range tr.nodes {
		if tr.nodes[i].tag == atom.Footer {
			footer = int32(i)
		}
	}
	require.NotEqual(t, none, footer)
	// The footer outweighs the product: were the body chosen, its size would keep it.
	total := tr.nodes[tr.body].units
	assert.Equal(t, keep, tr.judge(footer, total), "a big footer on a page that declares no product")
	tr.shop = true
	assert.Equal(t, dropCue, tr.judge(footer, total), "a shop's category page: its footer is no content either")
	tr.shop, tr.product = false, true
	assert.Equal(t, dropCue, tr.judge(footer, total), "a shop's footer is no content, however long its legal texts")
}
