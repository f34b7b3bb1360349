package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// linkedSentencePage is a guide whose paragraphs point, in sentences of their own, at
// the guides they build on, and ends with a menu of links.
func linkedSentencePage(extra string) string {
	return `<html><body><article><h1>Mending nets</h1>` +
		para("Nets wear out at the corners first, where the floats pull on the mesh.") +
		`<p>Take a look at <a href="/guides/knots">the three knots every mender uses</a>.</p>` +
		para("A torn panel is cut square before the new mesh goes in.") +
		`<p>Read our full <a href="/guides/twine">guide to choosing twine</a>.</p>` +
		para("The finished net dries in the shed for a day before it goes back on the boat.") +
		extra + `</article></body></html>`
}

// A paragraph that is one sentence with a link in it stays with the article.
func TestLinkedSentenceStays(t *testing.T) {
	text := runPasses(t, linkedSentencePage(""))
	assert.Contains(t, text, "the three knots every mender uses")
	assert.Contains(t, text, "guide to choosing twine")
}

// A paragraph of links with no sentence around them, and a "Read also:" line, still go.
func TestLinkedSentenceLeavesLinkLines(t *testing.T) {
	text := runPasses(t, linkedSentencePage(
		`<p><a href="/">Home</a> <a href="/guides">Guides</a> <a href="/shop">Shop</a> <a href="/contact">Contact the harbour office</a></p>`+
			`<p>Read also: <a href="/news/quay">The new slipway on the east quay is finished</a>.</p>`))
	assert.Contains(t, text, "guide to choosing twine")
	assert.NotContains(t, text, "Contact the harbour office")
	assert.NotContains(t, text, "east quay")
}
