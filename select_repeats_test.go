package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

const repeatDesc = "Our staple tee, cut in a regular fit from mid-weight combed cotton, with ribbing at the neck and double needle hems."

func TestRepeatsDropLayoutCopies(t *testing.T) {
	// A product page that prints its description in the mobile layout and again in
	// the desktop one: the reader sees one copy.
	page := `<html><body><main class="product"><h1>Staple Tee</h1>
<div class="mobile-layout"><div class="accordion"><div class="panel"><p>` + repeatDesc + `</p></div></div></div>
<div class="desktop-layout"><section class="details"><div class="tab"><h2>Description</h2><p>` + repeatDesc + `</p>` +
		para("Care: wash cold, dry flat.") + `</div></section></div></main></body></html>`
	text := runRepeats(t, page)
	assert.Equal(t, 1, strings.Count(text, "Our staple tee"), text)
	assert.Contains(t, text, "Care: wash cold")
}

func TestRepeatsKeepAuthorsRepetition(t *testing.T) {
	// A refrain printed twice in one text, a table whose rows repeat, and a reply that
	// quotes the post it answers are all as written.
	page := `<html><body><article><h1>Song</h1>` + para("The first verse tells the story.") +
		`<p>` + repeatDesc + `</p>` + para("The second verse goes on.") + `<p>` + repeatDesc + `</p>` +
		`<table><tr><td>` + repeatDesc + `</td></tr><tr><td>` + repeatDesc + `</td></tr></table>` +
		`<div class="reply"><blockquote><p>` + repeatDesc + `</p></blockquote>` + para("I agree with that.") + `</div>` +
		`</article></body></html>`
	text := runRepeats(t, page)
	assert.Equal(t, 5, strings.Count(text, "Our staple tee"), text)
}

func runRepeats(t *testing.T, page string) string {
	t.Helper()
	tr := treeOf(t, page)
	roots := tr.selectMain(tr.score())
	tr.prune(roots)
	tr.dropRepeats(roots)
	return tr.renderText(roots)
}
