package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// introThenTeasers is a blog's category page: a description of several paragraphs in a
// box of its own, then, in the next box, the category's posts as teasers of one
// template (each post's id and categories in its class), a linked title and a picture
// each, and a pager. before goes between the two boxes; head is the page's <head>;
// title draws a teaser's title from its number.
func introThenTeasers(head, before string, title func(int) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<html><head>%s</head><body><header><nav><a href="/">Accueil</a> <a href="/blog">Blog</a></nav></header><div id="page"><div class="posts"><h1>Zéro déchet pour débutants</h1><div class="category-description">`, head)
	for i := range 4 {
		fmt.Fprintf(&b, `<p>Bienvenue dans la rubrique des débutants, partie %d : vous trouverez ici les articles qui vous aideront à réduire vos déchets au quotidien, pas à pas, sans culpabilité, avec des gestes simples et des idées concrètes pour la cuisine, la salle de bain et les courses.</p>`, i)
	}
	fmt.Fprintf(&b, `</div>%s<div class="grid">`, before)
	for i := range 8 {
		fmt.Fprintf(&b, `<article class="excerpt post-%d post type-post status-publish has-post-thumbnail hentry category-%d"><div class="thumb"><a href="/blog/billet-%d"><img src="/i/%d.jpg" alt=""></a></div><header><h2><a href="/blog/billet-%d">%s</a></h2></header></article>`, 100+i, i%3, i, i, i, title(i))
	}
	b.WriteString(`<nav class="pager"><a href="/page/2">Suivant</a></nav></div></div></div><footer><p>© Zéro déchet</p></footer></body></html>`)
	return b.String()
}

func postTitle(i int) string { return fmt.Sprintf("Dix gestes faciles pour commencer, numéro %d", i) }

func TestIntroEntriesFollowTheDescription(t *testing.T) {
	a, err := Extract(strings.NewReader(introThenTeasers("", "", postTitle)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Bienvenue dans la rubrique des débutants, partie 0")
	assert.Contains(t, a.Text, postTitle(0))
	assert.Contains(t, a.Text, postTitle(7))
	assert.NotContains(t, a.Text, "Suivant")
}

func TestIntroEntriesLeaveOtherLayouts(t *testing.T) {
	cases := map[string]string{
		// A declared story's teasers are its boxes of related posts.
		"story": introThenTeasers(ogArticle+publishedOn, "", postTitle),
		// A heading between the text and the teasers titles a box of its own.
		"headed": introThenTeasers("", "<h2>À lire aussi</h2>", postTitle),
	}
	for name, page := range cases {
		t.Run(name, func(t *testing.T) {
			a, err := Extract(strings.NewReader(page), nil)
			require.NoError(t, err)
			assert.NotContains(t, a.Text, postTitle(7))
		})
	}
	// Teasers titled by people's names, with their roles, are a team's cards.
	person := func(i int) string { return fmt.Sprintf("Camille Martin %d", i) }
	page := strings.ReplaceAll(introThenTeasers("", "", person), `href="/blog/billet-`, `href="/staff/camille-`)
	page = strings.ReplaceAll(page, `</header></article>`, `</header><div class="meta">Professeure de piano</div></article>`)
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Professeure de piano")
}

func TestEntryRunShapes(t *testing.T) {
	// Teasers of one template whose classes differ by a post's id stay one run; a
	// teaser of another tag breaks it.
	assert.True(t, sameClasses("excerpt post-7 post type-post hentry category-2", strings.Fields("excerpt post-9 post type-post hentry category-1")))
	assert.False(t, sameClasses("card", strings.Fields("excerpt post-9 post")))
	assert.True(t, sameClasses(" ", nil))
	assert.False(t, sameClasses("card", nil))
}
