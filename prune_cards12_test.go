package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// describedCardHTML is a card shaped like a teaser (a linked title) that describes its
// thing in a few sentences of its own.
func describedCardHTML(title, desc string) string {
	return `<div class="card"><h3><a href="/go/` + strings.ToLower(strings.Fields(title)[0]) + `">` + title + `</a></h3><p>` + desc +
		` It takes an afternoon to read, and the examples in it are worth working through twice, with a notebook open beside the screen.</p></div>`
}

// A run of described cards after the story's last paragraph is its promos: dropped.
// The same run between the story's paragraphs, with the conclusion after it, is a
// listicle's entries: kept.
func TestClosingRunDropped(t *testing.T) {
	story := strings.Repeat(para("Story."), 8)
	promos := describedCardHTML("Pricing checklists", "These checklists help a busy team weigh each offer against the reader's needs.") +
		describedCardHTML("Design guide", "This guide walks through the psychology behind pages that people trust and use.") +
		describedCardHTML("Planning template", "A template that helps a team plan its next quarter's work in one sitting.")
	page := `<html><head><title>Story</title></head><body><div class="wrap"><div class="main"><h1>Story</h1>` + story +
		`</div><div class="side"><b>Resources</b>` + promos + `</div></div></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Story.")
	assert.NotContains(t, text, "Pricing checklists")
	assert.NotContains(t, text, "psychology behind pages")

	listicle := `<html><head><title>Guides</title></head><body><article><h1>Guides</h1>` + strings.Repeat(para("Intro."), 5) + promos +
		para("In the end.") + para("Pick one.") + `</article></body></html>`
	text = runPasses(t, listicle)
	assert.Contains(t, text, "Pricing checklists")
	assert.Contains(t, text, "psychology behind pages")
	assert.Contains(t, text, "In the end.")
}
