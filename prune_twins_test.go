package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRepeatsDropLayoutTwins(t *testing.T) {
	// A shop's theme prints the product's description twice, side by side, one copy
	// for narrow screens and one for wide ones: the reader sees one.
	for _, pair := range [][2]string{
		{"product-description hidden-md-down", "product-description hidden-md-up"},
		{"desc d-none d-md-block", "desc d-md-none"},
		{"body md:hidden", "body hidden md:block"},
		{"details mobile-only", "details desktop-only"},
	} {
		page := `<html><body><main><div class="product-meta"><h1>Speckle Mug</h1>` +
			`<div class="` + pair[0] + `"><p>` + repeatDesc + `</p><p>Handmade stoneware, about 350 ml.</p></div>` +
			`<div class="` + pair[1] + `"><p>` + repeatDesc + `</p><p>Handmade stoneware, about 350 ml.</p></div>` +
			`</div></main></body></html>`
		text := runRepeats(t, page)
		assert.Equal(t, 1, strings.Count(text, "Our staple tee"), pair[0])
		assert.Equal(t, 1, strings.Count(text, "Handmade stoneware"), pair[0])
	}
}

func TestRepeatsKeepNearCopiesOfOtherClasses(t *testing.T) {
	// Two blocks side by side with the same words whose classes differ by more than
	// a screen switch (a quote and its pull-quote, two steps of a recipe) are as the
	// author wrote them; so are copies with the same class.
	for _, pair := range [][2]string{
		{"quote", "pull-quote"},
		{"step step-1", "step step-2"},
		{"note", "note"},
		{"hidden-md-down", "panel"},
	} {
		page := `<html><body><article><h1>Story</h1>` + para("The first paragraph opens the story.") +
			`<div class="` + pair[0] + `"><p>` + repeatDesc + `</p></div>` +
			`<div class="` + pair[1] + `"><p>` + repeatDesc + `</p></div>` +
			`</article></body></html>`
		text := runRepeats(t, page)
		assert.Equal(t, 2, strings.Count(text, "Our staple tee"), pair[0])
	}
}

func TestScreenClass(t *testing.T) {
	for _, c := range []struct {
		word        string
		screen, vis bool
	}{
		{"hidden-md-down", true, true},
		{"d-md-block", true, false},
		{"md:hidden", true, true},
		{"show-for-small-only", true, true},
		{"product-description", false, false},
		{"col-lg-6", true, false},
		{"hiddenness", false, false},
	} {
		screen, vis := screenClass(c.word)
		assert.Equal(t, c.screen, screen, c.word)
		assert.Equal(t, c.vis, vis, c.word)
	}
}
