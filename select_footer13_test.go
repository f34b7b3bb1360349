package winnow

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shellPage is a shop's category page whose grid a script draws: the HTML holds its
// header's menu, an empty mount point and its footer with the copyright line.
func shellPage(footerOpen, footerClose string) string {
	return `<html><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/watches">Watches</a></li>` +
		`<li><a href="/bikes">Bikes</a></li><li><a href="/help">Help</a></li></ul></nav></header>` +
		`<div id="app" data-page="category"></div>` + footerOpen +
		`<div class="legal"><p>© Larkspur Instruments Ltd. or its subsidiaries. All rights reserved.</p></div>` +
		footerClose + `</body></html>`
}

// The copyright line is the only text the page holds: it is no content, and the page
// has none to give.
func TestFooterOnlyChoiceIsEmpty(t *testing.T) {
	for _, f := range [][2]string{
		{`<footer class="site">`, `</footer>`},
		{`<div class="footer_container">`, `</div>`},
		{`<div role="contentinfo">`, `</div>`},
	} {
		text := runPasses(t, shellPage(f[0], f[1]))
		assert.NotContains(t, text, "Larkspur Instruments", f[0])
		_, err := Extract(strings.NewReader(shellPage(f[0], f[1])), nil)
		require.Error(t, err, f[0])
		assert.True(t, errors.Is(err, ErrNoContent), f[0])
	}
}

// An article's own <footer>, in its <article>, is the article's, and a page whose text
// sits in its <main> keeps it.
func TestFooterOnlyKeepsArticleFooter(t *testing.T) {
	page := `<html><body><main><article><h1>Notes</h1><footer><p>Filed by the harbour office on a wet ` +
		`Tuesday, with the tide tables for the coming week attached below.</p></footer></article></main></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Filed by the harbour office")
}
