package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// closingFAQPage is a guide whose body, classed "post-content", is followed in its
// wrapper by a block of questions and answers on the guide's topic under heading.
func closingFAQPage(heading string) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav><div class="page"><div class="main-col"><h1>How to sharpen a kitchen knife</h1><div class="post-content">`)
	for _, s := range []string{"Pick a whetstone first.", "Soak the stone well.", "Hold a steady angle.", "Work the whole edge.", "Finish on the fine side.", "Test on a sheet of paper."} {
		b.WriteString(para(s))
	}
	b.WriteString(`</div></div><section class="questions"><h2>` + heading + `</h2>`)
	for _, s := range []string{"How often should a knife be sharpened? Every few months.", "Can a serrated knife be sharpened? Yes, with a rod.", "Is a honing steel a sharpener? No, it only aligns the edge."} {
		b.WriteString(`<h3>` + s[:strings.IndexByte(s, '?')+1] + `</h3>` + para(s))
	}
	b.WriteString(`</section></div><footer><p>© Knife Corner</p></footer></body></html>`)
	return b.String()
}

func TestClosingFAQStaysWithNamedBody(t *testing.T) {
	story := func(tr *tree) { tr.story = true }
	for _, h := range []string{"Frequently Asked Questions", "Knife Sharpening FAQs", "Preguntas frecuentes"} {
		text := runPassesWith(t, closingFAQPage(h), story)
		assert.Contains(t, text, "Pick a whetstone first.", h)
		assert.Contains(t, text, "How often should a knife be sharpened", "the article's closing FAQ under %q is its own", h)
	}
	// Under any other heading the prose below a named body is the site's (see namedBody).
	text := runPassesWith(t, closingFAQPage("From our workshop"), story)
	assert.Contains(t, text, "Pick a whetstone first.")
	assert.NotContains(t, text, "How often should a knife be sharpened")
}

// wrappedBodyPage is a page whose body sits in three layers of a theme's fields, with
// its intro paragraph beside the outermost layer, under the headline.
func wrappedBodyPage() string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/homes">Homes</a></nav><div class="grid"><div class="column"><h1>Buying your first house</h1>`)
	b.WriteString(`<p class="large-text">Buying a first house is a long road, and this guide walks through each step of it, from the first viewing to the keys in your hand.</p><hr>`)
	b.WriteString(`<div class="field field-body"><div class="field-items"><div class="field-item">`)
	for _, s := range []string{"Set a budget first.", "Get a mortgage offer in principle.", "View many houses.", "Ask for a survey.", "Read the contract closely.", "Book the removal van.", "Change the locks.", "Meet the neighbours."} {
		b.WriteString(para(s))
	}
	b.WriteString(`</div></div></div></div><aside class="sidebar"><a href="/a">Rates</a> <a href="/b">Guides</a></aside></div><footer><p>© Homes Guide</p></footer></body></html>`)
	return b.String()
}

func TestIntroBesideWrappedBody(t *testing.T) {
	text := runPassesWith(t, wrappedBodyPage(), nil)
	assert.Contains(t, text, "Set a budget first.")
	assert.Contains(t, text, "Buying a first house is a long road", "the intro beside the body's outermost wrapper is the article's")
}
