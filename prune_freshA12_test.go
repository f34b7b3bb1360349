package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTooltipModuleHashDropped(t *testing.T) {
	// A glossary term in a blog post, styled with CSS modules: the definition shown on
	// hover sits in a box whose class ends in a build hash.
	page := `<html><body><main><h1>Ranking in 2026</h1>` +
		para("Search engines keep changing how they rank pages, and small sites feel it first when traffic drops.") +
		`<p>Each <span class="Gloss_wrap__q7Rtk"><dfn class="Gloss_term__Ab3xZ">crawler</dfn>` +
		`<span class="Gloss_tooltip__9KdwP"><strong>Crawler</strong><br>A crawler is a program that visits pages one by one and stores what it finds for the index.</span></span>` +
		` reads the page before it ranks it, so a clean layout still helps the small sites most of all.</p>` +
		para("Write for readers first, then check that the page loads fast on a phone with a weak signal.") +
		`</main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "crawler")
	assert.Contains(t, a.Text, "reads the page before")
	assert.NotContains(t, a.Text, "visits pages one by one")
}

func TestTrimModuleHash(t *testing.T) {
	for tok, want := range map[string]string{
		"Term_tooltip__8VNIW": "Term_tooltip", "tooltip__inner": "tooltip__inner",
		"tooltip__arrow": "tooltip__arrow", "c-tooltip__content": "c-tooltip__content",
		"__aB3cd": "__aB3cd", "tooltip": "tooltip",
	} {
		assert.Equal(t, want, trimModuleHash(tok), tok)
	}
}

func TestLabelGap(t *testing.T) {
	// A service page's reasons, each a bold name styled on a line of its own with its
	// text after it; a bold verdict after a sentence; and a word split by markup.
	page := `<html><body><main><h1>Why work with us</h1>` +
		para("We have helped small firms move their books and their data to the cloud for ten years now.") +
		`<ul><li><b class="title">Deep experience</b>Our team knows the trade and its rules well, from payroll to audits and tax.</li>` +
		`<li><span>Fast answers</span>Every ticket gets a reply within one working day, weekends included.</li></ul>` +
		`<p>The plan is cheap and certified<strong>Cons:</strong> it needs an existing account to start with.</p>` +
		`<p>The child<b>ren</b> of the founders still run the firm, and they answer the phone themselves.</p>` +
		`</main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "experience Our team")
	assert.Contains(t, a.Text, "answers Every ticket")
	assert.Contains(t, a.Text, "certified Cons:")
	assert.Contains(t, a.Text, "children of the founders")
}
