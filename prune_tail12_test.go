package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// apparatusPage builds a guide whose text ends with a heading and a list of n cited
// works, each entry built by entry.
func apparatusPage(heading string, n int, entry func(k int) string) string {
	var refs strings.Builder
	for k := 1; k <= n; k++ {
		refs.WriteString("<li>" + entry(k) + "</li>")
	}
	return `<html><head><title>Guide</title></head><body><main><article><h1>Guide</h1>` +
		strings.Repeat(para("Body."), 5) + `<h2>Closing thoughts</h2>` + para("Last words.") +
		`<h2>` + heading + `</h2><ol>` + refs.String() + `</ol></article></main></body></html>`
}

// citation is a made-up cited work: authors, a year, a title, a journal.
func citation(k int) string {
	return fmt.Sprintf(`Lindqvist A, Moreau P. (20%02d). Field notes on river sediment, part %d. <em>Journal of Imaginary Hydrology</em>. <a href="https://example.org/paper/%d">https://example.org/paper/%d</a>`, k, k, k, k)
}

// A long list of cited works under a "References" heading that closes the text is its
// apparatus and goes; the article before it stays.
func TestApparatusDropped(t *testing.T) {
	text := extractText(t, apparatusPage("References", 9, citation))
	assert.Contains(t, text, "Last words.")
	assert.NotContains(t, text, "Imaginary Hydrology")
	assert.NotContains(t, text, "References")

	// Another language's heading, with a colon.
	text = extractText(t, apparatusPage("Einzelnachweise:", 9, citation))
	assert.NotContains(t, text, "Imaginary Hydrology")
}

// A short list of sources is the article's last lines; notes that link back to their
// calls in the text are its footnotes; a section the article goes on with after the
// list keeps it too.
func TestApparatusKept(t *testing.T) {
	text := extractText(t, apparatusPage("References", 3, citation))
	assert.Contains(t, text, "Imaginary Hydrology")

	back := func(k int) string { return fmt.Sprintf(`<a href="#call-%d">^</a> `, k) + citation(k) }
	text = extractText(t, apparatusPage("References", 9, back))
	assert.Contains(t, text, "Imaginary Hydrology")

	page := strings.Replace(apparatusPage("References", 9, citation), "</ol>",
		"</ol><h2>What to read next in the series</h2>"+para("More words."), 1)
	text = extractText(t, page)
	assert.Contains(t, text, "Imaginary Hydrology")
	assert.Contains(t, text, "More words.")
}
