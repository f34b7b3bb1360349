package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLinkedHeadingOverClipKept checks that a review's section heading, a link to the
// thing reviewed, stays when a video stands between it and its prose, while a heading
// link over an empty paragraph and a list of links is still navigation.
func TestLinkedHeadingOverClipKept(t *testing.T) {
	section := func(href, title string) string {
		return `<h3><a href="` + href + `">` + title + `</a></h3><div class="wrap"><iframe src="https://video.example/x"></iframe></div>` +
			para("The game gets the treatment it deserves, and the results are terrific.")
	}
	page := `<html><body><article>` + para("Here are the games to play first.") +
		section("/rez", "“Rez Infinite” ($30)") + section("/thumper", "“Thumper” ($20)") +
		`<h3><a href="/elsewhere">Somewhere else entirely</a></h3><p></p><ul><li><a href="/a">One place</a></li><li><a href="/b">Another place</a></li></ul>` +
		para("Last words.") + `</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "“Rez Infinite” ($30)")
	assert.Contains(t, text, "“Thumper” ($20)")
	assert.NotContains(t, text, "Somewhere else entirely")
}

func TestMediaWithin(t *testing.T) {
	tr := treeOf(t, `<div id=v><div><iframe src=x></iframe></div></div><div id=e><p></p></div>`)
	for i := range tr.nodes {
		switch attr(tr.nodes[i].n, "id") {
		case "v":
			assert.True(t, tr.holdsMedia(int32(i)))
		case "e":
			assert.False(t, tr.holdsMedia(int32(i)))
		}
	}
}
