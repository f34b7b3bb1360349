package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// wrappedBodyPage is a page whose body sits in three layers of a theme's fields, with
// its intro paragraph beside the outermost layer, under the headline.
func wrappedBodyPage() string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/homes">Homes</a></nav><div class="grid"><div class="column"><h1>Buying your first house</h1>`)
	b.WriteString(`<p class="large-text">Buying a first house is a long road, and this guide walks through each step of it, from the first viewing to the keys in your hand.</p><hr>`)
	b.WriteString(`<div class="field field-body"><div class="field-items"><div class="field-item">`)
	for _, s := range []string{"Set a budget first.", "Get a mortgage offer in principle.", "View many houses.", "Ask for a survey.", "Read the contract closely.", "Book the removal van.", "Change the locks.", "Meet the neighbours."} {
		b.WriteString(para(s))
	}
	b.WriteString(`</div></div></div></div><aside class="sidebar"><a href="/a">Rates</a> <a href="/b">Guides</a></aside></div><footer><p>© Homes Guide</p></footer></body></html>`)
	return b.String()
}

func TestIntroBesideWrappedBody(t *testing.T) {
	text := runPassesWith(t, wrappedBodyPage(), nil)
	assert.Contains(t, text, "Set a budget first.")
	assert.Contains(t, text, "Buying a first house is a long road", "the intro beside the body's outermost wrapper is the article's")
}
