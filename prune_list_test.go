package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSectionListsKept checks that a changelog's lists, each under its sub-heading and
// each item linking to what it reports, stay with their nested items, while a list of
// links under a boilerplate heading is still dropped.
func TestSectionListsKept(t *testing.T) {
	page := `<html><body><article>` + para("Here is what changed in the last two weeks.") +
		`<h4>New contributors</h4><ul><li>Ann <a href="/b/1">fixed an issue with revoked permissions</a></li>` +
		`<li>Gero <a href="/b/2">removed the window type attribute</a></li></ul>` +
		para("The team also landed a new printing dialog.") +
		`<h4>Picture-in-Picture</h4><ul><li>In progress:<ul><li><a href="/b/3">Bug 1677080 – Fullscreen window is affected by switching source</a></li>` +
		`<li><a href="/b/4">Bug 1677107 – Add telemetry for multiple windows</a></li></ul></li></ul>` +
		para("That is all for this issue.") +
		`<h4>Related</h4><ul><li><a href="/x">Another story about browsers</a></li><li><a href="/y">Yet another story</a></li></ul>` +
		`</article></body></html>`
	text := runPasses(t, page)
	for _, s := range []string{"fixed an issue with revoked permissions", "removed the window type attribute", "Bug 1677080", "Bug 1677107"} {
		assert.Contains(t, text, s)
	}
	assert.NotContains(t, text, "Another story about browsers")
}
