package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProseListKept(t *testing.T) {
	// An article's list of tools, each a linked name followed by a few words of its
	// own: about half of its text is links, yet it is the article's list. The menu
	// beside it, all links, still goes.
	page := `<html><body><main><article><h1>Tools we use every day</h1>` +
		para("Our team ships a small web service, and these are the tools that make the work easier for everyone.") +
		`<ul><li><a href="https://example.com/a">Delve debugger</a> for stepping</li>` +
		`<li><a href="https://example.com/b">Staticcheck linter</a> catches bugs</li>` +
		`<li><a href="https://example.com/c">Benchstat tool</a> compares runs</li></ul>` +
		para("Each of them is free, and each saved us hours in the first month we used it on the service.") +
		`<ul class="links"><li><a href="/x">Home page</a></li><li><a href="/y">Archive index</a></li><li><a href="/z">Contact form</a></li></ul>` +
		para("We will write about each of them in more detail in the coming weeks, starting with the debugger.") +
		`</article></main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Delve debugger for stepping")
	assert.Contains(t, a.Text, "Benchstat tool compares runs")
	assert.NotContains(t, a.Text, "Archive index")
}
