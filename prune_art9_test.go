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
