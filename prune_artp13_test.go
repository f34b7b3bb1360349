package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A script's placeholders ("Loading specifications…", "Loading paragraph ...") are left
// out; a sentence that opens with the same word, or a label of many words, stays.
func TestLoadingPlaceholdersDropped(t *testing.T) {
	body := strings.Repeat(para("The coffee maker brews a full pot in under six minutes and keeps it hot."), 3)
	page := storyPage(`<article>` + body +
		`<div class="specs">Loading specifications…</div>` +
		`<div class="prices">Loading prices for your region…</div>` +
		`<div class="placeholder">Loading paragraph <span>...</span></div>` + body +
		`<p>Loading the van took the crew most of the morning...</p>` +
		`</article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "brews a full pot")
	assert.NotContains(t, text, "Loading specifications")
	assert.NotContains(t, text, "Loading prices")
	assert.NotContains(t, text, "Loading paragraph")
	assert.Contains(t, text, "Loading the van")
}

func TestIsControlLabel13(t *testing.T) {
	for s, want := range map[string]bool{
		"loading paragraph ...":                           true,
		"loading specifications…":                         true,
		"loading prices for your region…":                 true,
		"show caption":                                    true,
		"chargement…":                                     true,
		"press enter or click to view image in full size": true,
		"click to expand...":                              true,
		"show more":                                       true,
		"hide":                                            true,
		"share this post":                                 true,
		"more":                                            false,
		"read more":                                       false,
		"share":                                           false,
		"loading specifications":                          false, // no ellipsis: a heading
		"loadings and unloadings…":                        false,
		"loading the van took the crew most of the morning…": false,
	} {
		assert.Equal(t, want, isControlLabel13([]byte(s)), s)
	}
}

// The shopping calls of a review's product boxes, each a line of its own, are left out;
// a heading that opens with the same words stays.
func TestShopCallsDropped(t *testing.T) {
	body := strings.Repeat(para("The coffee maker brews a full pot in under six minutes and keeps it hot."), 3)
	page := storyPage(`<article>` + body +
		`<div class="box"><h3>Ninja Specialty</h3><div class="label">Our Rating</div><span>4.5</span>` +
		`<div class="cta">WHERE TO BUY</div><div><a href="/go/1">Check price</a></div>` +
		`<div><a href="/r/1">Read full review</a></div></div>` + body +
		`<h3>Where to buy the plants near you:</h3>` + body +
		`</article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "Ninja Specialty")
	assert.NotContains(t, text, "Our Rating")
	assert.NotContains(t, text, "WHERE TO BUY")
	assert.NotContains(t, text, "Check price")
	assert.NotContains(t, text, "Read full review")
	assert.Contains(t, text, "Where to buy the plants near you")
}

// The consent line under a sign-up form ("By signing up, you agree to …") is left out;
// a sentence of the story that opens with "By clicking" stays.
func TestSignupConsentDropped(t *testing.T) {
	body := strings.Repeat(para("The laptop is light enough to carry all day and its battery lasts through a long flight."), 3)
	page := storyPage(`<article>` + body +
		`<div class="deals"><h4>Daily Deals</h4><p>By signing up, you agree to receive recurring automated marketing messages at the number provided.</p></div>` +
		body +
		`<p>By clicking the button several times in a row, you'll see the counter climb faster than the screen can redraw it.</p>` +
		`</article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "light enough to carry")
	assert.NotContains(t, text, "you agree to receive")
	assert.Contains(t, text, "counter climb faster")

	assert.True(t, isSignupConsent(`by clicking “start now!” you accept our terms and conditions`))
	assert.False(t, isSignupConsent("by clicking the button twice, you will see the counter climb"))
}

// The hint of an image viewer ("Press enter or click to view image in full size") or of
// a folded quote ("Click to expand...") is left out; a sentence that holds it stays.
func TestViewerHintsDropped(t *testing.T) {
	body := strings.Repeat(para("The trail climbs steadily through pine forest before it reaches the open ridge."), 3)
	page := storyPage(`<article>` + body +
		`<figure><div role="button">Press enter or click to view image in full size</div><img src="a.jpg" alt=""></figure>` +
		`<blockquote><p>Quoted text of the earlier post that the reader may unfold.</p><div class="expand">Click to expand...</div></blockquote>` +
		`<div class="fold"><p>The full list of huts along the route, with their opening months and beds.</p><div class="toggle">Show more</div></div>` +
		body + `<p>On the map, click to expand the legend before you plan the route over the ridge.</p></article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "The trail climbs")
	assert.NotContains(t, text, "view image in full size")
	assert.NotContains(t, text, "Click to expand...")
	assert.Contains(t, text, "The full list of huts")
	assert.NotContains(t, text, "Show more")
	assert.Contains(t, text, "click to expand the legend")
}

