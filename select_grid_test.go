package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// shopCategory is a shop's category page in German: a menu, a grid of products whose
// wrapper is named for the script that pages it ("infinite-pagination"), and a footer
// with the shop's legal line.
func shopCategory() string {
	var b strings.Builder
	b.WriteString(`<html><body><header><nav><a href="/">Start</a> <a href="/tee">Tee</a> <a href="/kaffee">Kaffee</a></nav></header>
<main><h1>Grüner Tee</h1><p>Frisch geerntet, schonend gedämpft: unser Sencha aus Japan.</p><div class="infinite-pagination"><ul class="product-list">`)
	for i := 1; i <= 8; i++ {
		fmt.Fprintf(&b, `<li class="product-tile"><a href="/p/%d"><img src="/i/%d.jpg" alt=""></a><h3><a href="/p/%d">Sencha Nummer %d aus Shizuoka</a></h3><span class="amount">%d,90 €</span></li>`, i, i, i, i, 10+i)
	}
	b.WriteString(`</ul></div></main><footer><p>© 2025 Teehaus am Markt GmbH. Alle Rechte vorbehalten.</p></footer></body></html>`)
	return b.String()
}

func TestGridRuleTakesPricedGrid(t *testing.T) {
	a, err := Extract(strings.NewReader(shopCategory()), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Sencha Nummer 1 aus Shizuoka")
	assert.Contains(t, a.Text, "Sencha Nummer 8 aus Shizuoka")
	assert.Contains(t, a.Text, "18,90 €")
	assert.NotContains(t, a.Text, "Alle Rechte vorbehalten")
	assert.Contains(t, a.Text, "Frisch geerntet, schonend gedämpft")
}

func TestIsPriceText(t *testing.T) {
	for _, tc := range []struct {
		s, next string
		want    bool
	}{
		{"$36", "", true},
		{"19,79€", "", true},
		{"From £1,299.00", "", true},
		{"1.200.000đ", "", true},
		{"USD 40", "", true},
		{"4 990 Kč", "", true},
		{"¥", "3,980", true},
		{"$", "Sale", false},
		{"Size 42", "", false},
		{"2025", "", false},
		{"Free shipping on orders over $50 and free returns within thirty days", "", false},
	} {
		assert.Equal(t, tc.want, isPriceText(tc.s, tc.next), "%q %q", tc.s, tc.next)
	}
}

func TestBodyStateClassIsNoBox(t *testing.T) {
	// A page's <body> is named for its state ("popup-init"): its text is no overlay,
	// even when the page holds a form, as an overlay's log-in box does.
	page := `<html><body class="popup-init"><main><h1>Choosing a lens</h1>
<p>A lens for a mirrorless camera must fit its mount: each maker has its own, and adapters add weight and sometimes slow the autofocus down.</p>
<form action="/search"><input name="q"></form></main></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.classify()
	for i := range tr.nodes {
		if b := &tr.nodes[i]; b.tag == atom.P {
			assert.False(t, b.inBoiler)
			assert.Positive(t, b.good)
		}
	}
}
