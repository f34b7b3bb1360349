package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/atom"
)

// A manual's "See also" and "References" sections, headings of its outline with their
// permalinks, keep their lists of references, and so does a paragraph of the phrase alone over a list; a line
// that links after the phrase, and a story's bare "See also" heading over teasers, stay
// boilerplate.
func TestCrossRefSectionKept(t *testing.T) {
	section := func(id, title, body string) string {
		return `<section aria-labelledby="` + id + `"><h2 id="` + id + `"><a href="#` + id + `">` + title + `</a></h2>` + body + `</section>`
	}
	prose := strings.Repeat(para("The parser reads the stream in chunks and hands each token to the callback you registered."), 4)
	doc := `<html><head><title>Stream parser</title></head><body><main><article>` +
		`<h1>Stream parser</h1>` +
		section("usage", "Usage", prose) +
		section("options", "Options", prose) +
		section("see_also", "See also", `<ul><li><a href="/ref/tokenizer">Tokenizer reference</a></li>`+
			`<li><a href="/guide/streams">Working with streams</a></li><li><a href="/ref/callbacks">Callback conventions</a></li></ul>`) +
		`</article></main></body></html>`
	refs := `<section id="references"><h2>References<a class="headerlink" href="#references">¶</a></h2><dl>` +
		`<dt><a href="https://example.org/rfc">The stream format</a></dt><dd><a href="https://example.org/rfc">example.org/rfc</a></dd>` +
		`<dt><a href="https://example.org/tok">Tokenizing in practice</a></dt><dd><a href="https://example.org/tok">example.org/tok</a></dd>` +
		`</dl></section>`
	doc = strings.Replace(doc, `</article>`, refs+`</article>`, 1)
	text := extractText(t, doc)
	assert.Contains(t, text, "Tokenizing in practice")
	assert.Contains(t, text, "The parser reads the stream")
	assert.Contains(t, text, "See also")
	assert.Contains(t, text, "Tokenizer reference")
	assert.Contains(t, text, "Callback conventions")

	manual := `<html><head><title>Modules</title></head><body><main><div class="body">` +
		`<h1>Managing modules</h1>` + prose + `<p><strong>See also:</strong></p>` +
		`<ul><li><a href="/ref/mod">Module reference</a></li><li><a href="/ref/sum">Checksum database</a></li>` +
		`<li><a href="/ref/proxy">Module proxy protocol</a></li></ul>` + prose +
		`<p><strong>See also:</strong> <a href="/blog/modules-part-two">Modules, part two</a></p>` +
		`</div></main></body></html>`
	text = extractText(t, manual)
	assert.Contains(t, text, "See also:")
	assert.Contains(t, text, "Module reference")
	assert.Contains(t, text, "Module proxy protocol")
	assert.NotContains(t, text, "Modules, part two")

	story := `<html><head><title>Harbour</title></head><body><main><article><h1>Harbour reopens</h1>` +
		strings.Repeat(para("The harbour reopened on Monday after a month of repairs to the old sea wall."), 6) +
		`<h2>See also</h2><ul><li><a href="/news/ferry">Ferry timetable changes</a></li>` +
		`<li><a href="/news/wall">Sea wall repairs begin</a></li><li><a href="/news/fish">Fish market moves</a></li></ul>` +
		`</article></main></body></html>`
	text = extractText(t, story)
	assert.Contains(t, text, "The harbour reopened")
	assert.NotContains(t, text, "Ferry timetable")
}

// permalinked believes a heading's link to its own anchor only.
func TestPermalinked(t *testing.T) {
	for src, want := range map[string]bool{
		`<h2 id="see-also"><a href="#see-also">See also</a></h2>`:         true,
		`<h2><a id="see-also"></a><a href="#see-also">¶</a>See also</h2>`: true,
		`<h2>See also</h2>`: false,
		`<h2 id="see-also"><a href="/related">See also</a></h2>`:                      false,
		`<h2 id="see-also"><a href="#see-also">See</a> <a href="/more">also</a></h2>`: false,
	} {
		tr := treeOf(t, `<html><body><main>`+src+`</main></body></html>`)
		h := none
		for i := range tr.nodes {
			if tr.nodes[i].tag == atom.H2 {
				h = int32(i)
			}
		}
		require.NotEqual(t, none, h)
		assert.Equal(t, want, tr.permalinked(h), src)
	}
}
