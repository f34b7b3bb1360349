package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// An author's card that closes a story, its name a link to the writer's page and its
// biography opening with a role, is left out; a closing paragraph that links to the writer
// with no card around it, and a card naming someone else than the byline, stay.
func TestAuthorCardDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	card := `<div class="autor-box"><h3><a href="https://diario.example/autor/lucia-mendez/">Lucía Méndez</a></h3>` +
		`<p>Redactora jefa de la sección de ciencia desde 2015, con paso por la radio y la prensa regional. ` +
		`<a href="/autor/lucia-mendez/">Ver perfil</a></p></div>`
	text := extractText(t, authorPage("Lucía Méndez", body+card))
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Redactora jefa")

	alone := `<p>Esta nota fue escrita por <a href="/autor/lucia-mendez/">Lucía Méndez</a> para la sección de ciencia del diario, con datos propios.</p>`
	text = extractText(t, authorPage("Lucía Méndez", body+alone))
	assert.Contains(t, text, "Esta nota fue escrita")

	text = extractText(t, authorPage("Pedro Ruiz", body+card))
	assert.Contains(t, text, "Redactora jefa")
}

// isWriterURL reads a writer's page from a path segment followed by the writer's slug,
// never from the host or from a bare listing of writers.
func TestIsWriterURL(t *testing.T) {
	for href, want := range map[string]bool{
		"https://example.com/author/jane-doe/":  true,
		"/autoren/max-muster":                   true,
		"/tac-gia/nguyen-van-a/":                true,
		"https://author.example.com/post/1":     false,
		"/authors/":                             false,
		"/members/jane/":                        false,
		"/blog/how-to-become-an-author/?page=2": false,
	} {
		assert.Equal(t, want, isWriterURL(href), href)
	}
}

// An <aside> of several paragraphs of prose set between the paragraphs of the text is the
// writer's note and stays; an aside marked by a class word of boilerplate, one of links,
// and one after the last paragraph (the page's sidebar) are left out.
func TestAsideNoteKept(t *testing.T) {
	body := strings.Repeat(para("Body."), 4)
	note := `<aside><h3>Eine Anmerkung zu Geräten</h3><p>Über Festplatten habe ich nichts gesagt, weil es nicht nötig ist. ` + prose + prose + `</p>` +
		`<p>Zufallszahlen sind heikler, denn der Wirt kann sie beeinflussen. ` + prose + prose + `</p></aside>`
	page := func(mid, tail string) string {
		return `<html><head><title>Story</title></head><body><main><article>` + body + mid + body + tail + `</article></main></body></html>`
	}
	text := extractText(t, page(note, ""))
	assert.Contains(t, text, "Body.")
	assert.Contains(t, text, "Über Festplatten")
	assert.Contains(t, text, "Zufallszahlen")

	related := strings.Replace(note, "<aside>", `<aside class="related-posts">`, 1)
	text = extractText(t, page(related, ""))
	assert.NotContains(t, text, "Über Festplatten")

	links := `<aside><p><a href="/a">Über Festplatten habe ich nichts gesagt, weil es nicht nötig ist.</a> ` + prose + prose + `</p>` +
		`<p><a href="/b">Zufallszahlen sind heikler, denn der Wirt kann sie beeinflussen.</a> ` + prose + prose + `</p></aside>`
	text = extractText(t, page(links, ""))
	assert.NotContains(t, text, "Zufallszahlen")

	text = extractText(t, page("", note))
	assert.NotContains(t, text, "Über Festplatten")
}

// A story's reading time, a line of its own or a span beside the date, is left out in
// several languages; a number of minutes without a label or a word of reading (a step of
// a recipe) stays.
func TestReadingTimeDropped(t *testing.T) {
	for s, want := range map[string]bool{
		"6 min read":               true,
		"3 MIN. READ":              true,
		"Reading Time: 11 minutes": true,
		"Lesezeit: 4 Min.":         true,
		"5 phút đọc":               true,
		"阅读时间：5分钟":                 true,
		"5 minutes":                false,
		"Bake for 20 min":          false,
		"10 minutemen":             false,
		"Reading time":             false,
	} {
		assert.Equal(t, want, isReadingTime(strings.ToLower(s)), s)
	}
	body := strings.Repeat(para("Body."), 6)
	text := extractText(t, authorPage("Jane Doe", `<h1>Story</h1><div><span class="rt">7 min read</span></div>`+body+`<p>Let it rest for 5 minutes.</p>`))
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "min read")
	assert.Contains(t, text, "5 minutes")
}
