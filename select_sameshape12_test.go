package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// numberedTiles is a story that ends in a grid of n teaser tiles, each linked by its
// picture and numbered in its class by the page builder ("tile order-3"), with no
// heading of its own.
func numberedTiles(n int) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Choosing a walking shoe</h1><div class="story">`)
	for i := range 8 {
		b.WriteString(para(fmt.Sprintf("Part %d: a shoe for every day should breathe, hold the heel and keep its cushion for years of walking.", i)))
	}
	b.WriteString(`<div class="grid">`)
	for i := range n {
		fmt.Fprintf(&b, `<div class="tile order-%d"><a href="/shoe/%d"><img src="/s%d.jpg" alt=""></a><p>Trail shoe model %d</p></div>`, i, i, i, i)
	}
	b.WriteString(`</div></div></main><footer><p>© The Shoe Shop</p></footer></body></html>`)
	return b.String()
}

func TestNumberedTilesDropped(t *testing.T) {
	text := runPasses(t, numberedTiles(8))
	assert.Contains(t, text, "Part 7: a shoe for every day")
	assert.NotContains(t, text, "Trail shoe model 0")
	assert.NotContains(t, text, "Trail shoe model 7")
	// Three numbered boxes are a row of the layout, left alone.
	text = runPasses(t, numberedTiles(3))
	assert.Contains(t, text, "Trail shoe model 1")
}
