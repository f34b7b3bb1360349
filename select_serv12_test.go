package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sloganPage is a hosting company's front page: its title names the company, its hero
// <h1> is a slogan (%s), and feature sections follow it.
const sloganPage = `<html><head><title>Harbor Hosting: Web Hosting for Small Teams</title>%s</head><body>
<nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/docs">Docs</a> <a href="/login">Log in</a></nav>
<main><section><h1>%s</h1>
<p>Connect a repository and every push goes live on a global network within a minute, with a preview link for each change.</p></section>
<section><h2>Grows with your traffic</h2>
<p>From the first visitor to the millionth, the platform adds capacity on its own, so that a busy launch day never takes the site down.</p>
<h2>Safe by default</h2>
<p>Certificates renew themselves, attacks are filtered at the edge, and every deploy can be rolled back with one click if something breaks.</p>
<h2>Support from engineers</h2>
<p>Questions reach the people who build the platform, and most of them are answered within the hour, on weekends as well as weekdays.</p>
</section></main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>`

func sloganText(t *testing.T, h1, head string) (string, string) {
	t.Helper()
	page := strings.Replace(strings.Replace(sloganPage, "%s", head, 1), "%s", h1, 1)
	a, err := Extract(strings.NewReader(page), &Options{URL: "https://harbor.example/"})
	require.NoError(t, err)
	return a.Text, a.PageType
}

func TestHeroSloganKept(t *testing.T) {
	text, typ := sloganText(t, "Ship your ideas in seconds", "")
	require.Equal(t, typeService, typ)
	assert.Contains(t, text, "Ship your ideas in seconds")
	assert.Contains(t, text, "Support from engineers")
	// A slogan may share most of its words with the title and still not be it.
	text, _ = sloganText(t, "Fast hosting for small teams", "")
	assert.Contains(t, text, "Fast hosting for small teams")
}

func TestHeroTitleLeftToTitle(t *testing.T) {
	// An <h1> that repeats the title is the page's name, which the title gives; so is
	// a one-word <h1>; and a dated page is a post, whose <h1> is its headline.
	text, _ := sloganText(t, "Web Hosting for Small Teams", "")
	assert.NotContains(t, text, "Web Hosting for Small Teams")
	text, _ = sloganText(t, "Welcome", "")
	assert.NotContains(t, text, "Welcome")
	text, _ = sloganText(t, "Ship your ideas in seconds", `<meta property="article:published_time" content="2024-03-05T10:00:00Z">`)
	assert.NotContains(t, text, "Ship your ideas in seconds")
}

func TestLooseStoryTestimonialsKept(t *testing.T) {
	// A plugin's og:type "article" on a landing page: its clients' quotes are content.
	text := runPassesWith(t, serviceLanding, func(tr *tree) { tr.story, tr.looseStory = true, true })
	assert.Contains(t, text, "Every project starts with a visit")
	assert.Contains(t, text, "They turned a muddy yard into a garden")
	assert.Contains(t, text, "We had a slope nobody could use")
	// A footer's carousel of quotes under a post stays the site's furniture.
	text = runPassesWith(t, clinicPost(), func(tr *tree) { tr.story, tr.looseStory = true, true })
	assert.Contains(t, text, "walk them back to bed")
	assert.NotContains(t, text, "The doctors always take the time")
}

func TestLooseStoryHeroHeaderInsideTheContent(t *testing.T) {
	// A plugin's og:type "article" on a service's page: its hero header is no byline.
	page := strings.Replace(heroHeaderPage, "%s", para("Every plan includes insurance.")+para("Experts help you recover."), 1)
	text := runPassesWith(t, page, func(tr *tree) { tr.story, tr.looseStory = true, true })
	assert.Contains(t, text, "We watch your accounts, your credit and the dark web")
	assert.NotContains(t, text, "Log in")
}
