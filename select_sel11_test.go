package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// namedBodyPage is a blog post whose body, classed "post-content", sits in a plain
// wrapper with, below it in a box of its own, the site's own prose (a pitch for its services)
// worth half the body. lead puts prose above the body in the wrapper; extraClass is the
// class of the block below.
func namedBodyPage(lead bool, extraClass string) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><div class="page"><div class="main-col"><h1>Choosing a tent for a week in the hills</h1>`)
	if lead {
		b.WriteString(`<div class="intro">` + para("Lead one: why the tent matters.") + para("Lead two: what this guide covers.") + `</div>`)
	}
	b.WriteString(`<div class="post-content">`)
	for _, s := range []string{"Weight comes first.", "A dome stands on its own.", "Two doors help.", "Count the pegs.", "Pitch it at home.", "Dry it after use."} {
		b.WriteString(para(s))
	}
	b.WriteString(`</div></div><div class="more"><div class="` + extraClass + `">`)
	for _, s := range []string{"Our shop has sold tents since 1990.", "Our staff camp every weekend.", "Our repairs take a week."} {
		b.WriteString(para(s))
	}
	b.WriteString(`</div></div></div><footer><p>© Hill Shop</p></footer></body></html>`)
	return b.String()
}

func TestNamedBodyLeavesFurnitureBelow(t *testing.T) {
	story := func(tr *tree) { tr.story = true }
	text := runPassesWith(t, namedBodyPage(false, "block"), story)
	assert.Contains(t, text, "Weight comes first.")
	assert.Contains(t, text, "Dry it after use.")
	assert.NotContains(t, text, "Our shop has sold tents", "the prose below a named body on a story is the site's")

	// A page that declares no story keeps the wrapper's prose.
	text = runPassesWith(t, namedBodyPage(false, "block"), nil)
	assert.Contains(t, text, "Our shop has sold tents")

	// A second widget of the body's class below it is the article's second half.
	text = runPassesWith(t, namedBodyPage(false, "post-content"), story)
	assert.Contains(t, text, "Weight comes first.")
	assert.Contains(t, text, "Our shop has sold tents")

	// Prose above the body in the wrapper: the body is one section of a longer text.
	text = runPassesWith(t, namedBodyPage(true, "block"), story)
	assert.Contains(t, text, "Lead one")
	assert.Contains(t, text, "Our shop has sold tents")
}

func TestNamedBodyNeedsShare(t *testing.T) {
	// The body must carry a content cue and hold namedBodyShare of the wrapper's prose.
	tr := treeOf(t, namedBodyPage(false, "block"))
	tr.story = true
	tr.classify()
	body, wrap := none, none
	for i := range tr.nodes {
		switch attr(tr.nodes[i].n, "class") {
		case "post-content":
			body = int32(i)
		case "page":
			wrap = int32(i)
		}
	}
	assert.True(t, tr.namedBody(body, wrap))
	assert.False(t, tr.namedBody(wrap, wrap), "the wrapper itself")
	tr.nodes[body].kinds &^= 1 << cueContent
	assert.False(t, tr.namedBody(body, wrap), "no content cue")
	tr.nodes[body].kinds |= 1 << cueContent
	tr.nodes[wrap].good = int32(float32(tr.nodes[body].good)/namedBodyShare) + 1
	assert.False(t, tr.namedBody(body, wrap), "under namedBodyShare of the wrapper")
	tr.discussion = true
	tr.nodes[wrap].good = tr.nodes[body].good
	assert.False(t, tr.namedBody(body, wrap), "a discussion")
}
