package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chessShop is a shop's category page: an intro, then a list of products, each with a
// line of description and a block that holds the product's name as a link and its
// price. Read alone, that block is mostly a link.
func chessShop() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Turnierschachfiguren</title></head><body><header><nav><a href="/">Start</a> <a href="/figuren">Figuren</a> <a href="/bretter">Bretter</a></nav></header>
<main><h1>Turnierschachfiguren</h1><p>Unsere Turnierfiguren sind aus Buchsbaum und Palisander gedrechselt, beschwert und mit Filz bezogen, so wie es die Regeln für Vereine und Meisterschaften verlangen.</p>
<ol class="products list">`)
	for i := range 10 {
		fmt.Fprintf(&b, `<li class="item product"><div class="product-item-info"><p class="desc">Handgeschnitzte Figuren der Serie %d, gewichtet und gefilzt, mit einem König von zehn Zentimetern Höhe und passender Aufbewahrungsbox.</p>
<div class="product details"><a href="/p/%d">Staunton Turnierserie %d aus Buchsbaum und Ebenholz, gewichtete Figuren</a> <span class="price">%d,00 €</span></div></div></li>`, i, i, i, 120+i)
	}
	b.WriteString(`</ol></main><footer><p>© Schachladen</p></footer></body></html>`)
	return b.String()
}

func TestListedItemKeepsItsLinks(t *testing.T) {
	a, err := Extract(strings.NewReader(chessShop()), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Staunton Turnierserie 0 aus Buchsbaum")
	assert.Contains(t, a.Text, "Staunton Turnierserie 9 aus Buchsbaum")
	assert.Contains(t, a.Text, "129,00 €")
	assert.NotContains(t, a.Text, "Schachladen")
}
