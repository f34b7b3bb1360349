package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNamesGallery(t *testing.T) {
	for v, want := range map[string]bool{
		"full-gallery": true,
		"dnd-widget-wrapper context-full type-gallery":          true,
		"wp-block-gallery has-nested-images wp-block-gallery-1": true,
		"photoGallery":          true,
		"slideshow-Container":   true,
		"slideshow-description": false, // one slide's caption
		"gallery-post-content":  false, // a box that holds one
		"gallery2":              false, // a generated name
		"gallerys":              false,
		"allegallery":           false,
		"":                      false,
	} {
		assert.Equal(t, want, namesGallery(v), v)
	}
}

// gallerySlides is a slideshow of n numbered slides, each a title over a caption, whose
// pictures a script loads.
func gallerySlides(n int) string {
	var b strings.Builder
	b.WriteString(`<div class="full-gallery"><h2>Business news in pictures</h2><ul class="legends">`)
	for k := 1; k <= n; k++ {
		b.WriteString(`<li><h2>Slide title</h2><p>The chief executive said that the company was expecting a better year, and the shares rose in early trading on the news.</p></li>`)
	}
	b.WriteString(`</ul></div>`)
	return b.String()
}

// A gallery of slides inside an article is left out, even when its captions outweigh
// the story; a "gallery" of one picture is a figure whose caption stays; on a page that
// is mostly its gallery, with little story beside it, the captions are the content.
func TestGalleryDropped(t *testing.T) {
	story := strings.Repeat(para("The hotel rooms are cleaned less often than guests believe, the owners said in their interview with the paper."), 24)
	figure := `<div class="gallery"><img src="a.jpg"><p>A single picture of the lobby at night</p></div>`
	text := extractText(t, storyPage(`<article>`+story+figure+gallerySlides(40)+`</article>`))
	assert.Contains(t, text, "hotel rooms are cleaned")
	assert.Contains(t, text, "picture of the lobby at night")
	assert.NotContains(t, text, "Business news in pictures")
	assert.NotContains(t, text, "shares rose")

	photos := extractText(t, storyPage(`<article>`+para("Our pictures of the week, from the markets.")+gallerySlides(12)+`</article>`))
	assert.Contains(t, photos, "shares rose")
}
