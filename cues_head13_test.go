package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A section whose id is its heading's slug keeps its words, even where the slug holds
// a word that names a box elsewhere ("related", "comments"); a box named "related-posts"
// is still one.
func TestSlugIDNoCue(t *testing.T) {
	section := `<section id="be-careful-with-related-names-and-comments"><h2>Be careful with related names and comments</h2>` +
		para("Names.") + para("Queries.") + `</section>`
	box := `<section id="related-posts"><h2>More reading</h2><ul><li><a href="/a">Another page</a></li><li><a href="/b">One more page</a></li></ul></section>`
	text := extractText(t, storyPage(`<article><h1>Models</h1>`+para("Intro.")+para("Fields.")+section+box+`</article>`))
	assert.Contains(t, text, "Be careful with related names")
	assert.Contains(t, text, "Queries.")
	assert.NotContains(t, text, "Another page")
}
