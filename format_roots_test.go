package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// A chosen root that a rule drops whole (a disclosure chosen as a block of its own above
// the story) is left out of the Markdown and the HTML as it is out of the text: the
// formats render the same blocks as the text.
func TestDroppedRootLeftOutOfFormats(t *testing.T) {
	page := `<html><body><p id="note">We may earn a commission from links on this page.</p>` +
		`<div id="story">` + para("The story.") + para("More of it.") + `</div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	var roots []int32
	for i := range tr.nodes {
		if id := attr(tr.nodes[i].n, "id"); id == "note" || id == "story" {
			roots = append(roots, int32(i))
		}
	}
	require.Len(t, roots, 2)
	tr.nodes[roots[0]].drop = dropPromo
	assert.NotContains(t, tr.renderText(roots), "commission")
	doc2 := tr.buildModel(roots, &Options{}, nil)
	md, h := renderMarkdown(doc2), renderHTML(doc2)
	assert.Contains(t, md, "The story.")
	assert.NotContains(t, md, "commission")
	assert.Contains(t, h, "The story.")
	assert.NotContains(t, h, "commission")
}
