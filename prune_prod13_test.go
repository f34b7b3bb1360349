package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

// cloneCard is one slide of a carousel of the product's features, a title and a line,
// inside a <figure> that wraps the slide.
func cloneCard(title, line string) string {
	return `<li class="slide"><figure><div><h4>` + title + `</h4><span>` + line + `</span></div></figure></li>`
}

// clonePage is a page of one product with a carousel whose script printed its first
// two slides again after the last; two variants whose cards repeat the same row of
// facts; a list of firms whose entries repeat a labelled line; and the same note in two
// tabs of a code sample's languages, one paragraph in each.
func clonePage(head string) string {
	track := cloneCard("Waxed canvas", "Sheds rain") + cloneCard("Leather handles", "Soft on the hand") +
		cloneCard("Flat base", "Stands up") + cloneCard("Waxed canvas", "Sheds rain") + cloneCard("Leather handles", "Soft on the hand")
	variant := func(name string) string {
		return `<div class="variant"><h3>` + name + `</h3><div class="facts"><span>Fabric</span><span>Waxed cotton canvas</span></div></div>`
	}
	firm := func(name string) string {
		return `<h3>` + name + `</h3><p><strong>Team size:</strong> 11 to 50 people</p>`
	}
	tab := `<div class="zone"><p>See the <a href="/ref">reference</a> for the options of every call.</p></div>`
	return `<html><head>` + head + `<title>Ridge Tote</title></head><body><main>` +
		`<h1>Ridge Tote</h1>` + para("A roomy tote of waxed canvas with leather handles and an inner pocket.") +
		para("It carries a laptop, a lunch and a jacket, and stands up on its own when set down.") +
		variant("Classic") + variant("Large") +
		`<h2>Made to last</h2><ul class="track">` + track + `</ul>` +
		`<h2>Makers</h2><div class="firms">` + firm("North Canvas") + firm("Harbor Leather") + `</div>` +
		`<h2>Care by code</h2><div class="tabs">` + tab + tab + `</div></main></body></html>`
}

// A carousel's cloned slides (the same title and line again, among the same slides) are
// printed once; rows of facts that two variants share in cards of their own, a
// labelled line under each entry of a list and a tab's copy of a paragraph stay as
// printed; and on a thread nothing changes.
func TestDropCardClones(t *testing.T) {
	run := func(discussion bool) string {
		tr := treeOf(t, clonePage(""))
		tr.discussion = discussion
		roots := []int32{lastOfTag(tr, atom.Main)}
		tr.dropCardClones(roots)
		return tr.renderText(roots)
	}
	text := run(false)
	assert.Equal(t, 1, strings.Count(text, "Sheds rain"), "a cloned slide is printed once")
	assert.Equal(t, 1, strings.Count(text, "Soft on the hand"))
	assert.Contains(t, text, "Stands up")
	assert.Equal(t, 2, strings.Count(text, "Waxed cotton canvas"), "each variant's facts stay")
	assert.Equal(t, 2, strings.Count(text, "11 to 50 people"), "a labelled line under each entry stays")
	assert.Equal(t, 2, strings.Count(text, "for the options of every call"), "a tab's paragraph stays")

	assert.Equal(t, 2, strings.Count(run(true), "Sheds rain"), "on a thread the copies stay")
}

// Extract drops a page's cloned slides (see dropCardClones).
func TestExtractDropsCardClones(t *testing.T) {
	text := extractText(t, clonePage(`<meta property="og:type" content="product">`))
	assert.Contains(t, text, "roomy tote")
	assert.Equal(t, 1, strings.Count(text, "Sheds rain"), "a cloned slide is printed once")
	assert.Equal(t, 2, strings.Count(text, "Waxed cotton canvas"), "each variant's facts stay")
}
