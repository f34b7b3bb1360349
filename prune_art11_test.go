package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A caption that is only its picture's credit, with a label that says so, is left out;
// a caption that describes the picture stays, and so does one that opens with "Photo"
// followed by the credit without a colon (a label read aloud, not a credit line).
func TestFigureCreditDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	fig := func(caption string) string {
		return `<figure><img src="a.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	page := `<html><head><title>Story</title></head><body><main><article>` + body +
		fig("Image credit: Studio Nord") + body +
		fig(`<span class="credit">Crédito: Agencia Sur</span>`) + body +
		fig("A walker crosses the ridge at dawn, with the valley still in fog below.") + body +
		fig("Courtesy of Amp") + body +
		`</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Studio Nord")
	assert.NotContains(t, text, "Agencia Sur")
	assert.NotContains(t, text, "Courtesy of Amp")
	assert.Contains(t, text, "A walker crosses the ridge")
}

// isFigureCredit believes only a label that says credit or source outright.
func TestIsFigureCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Credit: Serious Eats":             true,
		"(Photo credit: Janome.com)":       true,
		"Image source: Getty Images.":      true,
		"Bildquelle: dpa":                  true,
		"Crédit photo : AFP":               true,
		"Courtesy of the brand":            true,
		"Courtesy OBC: a cruise credit":    false,
		"Photo Credit Kevin Frayer":        false,
		"Photo: the harbour at night":      false,
		"Sources of the river, 1911":       false,
		"A credit: the bank's new product": false,
	} {
		assert.Equal(t, want, isFigureCredit(s), s)
	}
}

// On a page that declares no story, a reading time alone beside the byline is left out;
// a step of the text that names minutes stays, and so does the estimate in a discussion.
func TestUndeclaredReadingTimeDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	page := `<html><head><title>Post</title><meta property="og:type" content="website"></head><body><main><div class="post">` +
		`<div class="meta"><p>Jan Novak</p><p>12 min read</p></div>` + body +
		`<p>Let the dough rest for 5 minutes before you shape it into a ball.</p>` + body +
		`</div></main></body></html>`
	text := runPassesWith(t, page, nil)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "12 min read")
	assert.Contains(t, text, "5 minutes before")

	text = runPassesWith(t, page, func(tr *tree) { tr.discussion = true })
	assert.Contains(t, text, "12 min read")
}

// A box of teasers under "Related reads" or "Recent articles" after the story is left out
// as the other related-links boxes are.
func TestRelatedReadsHeading(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	for _, h := range []string{"Related reads", "Recommended Reading", "Recent Articles"} {
		box := `<section><h2>` + h + `</h2><div><h3>Knowledge Hub</h3><p>How to plan a venue for a large event without conflicts in the calendar.</p></div>` +
			`<div><h3>Knowledge Hub</h3><p>Five tools that keep a schedule of rooms and people in order.</p></div></section>`
		page := `<html><head><title>Story</title></head><body><main><article>` + body + box + `</article></main></body></html>`
		text := extractText(t, page)
		assert.Contains(t, text, "Body.", h)
		assert.NotContains(t, text, "Five tools", h)
	}
}

// isFollowLine asks for a call to follow and two networks listed together, one of them
// named in full.
func TestIsFollowLine(t *testing.T) {
	for s, want := range map[string]bool{
		"follow reviewed on facebook twitter instagram tiktok or flipboard for the latest deals": true,
		"follow on social media tiktok instagram facebook newsletter youtube":                    true,
		"folgen sie uns auf facebook und instagram":                                              true,
		"suivez nous sur x et linkedin":                                                          true,
		"you might also want to follow me on bluesky at me example or on mastodon at me example": false,
		"following the leads of facebook and instagram other platforms will sell in the app":     false,
		"follow us on x": false,
		"the line and x both wrote about it follow us on it": false,
	} {
		assert.Equal(t, want, isFollowLine(s), s)
	}
}

// A short paragraph that calls the reader to follow the site on a list of networks is left
// out, in the body as well as at its end; a writer's sentence that names networks apart
// stays.
func TestFollowLineDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	page := `<html><head><title>Story</title></head><body><main><article>` + body +
		`<p>Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.</p>` + body +
		`<p>I hope this helps. You can also find me on Bluesky at @me.example or on Mastodon at @me@example.org, and follow me on either.</p>` +
		`</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Follow us on Telegram")
	assert.Contains(t, text, "find me on Bluesky")
}

// A disclosure among the last lines of a story is left out; the same words in the body,
// and a discussion's last post, stay.
func TestClosingDisclosureDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	note := `<p>Disclosure: As an affiliate marketer, I earn from qualifying purchases made through the links above.</p>`
	inBody := `<p>Stores pay a small commission on qualifying purchases, which is how the affiliate link model works in practice.</p>`
	page := func(s string) string {
		return `<html><head><title>Story</title></head><body><main><article>` + s + `</article></main></body></html>`
	}
	text := extractText(t, page(body+inBody+body+note))
	assert.Contains(t, text, "Body.")
	assert.Contains(t, text, "how the affiliate link model works")
	assert.NotContains(t, text, "I earn from qualifying purchases")

	text = runPassesWith(t, page(body+note), func(tr *tree) { tr.discussion = true })
	assert.Contains(t, text, "I earn from qualifying purchases")
}

// A short appeal for support in the middle of a story, or a feed's signature, is left out;
// a paragraph about a newsroom's funding that uses none of the appeal's phrases stays, and
// so does an appeal in a discussion.
func TestAppealDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	appeal := `<p>Enjoyed this piece? We need your help to keep publishing.</p>`
	sig := `<p>The post How to Prune Roses appeared first on Garden Notes.</p>`
	fact := `<p>The newsroom is funded by its readers and two foundations, which gave it a grant in 2021 for its coverage of schools.</p>`
	page := func(s string) string {
		return `<html><head><title>Story</title></head><body><main><article>` + s + `</article></main></body></html>`
	}
	text := extractText(t, page(body+appeal+fact+body+sig))
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "We need your help")
	assert.NotContains(t, text, "appeared first on")
	assert.Contains(t, text, "funded by its readers")

	text = runPassesWith(t, page(body+appeal+body), func(tr *tree) { tr.discussion = true })
	assert.Contains(t, text, "We need your help")
}

// A line that is a control's label alone ("Show Caption", "Loading paragraph...") is
// left out; a sentence that opens with the same words stays.
func TestControlLabelDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	page := `<html><head><title>Story</title></head><body><main><article>` + body +
		`<figure><img src="a.jpg" alt=""><button>Show Caption</button></figure>` +
		`<div class="placeholder">Loading paragraph...</div>` + body +
		`<p>Loading the van took the crew most of the morning, and the rain did not help.</p>` +
		`</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Show Caption")
	assert.NotContains(t, text, "Loading paragraph")
	assert.Contains(t, text, "Loading the van")
}

// lowerWordsOf gives the words lowerText gives, in every script, without a string.
func TestLowerWordsOf(t *testing.T) {
	page := `<html><body><p>Follow US on  <b>Facebook</b>, TWITTER</p><p>Подписывайтесь на НАС в Telegram</p>` +
		`<p>Theo DÕI chúng tôi trên Zalo</p><p>読み込み中 ÄÖÜ straße İstanbul</p><p>ΣΟΦΊΑ 20 K</p></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	n := 0
	for i := range tr.nodes {
		if tr.nodes[i].tag != atom.P {
			continue
		}
		n++
		want := tr.lowerText(int32(i))
		assert.Equal(t, want, string(tr.lowerWordsOf(int32(i))))
	}
	assert.Equal(t, 5, n)
}
