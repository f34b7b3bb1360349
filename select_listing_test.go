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
