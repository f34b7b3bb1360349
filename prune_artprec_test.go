package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCallButtonsDropped(t *testing.T) {
	// A review between its paragraphs sets calls to act drawn as buttons: a link of its
	// own line, a button in a wrapper of its own, and one after the story. A link styled
	// as a button inside a sentence stays with the sentence.
	page := `<html><head><meta property="og:type" content="article"></head><body><article><h1>Moving Companies Compared</h1>` +
		para("We called twelve movers for the same two-bedroom move and compared what each one quoted and delivered.") +
		`<a class="btn btn-primary" href="/q">Get a quote</a>` +
		para("The cheapest quote came from a small local firm, which also arrived on time and broke nothing.") +
		`<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/amz">Check price on Amazon</a></div></div>` +
		`<p>Readers can <a class="button-link" href="/calc">open our cost calculator</a> to compare the prices of their own move before they call anyone.</p>` +
		para("Long-distance moves cost more per mile, but the firms we tested differed most in how they handled delays.") +
		`<p><a class="cta-button" href="/start">Start now</a></p>` +
		`</article></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Get a quote")
	assert.NotContains(t, a.Text, "Check price on Amazon")
	assert.NotContains(t, a.Text, "Start now")
	assert.Contains(t, a.Text, "open our cost calculator", "a button inside a sentence stays")
	assert.Contains(t, a.Text, "The cheapest quote came from a small local firm")
}

func TestCallButtonsKeepShape(t *testing.T) {
	// The labels left out still count as the page's short blocks for its type.
	tr := &tree{buttons: []string{"Get started", "Book a demo"}}
	assert.Equal(t, "Text\n\nGet started\n\nBook a demo", tr.shapeText("Text"))
	var none *tree
	assert.Equal(t, "Text", none.shapeText("Text"))
}

func TestContentsTablesDropped(t *testing.T) {
	// A guide opens with a table of contents: its label over links to its own sections
	// (written out in full), and, further down, a script's contents list with no links
	// that repeats the section headings. A section called "Contents" whose list links
	// to other documents stays.
	page := `<html><head><meta property="og:type" content="article"></head><body><article><h1>Refinishing Old Furniture</h1>` +
		`<div class="toc-box"><p>Table of Contents</p><ul><li><a href="https://example.org/guide/#tools">Tools</a></li><li><a href="https://example.org/guide/#sanding">Sanding</a></li></ul></div>` +
		para("Old furniture can look new again with a weekend of work, some sandpaper and a can of stain.") +
		`<h3>Inhaltsverzeichnis</h3><ul><li>Tools</li><li>Sanding</li><li>Staining</li></ul>` +
		`<h2>Tools</h2>` + para("You need a sander, three grits of paper, rags, a brush and a well aired room to work in.") +
		`<h2>Sanding</h2>` + para("Sand along the grain, from the coarse paper to the fine, and wipe the dust between the passes.") +
		`<h2>Staining</h2>` + para("Test the stain under the seat first, then work in thin coats and let each one dry overnight.") +
		`<h2>Contents</h2><ul><li><a href="/kits/sander">The sander we used in this guide, with its manual</a></li><li><a href="/kits/stain">The oil stain we used in this guide, with its colours</a></li></ul>` +
		`</article></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Table of Contents")
	assert.NotContains(t, a.Text, "Inhaltsverzeichnis")
	assert.Equal(t, 1, strings.Count(a.Text, "Sanding\n"), "the section heading stays, its entry in the contents goes")
	assert.Contains(t, a.Text, "Sand along the grain")
	assert.Contains(t, a.Text, "The sander we used in this guide", "a list of other documents stays")
}

func TestCallBoxesDropped(t *testing.T) {
	// A story declared in JSON-LD sets a box that calls the reader to a trial in its
	// flow; its class names a call to act. The story's own paragraphs stay.
	story := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pipelines Without Pain"}</script></head><body><article><h1>Pipelines Without Pain</h1>` +
		para("Data teams spend most of their week moving tables between systems rather than reading them.") +
		`<div class="mini-cta dark"><p>Try our loader free for fourteen days, no card needed.</p></div>` +
		para("A pipeline that reloads only the rows that changed cuts both the bill and the wait for fresh numbers.") +
		para("The teams we spoke to moved to such loads within a quarter and kept their old scripts as a fallback.") +
		para("Most of them also wrote checks that compare row counts at both ends before a dashboard refreshes.") +
		`</article></body></html>`
	a, err := Extract(strings.NewReader(story), nil)
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Try our loader free")
	assert.Contains(t, a.Text, "reloads only the rows")

	// A row of call cards is the page's offers, and stays.
	grid := strings.Replace(story, `<div class="mini-cta dark"><p>Try our loader free for fourteen days, no card needed.</p></div>`,
		strings.Repeat(`<div class="cta-card"><p>Try our loader free for fourteen days, no card needed.</p></div>`, 4), 1)
	a, err = Extract(strings.NewReader(grid), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Try our loader free")
}

func TestHasCallWord(t *testing.T) {
	for v, want := range map[string]bool{
		"mini-cta": true, "post-cta dark": true, "ctaBox": true, "tile-ctas": true, "CTA": true,
		"octagon": false, "directa": false, "factam": false, "": false, "btn-primary": false,
	} {
		assert.Equal(t, want, hasCallWord(v), v)
	}
}

func TestIsTOCLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"Table of Contents ▼": true, "  Inhaltsverzeichnis:": true, "目次": true, "Jump to ↓": true,
		"Table of Contents Show": false, "Contents of the box": false, "": false,
	} {
		assert.Equal(t, want, isTOCLabel(s), s)
	}
}
