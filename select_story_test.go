package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// clinicPost is a clinic's blog post followed by a footer bar whose carousel of
// patients' quotes, each slide classed "testimonial", holds more prose than the post.
func clinicPost() string {
	var b strings.Builder
	b.WriteString(`<html><body><header><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav></header>
<main><article><h1>Helping a toddler sleep through the night</h1>
<p>Most toddlers wake at night for a while after a move, a new sibling or a cold, and most settle again within two weeks when the evening follows the same steps.</p>
<p>Start the wind-down an hour before bed: a bath, pyjamas, two books and the same song, in the same order every night, with the lights low and the screens put away.</p>
<p>When your child gets up, walk them back to bed and say the same short sentence each time. Do not argue or explain; the calm repetition is what teaches them that night is for sleep.</p>
</article></main>
<div class="site-bar site-bar-footer"><div class="bar-inner"><div class="quotes-view">`)
	for i := range 8 {
		b.WriteString(`<div class="quote-slide testimonial"><div class="testimonial-content"><p>The doctors always take the time to listen to our questions, and the front desk finds us a visit the same day whenever one of the kids is sick. We could not ask for kinder care, visit number `)
		b.WriteString(string(rune('1' + i)))
		b.WriteString(`.</p></div><div class="testimonial-name">Parent ` + string(rune('A'+i)) + `.</div></div>`)
	}
	b.WriteString(`</div></div></div><footer><p>© Valley Clinic</p></footer></body></html>`)
	return b.String()
}

func TestStoryFooterTestimonialsDropped(t *testing.T) {
	text := runPassesWith(t, clinicPost(), func(tr *tree) { tr.story = true })
	assert.Contains(t, text, "Start the wind-down an hour before bed")
	assert.Contains(t, text, "walk them back to bed")
	assert.NotContains(t, text, "The doctors always take the time")
}

func TestStoryBoilerNeedsFurniture(t *testing.T) {
	// The landing page's testimonials sit in its main part: a plugin's og:type
	// "article" does not make them the site's furniture.
	text := runLanding(t, true)
	assert.Contains(t, text, "Every project starts with a visit")
	doc, err := html.Parse(strings.NewReader(serviceLanding))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.story = true
	for i := range tr.nodes {
		assert.False(t, tr.storyBoiler(int32(i)), "node %d", i)
	}
}

// TestMayNameWords: the letters test that spares most elements the word lookups never
// turns away a class or id that names testimonials, however its words are cased, split
// or joined, and turns away those whose letters do not hold the words' stem.
func TestMayNameWords(t *testing.T) {
	assert.Equal(t, "testimon", string(testimonialStem))
	for _, tc := range []struct {
		class      string
		names, may bool
	}{
		{"testimonial", true, true},
		{"quote-slide Testimonials", true, true},
		{"homeTestimonialSlider", true, true},
		{"c-testimony__text", true, true},
		{"testi-monial", true, true}, // a token's words joined
		{"TESTIMON", false, true},
		{"post-content entry", false, false},
		{"test imon", false, true},
		{strings.Repeat("x ", 300) + "testimonial", true, true},
	} {
		doc, err := html.Parse(strings.NewReader(`<div class="` + tc.class + `"><p>x</p></div>`))
		require.NoError(t, err)
		tr, err := buildTree(doc, 0)
		require.NoError(t, err)
		for i := range tr.nodes {
			if n := tr.nodes[i].n; n != nil && n.Type == html.ElementNode && n.Data == "div" {
				assert.Equal(t, tc.names, tr.hasAttrWord(int32(i), testimonialWords), tc.class)
				assert.Equal(t, tc.may, mayNameWords(&tr.nodes[i], testimonialStem), tc.class)
			}
		}
	}
}
