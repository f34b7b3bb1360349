package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A listicle's entries laid out as cards, each describing its thing in a paragraph,
// stay with the article; a row of teasers with a line each is still left out.
func TestDescribedCardsKept(t *testing.T) {
	body := strings.Repeat(para("Learning to draw takes patience, and a good teacher makes the hours count."), 6)
	card := func(name, desc string) string {
		return `<div class="card"><a href="/go/` + name + `"><img src="` + name + `.jpg" alt=""></a>` +
			`<h3><a href="/go/` + name + `">` + name + `</a></h3><p>` + desc + `</p></div>`
	}
	entries := `<div class="entries">` +
		card("Pencil Lab", "This channel walks through shading one object a week, from eggs to glass bottles. The lessons are slow and calm, and every video ends with homework you can post for feedback. Beginners are welcome, and the early videos need only a pencil.") +
		card("Ink Hours", "Short daily exercises in line weight and hatching fill this channel. The host draws live, talks through mistakes as they happen, and keeps a list of the pens she uses. Most exercises take ten minutes, so they fit before work.") +
		card("Paper Cut", "A channel about sketchbooks: how to fill one, how to keep going when a page goes wrong, and which cheap papers hold watercolour. New episodes come out every Sunday. The comments below each video are friendly and full of advice.") +
		`</div>`
	teaser := func(name string) string {
		return `<div class="teaser"><a href="/post/` + name + `"><img src="` + name + `.jpg" alt=""></a>` +
			`<h3><a href="/post/` + name + `">` + name + `</a></h3><p>Read our tips.</p></div>`
	}
	more := `<div class="more">` + teaser("Brush basics") + teaser("Colour wheels") + teaser("Perspective") + `</div>`
	page := `<html><head><title>Drawing channels</title></head><body><main><article>` +
		body + entries + body + more + `</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "shading one object a week")
	assert.Contains(t, text, "line weight and hatching")
	assert.Contains(t, text, "how to fill one")
	assert.NotContains(t, text, "Colour wheels")
}
