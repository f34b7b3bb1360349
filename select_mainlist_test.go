package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// categoryBand is a blog's category page as a theme prints it: the category's
// description in a band above the layout's columns, and in <main> the posts, a picture
// and a linked title each, beside a sidebar. Blog plugins give it og:type article.
func categoryBand(head string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<html><head>%s</head><body class="archive category"><header><nav><a href="/">Accueil</a> <a href="/recettes">Recettes</a></nav></header>
<div class="archive-description"><h1>Recettes au four</h1><p>Des recettes simples et rapides pour le four, du petit déjeuner au dîner, avec peu de matières grasses et beaucoup de goût.</p><p>Nous aimons le four pour sa chaleur douce et régulière : les légumes rôtissent, les gratins dorent et les gâteaux lèvent sans surveillance.</p></div>
<div class="content-sidebar-wrap"><main class="content">`, head)
	for i := range 12 {
		fmt.Fprintf(&b, `<article class="post-%d post entry"><header class="entry-header"><a href="/r/%d"><img src="/i/%d.jpg" alt=""></a><h2 class="entry-title"><a href="/r/%d">Gratin de légumes du jardin au four, numéro %d</a></h2></header></article>`, 100+i, i, i, i, i)
	}
	b.WriteString(`</main><aside class="sidebar"><p>Bienvenue sur notre blog de cuisine familiale.</p></aside></div><footer><p>© Cuisine</p></footer></body></html>`)
	return b.String()
}

func TestMainListingFollowsItsIntro(t *testing.T) {
	a, err := Extract(strings.NewReader(categoryBand(ogArticle)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Nous aimons le four")
	assert.Contains(t, a.Text, "Gratin de légumes du jardin au four, numéro 0")
	assert.Contains(t, a.Text, "Gratin de légumes du jardin au four, numéro 11")
	assert.Less(t, strings.Index(a.Text, "Nous aimons le four"), strings.Index(a.Text, "Gratin de légumes du jardin au four, numéro 0"))
	assert.NotContains(t, a.Text, "Bienvenue")
}

func TestMainListingLeavesStories(t *testing.T) {
	// A page that declares a publication time is a story: the posts in <main> are
	// not its content.
	a, err := Extract(strings.NewReader(categoryBand(ogArticle+publishedOn)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Nous aimons le four")
	assert.NotContains(t, a.Text, "Gratin de légumes du jardin au four, numéro 0")
}
