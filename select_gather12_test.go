package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// byID returns the index of the element with id v in tr, or none.
func byID(tr *tree, v string) int32 {
	for i := range tr.nodes {
		if n := tr.nodes[i].n; n != nil && n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "id" && a.Val == v {
					return int32(i)
				}
			}
		}
	}
	return none
}

// A shop's page whose product panel was chosen by its mass, with no score to measure
// siblings against: the short strip beside it (a delivery notice, no heading) stays
// out, while the short block that carries the product's title and a short paragraph
// of the text come in.
func TestShortUnheadedSiblingLeftOut(t *testing.T) {
	spec := func(k, v string) string {
		return `<div class="row"><span>` + k + `</span> <span>` + v + `</span></div>`
	}
	tr := treeOf(t, `<html><head><title>Oak chair</title></head><body><div class="wrap">`+
		`<div id="strip">Free delivery on all orders over $50 this week</div>`+
		`<div id="top"><h1>Oak chair with woven seat</h1></div>`+
		`<p id="line">Made to order in four weeks.</p>`+
		`<div id="panel">`+
		spec("Wood", "Solid oak, oiled")+spec("Seat", "Woven paper cord")+
		spec("Height", "80 cm overall")+spec("Width", "45 cm at the seat")+
		`</div><ul id="notes"><li>Ships flat.</li></ul></div></body></html>`)
	panel := byID(tr, "panel")
	got := tr.gatherSiblings(panel)
	assert.Contains(t, got, panel)
	assert.Contains(t, got, byID(tr, "top"))
	assert.Contains(t, got, byID(tr, "line"))
	assert.Contains(t, got, byID(tr, "notes"))
	assert.NotContains(t, got, byID(tr, "strip"))
	assert.True(t, strings.Contains(tr.renderText(got), "Oak chair with woven seat"))
}
