package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCallButtonsDropped(t *testing.T) {
	// A review between its paragraphs sets calls to act drawn as buttons: a link of its
	// own line, a button in a wrapper of its own, and one after the story. A link styled
	// as a button inside a sentence stays with the sentence.
	page := `<html><head><meta property="og:type" content="article"></head><body><article><h1>Moving Companies Compared</h1>` +
		para("We called twelve movers for the same two-bedroom move and compared what each one quoted and delivered.") +
		`<a class="btn btn-primary" href="/q">Get a quote</a>` +
		para("The cheapest quote came from a small local firm, which also arrived on time and broke nothing.") +
		`<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/amz">Check price on Amazon</a></div></div>` +
		`<p>Readers can <a class="button-link" href="/calc">open our cost calculator</a> to compare the prices of their own move before they call anyone.</p>` +
		para("Long-distance moves cost more per mile, but the firms we tested differed most in how they handled delays.") +
		`<p><a class="cta-button" href="/start">Start now</a></p>` +
		`</article></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Get a quote")
	assert.NotContains(t, a.Text, "Check price on Amazon")
	assert.NotContains(t, a.Text, "Start now")
	assert.Contains(t, a.Text, "open our cost calculator", "a button inside a sentence stays")
	assert.Contains(t, a.Text, "The cheapest quote came from a small local firm")
}

func TestCallButtonsKeepShape(t *testing.T) {
	// The labels left out still count as the page's short blocks for its type.
	tr := &tree{buttons: []string{"Get started", "Book a demo"}}
	assert.Equal(t, "Text\n\nGet started\n\nBook a demo", tr.shapeText("Text"))
	var none *tree
	assert.Equal(t, "Text", none.shapeText("Text"))
}
