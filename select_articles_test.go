package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wrappedRiver is a blogging platform's front: each story's teaser an <article> of one
// class, each in layout wrappers of its own, and a notice about cookies as the page's
// only sentence of prose.
func wrappedRiver(head string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<html><head>%s</head><body><div id="root"><div class="a"><p class="n">Um diese Seite zu betreiben, speichern wir Nutzungsdaten. Mit der Nutzung stimmen Sie unseren Richtlinien zu.</p></div><div class="b">`, head)
	for i := range 6 {
		fmt.Fprintf(&b, `<div class="w%d"><div class="x"><article class="aw"><div class="c"><a href="/p/%d"><h2>Wie wir unsere Datenpipeline skaliert haben, Teil %d</h2></a><p><a href="/u/%d">Technik-Blog</a></p><span>vor %d Tagen · 5 Minuten Lesezeit</span></div></article></div></div>`, i, i, i, i, i+1)
	}
	b.WriteString(`</div></div></body></html>`)
	return b.String()
}

func TestArticleRiverReplacesANotice(t *testing.T) {
	a, err := Extract(strings.NewReader(wrappedRiver("")), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Datenpipeline skaliert haben, Teil 0")
	assert.Contains(t, a.Text, "Datenpipeline skaliert haben, Teil 5")
	assert.NotContains(t, a.Text, "Nutzungsdaten")
}

func TestArticleRiverLeavesStories(t *testing.T) {
	// A declared story's teasers are boxes beside it, however short the story.
	a, err := Extract(strings.NewReader(wrappedRiver(ogArticle+publishedOn)), nil)
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Datenpipeline skaliert haben, Teil 0")
}
