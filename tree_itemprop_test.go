package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestItempropAuthorBlockIsAuthorBox checks that a block schema.org marks as the author
// is an author box, while an inline name so marked (a byline's link) names no box.
func TestItempropAuthorBlockIsAuthorBox(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div itemprop="author"><p>Bio</p></div><span itemprop="author">Ann</span><div itemprop="articleBody">x</div>`))
	require.NoError(t, err)
	kinds := map[string]uint32{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && attr(n, "itemprop") != "" {
			kinds[n.Data+" "+attr(n, "itemprop")] = elementKinds(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	assert.NotZero(t, kinds["div author"]&(1<<cueAuthor))
	assert.Zero(t, kinds["span author"]&(1<<cueAuthor))
	assert.Zero(t, kinds["div articleBody"]&(1<<cueAuthor))
}

// TestAuthorBoxDropped checks that an author's box marked only by itemprop, a name and a
// biography under the story, is left out of the text.
func TestAuthorBoxDropped(t *testing.T) {
	page := `<html><body><article>` + para("First.") + para("Second.") + para("Third.") +
		`<div class="box-wrap" itemprop="author"><p>Patrick Muster, Fotograf aus Hamburg. Ich mag jede Art von Fotografie, aber ein Mensch muss mit drauf sein.</p></div>` +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Third.")
	assert.NotContains(t, text, "Fotograf aus Hamburg")
}