// A relative time alone on its line ("3 days ago") is a script's stamp and is left out;
// a sentence that opens with one stays.
func TestRelativeTimeDropped(t *testing.T) {
	body := strings.Repeat(para("Forming the company took a week, and the filing went through without a hitch."), 3)
	review := func(when, text string) string {
		return `<div class="review"><div class="stamp">` + when + `</div><p>` + text + `</p></div>`
	}
	page := storyPage(`<article>` + body +
		review("3 days ago", "The forms were clear and the filing was quick and easy.") +
		review("a month ago", "Support answered every question I had about the state fees.") + body +
		`<p>3 days ago we filed the papers, and the state has already answered.</p></article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "filing was quick")
	assert.NotContains(t, text, "3 days ago\n")
	assert.NotContains(t, text, "a month ago")
	assert.Contains(t, text, "3 days ago we filed")
}

// A line that only names the story's author ("By Ann Lee") among its first lines is
// its byline and is left out; a sentence that names the author stays, and so does the
// name on a page whose metadata names someone else.
func TestBylineNameDropped(t *testing.T) {
	body := strings.Repeat(para("The old town fills with walkers long before the shops open their shutters."), 4)
	page := func(author, byline string) string {
		return `<html><head><title>Walking the old town</title><meta name="author" content="` + author + `"></head><body><main><article>` +
			`<h1>Walking the old town</h1><h6>` + byline + `</h6>` + body +
			`<p>Ann Lee walked the route twice before writing it up, once at dawn and once at dusk.</p></article></main></body></html>`
	}
	text := extractText(t, page("Ann Lee", "By Ann Lee"))
	assert.Contains(t, text, "The old town fills")
	assert.NotContains(t, text, "By Ann Lee")
	assert.Contains(t, text, "Ann Lee walked the route")

	assert.Contains(t, extractText(t, page("Bo Ray", "By Ann Lee")), "By Ann Lee")

	names := []string{"Ann Lee"}
	assert.True(t, isBylineName("by ann lee •", names))
	assert.True(t, isBylineName("written by ann lee", names))
	assert.False(t, isBylineName("by ann lee and tom ford", names))
}

// A widget's failure message ("Sorry, we couldn't find a match …", "Oops! Something
// went wrong …") is left out of an article; a sentence of the story that opens with an
// apology stays, and so does a poster's apology in a discussion.
func TestFailureLinesDropped(t *testing.T) {
	body := strings.Repeat(para("Legal aid offices help people who cannot afford a lawyer with housing and family cases."), 3)
	page := storyPage(`<article>` + body +
		`<div class="finder"><p>Search by address</p><div class="msg">Sorry, we couldn't find a match for this location. Please try again.</div>` +
		`<div class="err">Oops! Something went wrong while submitting the form.</div></div>` + body +
		`<p>Sorry, but the court was not moved by the appeal, the clerk told us after the hearing.</p></article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "Legal aid offices")
	assert.NotContains(t, text, "couldn't find a match")
	assert.NotContains(t, text, "Something went wrong")
	assert.Contains(t, text, "the court was not moved")

	assert.True(t, isFailureLine("we're sorry. it looks like this option is not available."))
	assert.False(t, isFailureLine("sorry to be a bother, i found the answer myself"))
	assert.False(t, isFailureLine("something like this works well in most kitchens"))
}

func TestIsFailureLineQuoted(t *testing.T) {
	assert.False(t, isFailureLine("sorry, i couldn't make it,” she said."))
	assert.True(t, isFailureLine("oops! something went wrong while submitting the form."))
}

// A form's message of success ("Thank you! Your submission has been received!") is
// left out; a closing thanks of the story's own stays.
func TestSuccessLinesDropped(t *testing.T) {
	body := strings.Repeat(para("The survey asked a thousand readers how they use chatbots at work and at home."), 3)
	page := storyPage(`<article>` + body +
		`<form action="/s"><input type="email"></form><div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>` +
		`<div class="ok">Thank you for subscribing to our daily newsletter.</div>` + body +
		`<p>Thanks to everyone who answered, and to the editors who read the drafts.</p></article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "The survey asked")
	assert.NotContains(t, text, "submission has been received")
	assert.NotContains(t, text, "for subscribing")
	assert.Contains(t, text, "Thanks to everyone who answered")
	assert.False(t, isFailureLine("thanks for joining us on the show today, it was a pleasure"))
}

// A widget's words inside a sentence are a phrase of it and stay: "<a>Get a quote</a>
// for your next project", "click <a>expand</a> to read".
func TestWidgetWordsInSentenceKept(t *testing.T) {
	body := strings.Repeat(para("The new siding keeps its colour for decades and needs little care between seasons."), 3)
	page := storyPage(`<article>` + body +
		`<p>We help homeowners make upgrades that are as smart as they are stylish. <a href="/quote">Get a quote</a> for your next project here.</p>` +
		`<p>Each entry of the log is folded at first; click <a href="#e1">expand</a> to read the whole of it, with the times.</p>` +
		body + `</article>`)
	text := extractText(t, page)
	assert.Contains(t, text, "Get a quote for your next project")
	assert.Contains(t, text, "click expand to read")
}
