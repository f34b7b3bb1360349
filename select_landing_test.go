package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sectionsPage is a service's landing page: a masthead of links, then sections whose
// theme names their tops "section-header", each a heading and an intro over the
// section's paragraph.
const sectionsPage = `<html><body>
<header class="site-header"><a href="/">Example</a> <a href="/pricing">Pricing</a> <a href="/docs">Docs</a> <a href="/login">Log in</a></header>
<main><section><div class="section-header"><h2>Deploy in minutes</h2><p>Connect your repository and every push is built, tested and shipped for you, with no servers to manage.</p></div>
%s</section>
<section><div class="section-header"><h2>Scale without limits</h2><p>Traffic spikes are absorbed by instances added on demand, and removed again once the rush is over.</p></div>
%s</section></main></body></html>`

func runSections(t *testing.T, story bool) string {
	t.Helper()
	page := strings.Replace(sectionsPage, "%s", para("Builds run in parallel."), 1)
	page = strings.Replace(page, "%s", para("Instances start in seconds."), 1)
	return runPassesWith(t, page, func(tr *tree) { tr.story = story })
}

func TestSectionHeadersAreContent(t *testing.T) {
	text := runSections(t, false)
	assert.Contains(t, text, "Connect your repository and every push is built")
	assert.Contains(t, text, "Traffic spikes are absorbed")
	assert.Contains(t, text, "Builds run in parallel.")
	assert.NotContains(t, text, "Log in")
}

func TestStorySectionHeadersStayFurniture(t *testing.T) {
	text := runSections(t, true)
	assert.NotContains(t, text, "Connect your repository and every push is built")
	assert.Contains(t, text, "Builds run in parallel.")
}

func TestDroppedUnitsLeaveTheContent(t *testing.T) {
	page := strings.Replace(sectionsPage, "%s", para("Builds run in parallel."), 1)
	page = strings.Replace(page, "%s", para("Instances start in seconds."), 1)
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.prune([]int32{tr.body})
	var masthead int32 = none
	for i := range tr.nodes {
		if tr.nodes[i].tag == atom.Header {
			masthead = int32(i)
		}
	}
	require.NotEqual(t, none, masthead)
	require.NotEqual(t, keep, tr.nodes[masthead].drop, "the masthead of links is pruned")
	units, links := tr.droppedUnits(tr.body)
	assert.Equal(t, tr.nodes[masthead].units, units)
	assert.Equal(t, tr.nodes[masthead].linkUnits, links)
}
