package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storyPage wraps body in a page that declares itself an article.
func storyPage(body string) string {
	return `<html><head><meta property="og:type" content="article"><title>Story</title></head><body><main>` +
		body + `</main></body></html>`
}

// extractText runs Extract on page and returns its text.
func extractText(t *testing.T, page string) string {
	t.Helper()
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	return a.Text
}

// A form that asks the reader to write (a request for an e-book, a sign-up) inside an
// article is no part of it, however sentence-like its labels; a form of choices only
// (a product's options) is left alone.
func TestArticleFormDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	form := `<form action="/send"><p>Fill out the form to get a copy of our ebook today.</p>` +
		`<label>Your e-mail address, which we keep to ourselves and never share.</label><input type="email">` +
		`<p>This field is for validation purposes and should be left unchanged.</p></form>`
	choices := `<form action="/cart"><p>Choose the colour of the fabric that suits your room best.</p>` +
		`<input type="radio" name="c"><input type="submit"></form>`
	text := extractText(t, storyPage(`<article>`+body+form+choices+`</article>`))
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "copy of our ebook")
	assert.NotContains(t, text, "validation purposes")
	assert.Contains(t, text, "colour of the fabric")
}

// excerptTeaser is one story of an "Also in the news" box: a linked title and the first
// words of that story, cut short.
func excerptTeaser(title, cut string) string {
	return `<article><div class="title"><a href="/` + title + `">` + title + `</a></div>` +
		`<div class="body">` + prose + `It went on and on about it` + cut + `</div></article>`
}

// A list of teasers for other stories, each a linked title over an excerpt that stops
// with an ellipsis, is left out; a single excerpt-like paragraph is not a list.
func TestExcerptListDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	box := `<div>` + excerptTeaser("Hampers handed out", "...") + excerptTeaser("Clerk recalled", "…") +
		excerptTeaser("Festival launched", " [...]") + `</div>`
	text := extractText(t, storyPage(`<div>`+body+`<div>Also in the news</div>`+box+`</div>`))
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Hampers handed out")
	assert.NotContains(t, text, "Festival launched")

	one := `<div>` + excerptTeaser("Only one teaser", "...") + `</div>`
	text = extractText(t, storyPage(`<div>`+body+one+`</div>`))
	assert.Contains(t, text, "It went on and on")
}

// A table of contents whose rows link to the article's sections and sum them up with an
// ellipsis is the article's own, not a list of teasers.
func TestExcerptRowsKept(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	row := func(s string) string {
		return `<tr><td><a href="#` + s + `">` + s + `</a></td><td>` + prose + `and more…</td></tr>`
	}
	text := extractText(t, storyPage(`<div>`+body+`<table>`+row("alpha")+row("beta")+row("gamma")+`</table></div>`))
	assert.Equal(t, 3, strings.Count(text, "and more…"))
}

// comment is one reader's comment under a post.
func comment(s string) string {
	return `<li class="comment"><div class="comment-content">` + para(s) + para(s) + `</div></li>`
}

// The comments under an article stay out even when they outweigh it; on a page that does
// not declare itself an article (a forum thread, a Q&A page), comments that make most of
// the text are the content.
func TestCommentsUnderLongStoryDropped(t *testing.T) {
	story := strings.Repeat(para("Story."), 16)
	comments := `<div id="comments" class="comments"><ol class="commentlist">` +
		strings.Repeat(comment("Reader said."), 16) + `</ol></div>`
	text := extractText(t, storyPage(`<div class="post">`+story+comments+`</div>`))
	assert.Contains(t, text, "Story.")
	assert.NotContains(t, text, "Reader said.")

	page := `<html><head><title>Thread</title></head><body><main><div class="post">` + story +
		comments + `</div></main></body></html>`
	text = extractText(t, page)
	assert.Contains(t, text, "Reader said.")
}

// The line that opens a post's comments counts them; a line that merely starts with a
// number is the article's own.
func TestIsCommentCount(t *testing.T) {
	for _, s := range []string{"59 Comments on “Starship Troopers”", "12 thoughts on “Hello”", "3 Kommentare", "5 条评论", "1 Reply"} {
		assert.True(t, isCommentCount(s), s)
	}
	for _, s := range []string{"Comments", "59 people came", "2025 was a good year", ""} {
		assert.False(t, isCommentCount(s), s)
	}
}

// An "Also in the news" heading opens a box of other stories.
func TestAlsoInTheNewsHeading(t *testing.T) {
	assert.Equal(t, cueRelated, lookupHeading("ALSO IN THE NEWS"))
}

// authorPage wraps body in an article page whose metadata names its author.
func authorPage(author, body string) string {
	return `<html><head><meta property="og:type" content="article"><meta name="author" content="` + author +
		`"><title>Story</title></head><body><main><article>` + body + `</article></main></body></html>`
}

// The box that closes an article with its author's name, role and biography is left out;
// a closing paragraph about the author that stands among the article's own is kept.
func TestAuthorBioDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	box := `<div><p>Rebecca Norris</p><p>Contributing Writer</p>` +
		`<p>Rebecca Norris is a freelance writer living near the capital, who covers gardens and homes.</p></div>`
	text := extractText(t, authorPage("Rebecca Norris", body+box))
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "freelance writer")
	assert.NotContains(t, text, "Contributing Writer")

	one := `<div><p>Arricca SanSone <span>Contributing Writer</span> Arricca SanSone writes about gardens.</p></div>`
	text = extractText(t, authorPage("Arricca SanSone", body+one))
	assert.NotContains(t, text, "writes about gardens")

	own := `<p>Rebecca Norris has covered gardens since 2012, and lives near the capital.</p>`
	text = extractText(t, authorPage("Rebecca Norris", body+own))
	assert.Contains(t, text, "has covered gardens")
}

