package winnow

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recipeCategory is a blog's category page: a description of the category in prose,
// then a grid of recipe cards (a linked title and a rating each), all inside <main>,
// with a sidebar of popular posts beside it when sidebar is set. Blog plugins give
// such pages og:type article.
func recipeCategory(head string, sidebar bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<html><head>%s</head><body><header><nav><a href="/">Home</a> <a href="/recipes">Recipes</a></nav></header><main>
<section class="intro"><h1>Air fryer recipes</h1><p>I love a meal with crispiness and crunch, and these air fryer recipes deliver it on busy weeknights, with less oil, less mess and less waiting for the oven to heat up. Here are our favourites, from salmon to tofu.</p></section>
<section class="recipes"><div class="grid">`, head)
	for i := range 12 {
		fmt.Fprintf(&b, `<article class="card"><a href="/r/%d"><img src="/i/%d.jpg"></a><p>%d reviews / 4.9 average</p><h3><a href="/r/%d">Crispy air fryer dish number %d</a></h3></article>`, i, i, 20+i, i, i)
	}
	b.WriteString(`</div></section></main>`)
	if sidebar {
		b.WriteString(`<div class="column-two"><div class="popular">`)
		for i := range 24 {
			fmt.Fprintf(&b, `<div class="pick"><a href="/p/%d"><img src="/i/p%d.jpg"></a><h4><a href="/p/%d">Popular post about baking bread, part %d</a></h4></div>`, i, i, i, i)
		}
		b.WriteString(`</div></div>`)
	}
	b.WriteString(`<footer><p>© Recipe Blog</p></footer></body></html>`)
	return b.String()
}

const (
	ogArticle   = `<meta property="og:type" content="article">`
	publishedOn = `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`
)

func TestLooseStoryListsItsItems(t *testing.T) {
	a, err := Extract(strings.NewReader(recipeCategory(ogArticle, false)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Crispy air fryer dish number 0")
	assert.Contains(t, a.Text, "Crispy air fryer dish number 11")
	assert.NotContains(t, a.Text, "Recipe Blog")
}

func TestDeclaredStoryKeepsItsProse(t *testing.T) {
	// The same page with a publication time is a story: its items are boxes.
	a, err := Extract(strings.NewReader(recipeCategory(ogArticle+publishedOn, false)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "I love a meal with crispiness")
	assert.NotContains(t, a.Text, "Crispy air fryer dish number 0")
}

func TestLooseStoryIgnoresItemsBesideIt(t *testing.T) {
	// Items beside the prose, not around it, are a sidebar, even when the page's
	// claim to be a story is loose.
	page := strings.Replace(recipeCategory(ogArticle, true), `<section class="recipes">`, `<section class="recipes" hidden>`, 1)
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "I love a meal with crispiness")
	assert.NotContains(t, a.Text, "Popular post about baking bread")
}

func TestLooseStory(t *testing.T) {
	for _, tc := range []struct {
		head  string
		loose bool
	}{
		{ogArticle, true},
		{ogArticle + publishedOn, false},
		{ogArticle + `<script type="application/ld+json">{"@type":"BlogPosting","headline":"x"}</script>`, false},
		{`<meta property="og:type" content="website">`, false},
	} {
		tr, meta := measureHead(t, tc.head)
		assert.Equal(t, tc.loose, tr.looseStory, tc.head)
		assert.Equal(t, tc.loose, looseStory(meta), tc.head)
	}
}

// measureHead measures a page of one paragraph under the given <head>.
func measureHead(t *testing.T, head string) (*tree, *pageMeta) {
	t.Helper()
	doc, err := parseHTML([]byte("<html><head>" + head + "</head><body><p>" + prose + "</p></body></html>"))
	require.NoError(t, err)
	o := (&Options{}).withDefaults()
	meta, tr, _, err := measurePage(context.Background(), doc, &o, 0)
	require.NoError(t, err)
	return tr, meta
}

// blogIndex is a blog's front page: a heading that boxes of teasers beside an article
// also carry ("Latest articles"), then the entries, each titled by a linked <h1>, with
// a date, a teaser, its author and its tags, as some blog themes write them.
func blogIndex(entries int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>The Example Blog</title></head><body><header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header><main><div class="river"><div class="label">Latest articles</div>`)
	for i := range entries {
		fmt.Fprintf(&b, `<article class="entry"><time>March %d, 2026</time><a href="/2026/03/%d/post"><h1>What we learned from release number %d</h1></a>
<p>A recap of the changes we shipped this month, what broke along the way, and how we fixed it before the weekend.</p>
<div class="byline"><a href="/author/anna">Anna Writer</a></div><div class="tags"><a href="/t/releases">releases</a> <a href="/t/ops">ops</a></div></article>`, i+1, i+1, i)
	}
	b.WriteString(`</div></main><footer><p>© The Example Blog</p></footer></body></html>`)
	return b.String()
}

func TestListingKeepsItsHeadingAndEntryTitles(t *testing.T) {
	a, err := Extract(strings.NewReader(blogIndex(10)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Latest articles")
	assert.Contains(t, a.Text, "What we learned from release number 0")
	assert.Contains(t, a.Text, "What we learned from release number 9")
	assert.Contains(t, a.Text, "A recap of the changes we shipped")
}

// consentCentre is a consent platform's preference centre: the page's longest prose,
// one paragraph per purpose.
func consentCentre() string {
	var b strings.Builder
	b.WriteString(`<div id="vendor-consent-sdk"><div class="pc-panel"><h2>Your privacy</h2><div class="pc-content">`)
	for i := range 24 {
		fmt.Fprintf(&b, `<h3>Purpose %d</h3><p>These identifiers may be set through our site by us and our partners to measure how visitors move around the site, to build a profile of interests and to show relevant offers on this and other sites, purpose number %d.</p><span>Off</span>`, i, i)
	}
	b.WriteString(`</div></div></div>`)
	return b.String()
}

func TestConsentCentreIsNoContent(t *testing.T) {
	// The grid is the content, even on a page that calls itself a story: a scored choice
	// inside the consent centre is no story's prose.
	for _, head := range []string{"", ogArticle} {
		var b strings.Builder
		b.WriteString(`<html><head>` + head + `</head><body><main><h1>Tomato sauce recipes</h1><div class="list">`)
		for i := range 16 {
			fmt.Fprintf(&b, `<a class="card" href="/r/%d"><img src="/i/%d.jpg"><span>Slow-cooked tomato sauce number %d</span></a>`, i, i, i)
		}
		b.WriteString(`</div></main>` + consentCentre() + `</body></html>`)
		a, err := Extract(strings.NewReader(b.String()), nil)
		require.NoError(t, err)
		assert.Contains(t, a.Text, "Slow-cooked tomato sauce number 0", head)
		assert.Contains(t, a.Text, "Slow-cooked tomato sauce number 15", head)
		assert.NotContains(t, a.Text, "purpose number", head)
	}
}

func TestConsentBox(t *testing.T) {
	tr := treeOf(t, `<html><body class="category-cookies">
<div id="cookie-consent"><p>We use cookies.</p></div>
<article class="post category-cookies"><h1>Chocolate chip cookies</h1><p>Bake them.</p></article>
<div class="recipe-cookies"><h1>Oat cookies</h1><p>Bake them too.</p></div></body></html>`)
	var got []string
	for i := range tr.nodes {
		if b := &tr.nodes[i]; !b.text && tr.consentBox(int32(i)) {
			got = append(got, tr.path(int32(i)))
		}
	}
	assert.Equal(t, []string{"body.category-cookies > div#cookie-consent"}, got,
		"the body, an article and a column that holds the headline are no consent box")
}
