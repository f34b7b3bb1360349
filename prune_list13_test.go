package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// indexPage is a blog's index: each post a title line (a linked title, its date and its
// author in spans of their own) over a one-sentence summary.
func indexPage(n int) string {
	var b strings.Builder
	b.WriteString(`<html><body><div id="content"><h1>The Harbour Blog</h1><div id="index">`)
	posts := [][3]string{
		{"Mending nets in winter", "3 March 2026", "Ada Brennan"},
		{"A new slipway for the east quay", "17 February 2026", "Tom Ruiz"},
		{"What the spring tides brought in", "2 February 2026", "Ada Brennan"},
		{"Counting gulls from the lighthouse", "20 January 2026", "Mei Okafor"},
	}
	for _, p := range posts[:n] {
		b.WriteString(`<p class="posttitle"><a href="/blog/` + p[0] + `">` + p[0] + `</a>, <span class="date">` +
			p[1] + `</span><br><span class="author">` + p[2] + `</span></p>` +
			`<p class="postsummary">A short account of ` + strings.ToLower(p[0]) +
			`, with notes from the harbour office and the people who were there that week.</p>`)
	}
	b.WriteString(`</div></div></body></html>`)
	return b.String()
}

// In a run of entry lines the date and the author are each post's: they stay.
func TestEntryLineKeepsDatesAndAuthors(t *testing.T) {
	text := runPasses(t, indexPage(4))
	assert.Contains(t, text, "Mending nets in winter")
	assert.Contains(t, text, "2 February 2026")
	assert.Contains(t, text, "Mei Okafor")
}

// A single byline paragraph is the page's own metadata, cut out as before.
func TestEntryLineLeavesSingleByline(t *testing.T) {
	page := `<html><body><article><h1>Mending nets in winter</h1><p class="byline"><a href="/about">The Harbour Blog</a>, ` +
		`<span class="date">3 March 2026</span> <span class="author">Ada Brennan</span></p>` +
		para("The nets come in by the end of November.") + para("We mend them in the old boat shed.") +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "We mend them in the old boat shed.")
	assert.NotContains(t, text, "3 March 2026")
}

// The second entry's title is long beside its date and author, and crosses the link
// density at which a block is dropped; its mates stay, and it stays with them.
func TestRunMatesKeepLinkDenseEntry(t *testing.T) {
	text := runPasses(t, indexPage(4))
	assert.Contains(t, text, "A new slipway for the east quay")
	assert.Contains(t, text, "Tom Ruiz")
}

// A read-also line among an article's paragraphs is a label and a link, with nothing
// after the link: it goes, though its mates, the paragraphs, stay.
func TestRunMatesLeaveReadAlsoLine(t *testing.T) {
	page := `<html><body><article><h1>Mending nets in winter</h1>` + para("The nets come in by the end of November.") +
		`<p>See too: <a href="/blog/slipway">A new slipway for the east quay opens to the boats</a></p>` +
		para("We mend them in the old boat shed.") + para("By March the nets go back out.") + `</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "We mend them in the old boat shed.")
	assert.NotContains(t, text, "A new slipway")
}