// A heading left as the article's last line, its box gone, is left out; a run of
// headings that closes the article is a list of titles and stays.
func TestOrphanHeadingDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 8)
	text := runPasses(t, `<html><body><article>`+body+`<h2>Weitere Tourentipps in Schweden</h2></article></body></html>`)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Tourentipps")

	text = runPasses(t, `<html><body><article>`+body+`<h3>Ceramic Candle</h3><h3>Glass Candle</h3></article></body></html>`)
	assert.Contains(t, text, "Ceramic Candle")
	assert.Contains(t, text, "Glass Candle")
}

// Closing calls to the reader in several languages are left out of the article.
func TestClosingCallsDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	text := runPasses(t, `<html><body><article>`+body+
		`<p>Kennt ihr schon unseren Markenfinder? Dort findet ihr alles.</p>`+
		`<p>Zapraszamy też do subskrypcji tygodnika.</p>`+
		`<p>Submit your letter to the editor via this form.</p></article></body></html>`)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Markenfinder")
	assert.NotContains(t, text, "subskrypcji")
	assert.NotContains(t, text, "letter to the editor")
}

// A highlighted code block keeps its comments: the highlighter's "hljs-comment" class
// names a token of the code, not a comment box of the page.
func TestCodeCommentsKept(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	code := `<pre><code class="language-bash"><span class="hljs-comment"># initialize git</span>
git init
<span class="hljs-comment"># clone repo</span>
git clone url</code></pre>`
	text := runPasses(t, `<html><body><article>`+body+code+body+`</article></body></html>`)
	assert.Contains(t, text, "# initialize git")
	assert.Contains(t, text, "# clone repo")
}

// A list whose items open with a run-in label ("Weather: …") is prose, even when the
// label is a boilerplate heading's word.
func TestRunInLabelNoHeading(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	list := `<ul><li><strong>Weather:</strong> The climate of the state is humid and continental, with cold winters.</li>` +
		`<li><strong>Cost:</strong> Living here costs more than the national average, mostly for housing.</li></ul>`
	text := runPasses(t, `<html><body><article>`+body+list+body+`</article></body></html>`)
	assert.Contains(t, text, "The climate of the state")
	assert.Contains(t, text, "Living here costs")
}

// The legal notices that close an article (no advice, the views are the author's) are
// left out, however many there are; the same words inside the body stay.
func TestClosingDisclaimersDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	text := runPasses(t, `<html><body><article>`+body+
		`<p>Our guide is written for informational purposes only, as the markets say in the middle of the story.</p>`+body+
		`<p>Subscribe to our weekly letter for more.</p>`+
		`<p>This material has been prepared for informational purposes only, and is not intended to provide, and should not be relied on for, tax, legal or accounting advice.</p>`+
		`<p>The views and opinions expressed in the articles of this website are strictly those of the author.</p>`+
		`<p>Past performance is no guarantee of future results.</p>`+
		`<p>This site is a non-profit project kept alive by reader donations, with no ads and no paywall.</p></article></body></html>`)
	assert.Contains(t, text, "in the middle of the story")
	assert.NotContains(t, text, "This material has been prepared")
	assert.NotContains(t, text, "views and opinions")
	assert.NotContains(t, text, "Past performance")
	assert.NotContains(t, text, "weekly letter")
	assert.NotContains(t, text, "reader donations")
}

// A short article held in one block with text of its own, whose last paragraph is an
// appeal, loses the appeal only: a notice is a paragraph, never a block of several.
func TestShortArticleNotANotice(t *testing.T) {
	page := `<html><body><article><div>Python 3.6.0 is now available! ` + prose +
		`<p>It is the newest major release. ` + prose + prose + prose + `</p>` +
		`<p>It brings many new features. ` + prose + prose + prose + `</p>` +
		`<p>This site is kept alive by reader donations.</p></div></article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Python 3.6.0 is now available")
	assert.Contains(t, text, "newest major release")
	assert.NotContains(t, text, "reader donations")
}

// The lines that say who checked the article close it as metadata, not text.
func TestReviewedByDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	text := runPasses(t, `<html><body><article>`+body+`<p>Medically reviewed by Kim Rose, RDN.</p><p>Last reviewed January 2023</p></article></body></html>`)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Medically reviewed")
	assert.NotContains(t, text, "Last reviewed")
}

// A sign-up box in an article (a call, a form whose privacy notice links out, a
// checkbox) is left out as a whole; a recipe's ingredients beside a field for the number
// of servings stay.
func TestSignupBoxDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	box := `<div class="opt-in"><div class="content">Get breaking news alerts to your inbox</div>` +
		`<form action="/subscribe"><input type="text" name="email"><input type="submit" value="Submit">` +
		`<span>By clicking Submit you agree to the <a href="/privacy">Privacy Policy</a> and <a href="/terms">Terms</a></span></form></div>`
	var items strings.Builder
	for _, s := range []string{"1 packet of vanilla pudding powder", "350 g of sugar", "500 ml of milk", "250 g of soft butter", "4 eggs of medium size", "a pinch of salt"} {
		items.WriteString("<li>" + s + " for the cake and its cream</li>")
	}
	recipe := `<section><form action="/portions"><input type="text" name="n"> pieces</form><ul>` + items.String() + `</ul></section>`
	text := extractText(t, storyPage(`<article>`+body+box+recipe+`</article>`))
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "breaking news alerts")
	assert.NotContains(t, text, "Privacy Policy")
	assert.Contains(t, text, "500 ml of milk")
}
