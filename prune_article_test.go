package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// teaser is one item of a related box: a linked title and a paragraph of excerpt.
func teaser(title string) string {
	return `<li><a href="/` + title + `">` + title + `</a><p>` + prose + prose + `</p></li>`
}

// A related box whose teasers carry long excerpts reads like prose, but its class is
// believed: the excerpts belong to other stories.
func TestRelatedBoxWithExcerptsDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	box := `<ul class="related-posts">` + teaser("Other story one") + teaser("Other story two") +
		teaser("Other story three") + `</ul>`
	text := runPasses(t, `<html><body><article>`+body+box+`</article></body></html>`)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Other story")
}

// A section of the article whose id merely holds a related word (a slug of its heading,
// as documentation generators make) keeps its prose: it has hardly a link.
func TestRelatedWordInSectionSlugKept(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	section := `<section id="using-reported-by-and-suggested-by"><h2>Using Reported-by and Suggested-by</h2>` +
		para("Kept one.") + para("Kept two.") + para("Kept three.") + `</section>`
	text := runPasses(t, `<html><body><article>`+body+section+body+`</article></body></html>`)
	assert.Contains(t, text, "Kept one.")
	assert.Contains(t, text, "Kept three.")
}

// A call to subscribe or follow that closes the article is left out; the same words
// inside the body, or as a point of a list, are the article's own.
func TestTrailingPromoDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	page := `<html><body><article>` + body +
		`<p>Subscribe to our weekly edition in the middle of the story.</p>` + body +
		`<p>Folgen Sie uns auf Twitter und Facebook!</p>` +
		`<p>Never miss the latest news by signing up to our newsletter today!</p>` +
		`<p>© 2025 Example Daily. This article is the copyrighted property of Example Daily.</p>` +
		`<p>Dieser Beitrag wurde unter Allgemein abgelegt. Lesezeichen für den Permalink.</p>` +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "in the middle of the story")
	assert.NotContains(t, text, "Folgen Sie uns")
	assert.NotContains(t, text, "Never miss")
	assert.NotContains(t, text, "copyrighted property")
	assert.NotContains(t, text, "Dieser Beitrag wurde")
}

// A stack of calls longer than the lines looked at is dropped whole: each call dropped
// counts as none of them, so that the one above is reached; the story's last paragraph
// above the stack is kept.
func TestTrailingPromoStackDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	page := `<html><body><article>` + body + para("Last paragraph of the story.") +
		`<p>Subscribe to our weekly edition.</p>` +
		`<p>Folgen Sie uns auf Twitter und Facebook!</p>` +
		`<p>Never miss the latest news by signing up to our newsletter today!</p>` +
		`<p>Follow us on Instagram for more.</p>` +
		`<p>Support our newsroom with a monthly gift.</p>` +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Last paragraph of the story.")
	assert.NotContains(t, text, "Subscribe to our weekly")
	assert.NotContains(t, text, "Support our newsroom")
}

// A closing line about the article's own history is kept: only a rights notice goes.
func TestReprintLineKept(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	text := runPasses(t, `<html><body><article>`+body+`<p>This article was reprinted on another site.</p></article></body></html>`)
	assert.Contains(t, text, "reprinted on another site")
}

// A list item that closes the article is one of its points, whatever its first words.
func TestTrailingListItemKept(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	text := runPasses(t, `<html><body><article>`+body+`<ul><li>Stay informed: visit your doctor every year.</li></ul></article></body></html>`)
	assert.Contains(t, text, "visit your doctor")
}

// A page whose only words are a call to sign up keeps them: there is no article to
// protect from it.
func TestPromoOnlyPageKept(t *testing.T) {
	text := runPasses(t, `<html><body><main><p>Subscribe to our newsletter for the latest offers and news.</p></main></body></html>`)
	assert.Contains(t, text, "Subscribe to our newsletter")
}

// An affiliate disclosure that opens the article is left out; the same words further
// down, in the story itself, stay.
func TestLeadingDisclosureDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	page := `<html><body><article><p>This post contains affiliate links: we may earn a commission.</p>` + body +
		`<p>Critics say affiliate links shape what reviewers recommend, a point made later on.</p>` + body +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.NotContains(t, text, "This post contains affiliate links")
	assert.Contains(t, text, "a point made later on")
	assert.Contains(t, text, "Body.")
}

// A prompt to rate the article or an empty comment counter that closes it is left out.
func TestTrailingPromptsDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	text := runPasses(t, `<html><body><article>`+body+`<p>Wie bewerten Sie diesen Artikel?</p><p>Kommentare insgesamt: 0</p></article></body></html>`)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Wie bewerten")
	assert.NotContains(t, text, "Kommentare insgesamt")
}
