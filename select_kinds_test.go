package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// serviceLanding is a service's landing page: an offer in sections, then a box of
// customer quotes classed as testimonials, then a footer.
const serviceLanding = `<html><body><header><nav><a href="/">Home</a> <a href="/services">Services</a></nav></header>
<main><h1>Garden design</h1>
<section class="features"><h2>What we do</h2><p>We draw your garden, choose the plants that suit your soil and light, and build the paths, beds and terraces with our own crews, in every season and at a fixed price agreed before the work starts.</p>
<p>Every project starts with a visit: we measure, listen and take photographs, and a week later you receive a plan in colour with a list of plants and a schedule for the work.</p></section>
<section class="testimonials"><h2>What our clients say</h2>
<blockquote><p>They turned a muddy yard into a garden our children love, and finished a week early. The plan was clear and the crew left the street cleaner than they found it.</p><p>Maria, Ghent</p></blockquote>
<blockquote><p>We had a slope nobody could use. The terraces they built hold the soil through every storm, and the planting looks better each spring than the one before it.</p><p>Tom, Leuven</p></blockquote>
</section></main><footer><p>© Garden Crew</p></footer></body></html>`

func runLanding(t *testing.T, story bool) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(serviceLanding))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.story = story
	roots := tr.selectMain(tr.score())
	tr.prune(roots)
	return tr.renderText(roots)
}

func TestTestimonialsKeptOnLanding(t *testing.T) {
	text := runLanding(t, false)
	assert.Contains(t, text, "Every project starts with a visit")
	assert.Contains(t, text, "They turned a muddy yard into a garden")
	assert.Contains(t, text, "We had a slope nobody could use")
	assert.NotContains(t, text, "Garden Crew")
}

func TestTestimonialsDroppedOnStory(t *testing.T) {
	// The same box beside a declared story is an advertisement for the site.
	text := runLanding(t, true)
	assert.Contains(t, text, "Every project starts with a visit")
	assert.NotContains(t, text, "They turned a muddy yard into a garden")
}

func TestHasAttrWord(t *testing.T) {
	for _, tc := range []struct {
		class string
		want  bool
	}{
		{"section-testimonials", true},
		{"pa-testimonial-container-inner", true},
		{"testimonialsCarousel", true},
		{"test-monials", false},
		{"comments", false},
	} {
		doc, err := html.Parse(strings.NewReader(`<div class="` + tc.class + `"><p>x</p></div>`))
		require.NoError(t, err)
		tr, err := buildTree(doc, 0)
		require.NoError(t, err)
		got := false
		for i := range tr.nodes {
			if n := tr.nodes[i].n; n != nil && n.Type == html.ElementNode && n.Data == "div" {
				got = tr.hasAttrWord(int32(i), testimonialWords)
			}
		}
		assert.Equal(t, tc.want, got, tc.class)
	}
}
