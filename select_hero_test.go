package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// servicePage is a service page: a hero whose theme names every part a header, with the
// headline, an intro and a button, above the container of the page's prose.
const servicePage = `<html><head><title>Managed Analytics Services | Example</title></head><body>
<main><div class="page"><div class="hero-header"><div class="hero-header-inner"><h1>Managed Analytics Services</h1>
<div class="hero-header-phrase"><p>Managed analytics services mean handing data analysis to a provider, so that you need no team of your own.</p></div>
<div class="hero-header-link"><a href="/contact">Discuss your needs</a></div></div></div>
<div class="page-main"><div class="page-content">` + "%s" + `</div></div></div></main></body></html>`

func runHero(t *testing.T, story bool) string {
	t.Helper()
	page := strings.Replace(servicePage, "%s", para("We run your reports.")+para("We watch your data.")+para("We keep it safe."), 1)
	return runPassesWith(t, page, func(tr *tree) {
		tr.headlines = newHeadlines(&pageMeta{title: "Managed Analytics Services | Example"}, "Managed Analytics Services")
		tr.story = story
	})
}

func TestHeroJoinsTheText(t *testing.T) {
	text := runHero(t, false)
	assert.Contains(t, text, "Managed analytics services mean handing data analysis")
	assert.Contains(t, text, "We run your reports.")
	assert.NotContains(t, text, "Discuss your needs")
}

func TestStoryHeaderIsNoHero(t *testing.T) {
	text := runHero(t, true)
	assert.NotContains(t, text, "Managed analytics services mean handing data analysis")
	assert.Contains(t, text, "We run your reports.")
}
