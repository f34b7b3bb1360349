package winnow

import (
	"strings"
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

func TestSameClass(t *testing.T) {
	assert.True(t, sameClass("story-block sectionref-news sbpos-1 id1227", "story-block  sectionref-news sbpos-2 id9"))
	assert.True(t, sameClass("", ""))
	assert.True(t, sameClass("item-1", "item-2"))
	assert.False(t, sameClass("story-block", "story-block lead"))
	assert.False(t, sameClass("card", "teaser"))
}

// numberedCard is a teaser for another story whose class numbers it among its siblings.
func numberedCard(k int, title string) string {
	n := string(rune('0' + k))
	return `<div class="story-block sbpos-` + n + `"><h4><a href="/s/` + n + `">` + title + `</a></h4>` +
		`<p>A summary of that other story, a line or two that makes the reader want to read it.</p></div>`
}

// Teasers for other stories after an article are a box even when their classes number
// them one by one; page-builder rows numbered the same way, with no linked words, are
// the article's own sections.
func TestNumberedCardsDropped(t *testing.T) {
	story := strings.Repeat(para("The surveillance bill was debated in the house today."), 6)
	cards := `<div>` + numberedCard(1, "Fraser’s lasting legacy") + numberedCard(2, "Wave of stupidity") +
		numberedCard(3, "Ikea challenge") + `</div>`
	row := func(k int, s string) string {
		n := string(rune('0' + k))
		return `<div class="et_pb_row et_pb_row_` + n + `"><a href="/i"><img src="i.png"></a>` + para(s) + `</div>`
	}
	rows := `<div>` + row(1, "The first licence symbol means attribution.") + row(2, "The second means no commercial use.") +
		row(3, "The third means no derivatives.") + `</div>`
	text := extractText(t, storyPage(`<article>`+story+rows+`</article>`+cards))
	assert.Contains(t, text, "surveillance bill")
	assert.Contains(t, text, "no commercial use")
	assert.NotContains(t, text, "Wave of stupidity")
	assert.NotContains(t, text, "makes the reader want")
}
