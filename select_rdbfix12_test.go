package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// In a post that heads its sections with <h1>, a later <h1> over a short section (a
// question answered by a sub-heading, a list of links) is a section title, not a repeat
// of the headline: it is kept.
func TestLaterSectionH1Kept(t *testing.T) {
	long := strings.Repeat("The service answered slowly under load, so we measured where the time went and wrote down every step we took. ", 2)
	page := `<html><head><title>Profiling a slow service</title><meta property="article:published_time" content="2024-03-01T09:00:00Z"></head><body><article>` +
		`<h1>Profiling a slow service</h1>` +
		`<h1>Why measure first</h1><p>` + long + `</p><p>` + long + `</p>` +
		`<h1>Tracing the hot path</h1><p>` + long + `</p><p>` + long + `</p>` +
		`<h1>What did we try before?</h1><h2>Flags at start-up</h2><p>` + long + `</p>` +
		`<h1>Where to read more</h1><ul><li>The runtime's manual</li><li>The profiler's guide</li></ul>` +
		`</article></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Tracing the hot path")
	assert.Contains(t, text, "What did we try before?")
	assert.Contains(t, text, "Where to read more")
}

// A book chapter rendered to HTML5 heads each nested <section> with its own <h1>: the
// sections' titles are kept, however short the text under them.
func TestNestedSectionH1Kept(t *testing.T) {
	long := strings.Repeat("A page should wake someone only when a person must act at once on what it says. ", 3)
	page := `<html><head><title>Alerting on symptoms</title>` +
		`<meta property="article:published_time" content="2024-03-01T09:00:00Z"></head><body><div class="content">` +
		`<section><h1>Alerting on symptoms</h1><p>` + long + `</p>` +
		`<section><h1>Why alert?</h1><p>Short.</p><p>` + long + `</p></section>` +
		`<section><h1>Closing notes</h1><p>` + long + `</p><p>` + long + `</p></section>` +
		`</section></div></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Why alert?")
	assert.Contains(t, text, "Closing notes")
	assert.NotContains(t, text, "Alerting on symptoms")
}

// A story whose named body sits under its headline and a standfirst of two sentences is
// chosen on its own, though the wrapper around it also holds a feed of other news whose
// prose outweighs the standfirst; the standfirst comes back with the body.
func TestStandfirstAboveNamedBody(t *testing.T) {
	var body, feed strings.Builder
	for range 16 {
		body.WriteString("<p>The report tells how the home side pressed high, won the ball back in midfield and scored again before the break.</p>")
	}
	for range 4 {
		feed.WriteString("<p>Another item says the council approved new flats by the river and set out the next steps for the cooperative.</p>")
	}
	page := `<html><head><title>Home side wins again</title><meta property="og:type" content="article">` +
		`<meta property="article:published_time" content="2024-03-01T09:00:00Z"></head><body><div class="page">` +
		`<h1 class="article-title">Home side wins again</h1>` +
		`<div class="wrapper"><div class="article"><div class="perex">The home side won its fifth game in a row on Sunday, ` +
		`and even its critics now say the team could finish the season among the best four in the league.</div>` +
		`<div class="article-content">` + body.String() + `</div></div></div>` +
		`<div class="wrapper"><h3>From the city</h3><div class="timeline"><div class="label">3 minutes ago</div>` +
		`<h3>Council approves flats</h3><div class="desc">` + feed.String() + `</div></div></div>` +
		`</div></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "The report tells how")
	assert.Contains(t, text, "The home side won its fifth game")
	assert.NotContains(t, text, "council approved")
}

// Teaser cards whose classes number them ("pos-1", "pos-2") or carry a record's id are
// still one list: the box of other columns under a story is left out.
func TestNumberedCardsDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	card := func(n string) string {
		return `<div class="story-block pos-` + n + ` id90` + n + `"><h4><a href="/col/` + n + `">Column ` + n + ` on the week</a></h4>` +
			`<p>A short summary of another writer's column about the week, with one line of its argument.</p></div>`
	}
	page := `<html><head><title>Story</title><meta property="article:published_time" content="2024-03-01T09:00:00Z"></head>` +
		`<body><div id="story"><div class="story-body">` + body + `</div>` +
		`<div class="columns">` + card("1") + card("2") + card("3") + card("4") + `</div></div></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "another writer's column")
}

func TestSameClassShape(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"item pos-1", "item pos-2", true},
		{"story-block  news sbpos-1 id1227", "story-block news sbpos-2 id9981", true},
		{"item", "item", true},
		{"", "", true},
		{"item", "item featured", false},
		{"card big", "card small", false},
		{"col-1 item", "col-2 item", true},
		// Hashes alone name nothing: alike only when equal.
		{"_1qlu5k3 _1qlu5k5", "_184mfto0", false},
		{"_1qlu5k3 _1qlu5k5", "_1qlu5k3 _1qlu5k5", true},
		{"pos-1", "pos-2", false},
	} {
		assert.Equal(t, c.want, sameClassShape(c.a, c.b), "%q %q", c.a, c.b)
	}
}
