package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// In a story, a picture's caption is left out; a table's caption stays, and so do the
// captions of a photo essay, where they are most of the text.
func TestStoryCaptionsDropped(t *testing.T) {
	body := strings.Repeat(para("The council met on Tuesday evening to hear the residents of the old quarter."), 4)
	page := `<html><head><title>Council vote</title><meta property="og:type" content="article"></head><body><main><article>` + body +
		`<figure><img src="a.jpg" alt=""><figcaption>Residents queue outside the town hall before the vote.</figcaption></figure>` + body +
		`<figure><table><tr><td>For</td><td>12</td></tr><tr><td>Against</td><td>9</td></tr></table><figcaption>Votes cast by ward councillors.</figcaption></figure>` + body +
		`</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "residents of the old quarter")
	assert.NotContains(t, text, "Residents queue outside")

	var essay strings.Builder
	for _, c := range []string{"The harbour at first light, before the boats go out to the banks.",
		"Nets are mended on the quay by hands that have done it for fifty winters.",
		"The catch comes in at noon, and the gulls know the hour better than the crews."} {
		essay.WriteString(`<figure><img src="p.jpg" alt=""><figcaption>` + c + `</figcaption></figure>`)
	}
	page = `<html><head><title>The harbour</title><meta property="og:type" content="article"></head><body><main><article>` +
		para("A day with the last fishing crews of the bay, in pictures.") + essay.String() + `</article></main></body></html>`
	assert.Contains(t, extractText(t, page), "Nets are mended on the quay", "a photo essay keeps its captions")
	assert.Contains(t, text, "Votes cast by ward councillors")
}
