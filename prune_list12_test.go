package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// frontLists writes a news front's sections, each a heading over a list of teasers.
func frontLists(heads ...string) string {
	var b strings.Builder
	for _, h := range heads {
		fmt.Fprintf(&b, `<section class="block"><h2>%s</h2><ul class="stories">`, h)
		for i := 0; i < 5; i++ {
			fmt.Fprintf(&b, `<li class="story"><a href="/news/%s-%d"><h3>%s story number %d about the harbour works</h3></a>`+
				`<p>A short teaser of the %s story number %d, two lines long at most, on what happened.</p></li>`, h, i, h, i, h, i)
		}
		b.WriteString(`</ul></section>`)
	}
	return b.String()
}

// On a news front read as a listing, the section headed "Most read" is one of the
// front's lists and stays with the others.
func TestFrontSectionKept(t *testing.T) {
	page := `<html><head><title>News</title></head><body><nav><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></nav>` +
		`<main><h1>News</h1>` + frontLists("Top stories", "Most read", "Around the region") + `</main>` +
		`<footer><p>© News Site</p></footer></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Top stories story number 2")
	assert.Contains(t, text, "Most read story number 3")
	assert.Contains(t, text, "Around the region story number 1")
}

// Beside an article, a box headed "Most read" is the site's, and is left out.
func TestFrontSectionNotOnStory(t *testing.T) {
	body := strings.Repeat(para("The harbour works went on through the night, and the crews finished the new pier by the morning tide."), 8)
	page := `<html><head><title>Pier</title><meta property="og:type" content="article"></head><body><main><article><h1>Pier</h1>` + body +
		frontLists("Most read") + `</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "The harbour works went on")
	assert.NotContains(t, text, "Most read story number 3")
}

// On a section front whose stories are a run of <article>s, each story's <header>,
// its linked title alone, stays with the story's teaser.
func TestRiverHeaderKept(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&b, `<article><header><a href="/news/item-%d">Kernel release %d brings faster disk queues to small boards</a></header>`+
			`<div class="details">%d hours ago - <a href="/topic/kernel">Kernel</a></div>`+
			`<p>The new release of the kernel, number %d, lands with a reworked disk queue that small boards feel first, and a few drivers besides.</p></article>`, i, i, i+1, i)
	}
	page := `<html><head><title>Latest news</title></head><body><nav><a href="/">Home</a><a href="/reviews">Reviews</a></nav>` +
		`<div id="main"><article class="full"><h1>Latest news and reviews</h1></article>` + b.String() + `</div>` +
		`<footer><p>© Board News</p></footer></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "The new release of the kernel, number 3")
	assert.Contains(t, text, "Kernel release 3 brings faster disk queues")
}
