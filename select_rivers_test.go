package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/atom"
)

// splitRiver is a news site's topic page: its stories are <article> cards, each with
// a <header> holding the linked title, the linked teaser, the author and the time; the
// first three sit in a block of their own beside an ad, the rest in a second container
// further down. All card text is links, as on many such fronts.
func splitRiver() string {
	var b strings.Builder
	card := func(i int) {
		fmt.Fprintf(&b, `<article class="river-item"><a href="/a/%d"><img src="/i/%d.jpg"></a><header>`+
			`<h2><a href="/a/%d">Story number %d about a new gadget release</a></h2>`+
			`<p class="desc"><a href="/a/%d">The teaser of story %d tells in one sentence what the gadget does and why readers care.</a></p>`+
			`<div class="aux"><a href="/editor/%d">Writer %d</a> <time>%d days ago</time></div></header></article>`, i, i, i, i, i, i, i, i, i)
	}
	b.WriteString(`<html><head><title>Gadgets</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/reviews">Reviews</a></nav></header><main><h1>Gadgets</h1>`)
	b.WriteString(`<div class="wrap"><div class="flex"><div class="col-main top"><section class="lead">`)
	for i := range 3 {
		card(i)
	}
	b.WriteString(`</section></div><section class="col-side"><div class="ad">Advertisement</div></section></div></div>`)
	b.WriteString(`<div class="wrap"><div class="flex"><section class="col-main" id="river">`)
	for i := 3; i < 15; i++ {
		card(i)
	}
	b.WriteString(`</section></div></div></main><footer><div class="links"><a href="/about">About us</a> <a href="/jobs">Jobs</a> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy policy</a> <a href="/contact">Contact the editors</a></div><p>Copyright the gadget site, all rights reserved worldwide.</p></footer></body></html>`)
	return b.String()
}

func TestSplitRiverKeepsBothParts(t *testing.T) {
	a, err := Extract(strings.NewReader(splitRiver()), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Story number 0 about")
	assert.Contains(t, a.Text, "Story number 2 about")
	assert.Contains(t, a.Text, "Story number 14 about")
	assert.NotContains(t, a.Text, "all rights reserved")
	assert.NotContains(t, a.Text, "Terms of use")
}

func TestHeadsItem(t *testing.T) {
	tr := treeOf(t, splitRiver())
	n := 0
	for i := range tr.nodes {
		if b := &tr.nodes[i]; !b.text && b.tag == atom.Header {
			if tr.headsItem(int32(i)) {
				n++
			}
		}
	}
	// The twelve cards' headers of the long run, not the page's banner, nor the
	// headers of the three cards of the lead block, too few alone to be a list.
	assert.Equal(t, 12, n)
}

// frontSections is a developer site's front page: sections of one template, each a
// heading over a list of cards (a linked title, an author, a date), beside a menu of
// topics in one line and a block of another template.
func frontSections() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Dev front</title></head><body><header><nav><a href="/">Home</a></nav></header><main><div class="home">`)
	for k, name := range []string{"News", "Talks", "Podcasts"} {
		fmt.Fprintf(&b, `<section class="section container %s"><div class="inner"><h2><a href="/%s">%s</a></h2><ul class="cards">`, strings.ToLower(name), strings.ToLower(name), name)
		for i := range 8 {
			fmt.Fprintf(&b, `<li><h4><a href="/%d/%d">%s item %d on building reliable distributed systems</a></h4><a href="/profile/%d">Author %d</a> <span>on Mar %02d</span></li>`, k, i, name, i, i, i, i+1)
		}
		b.WriteString(`</ul></div></section>`)
	}
	b.WriteString(`<section class="section container topics"><p>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<a href="/t/%d">Topic %d</a> `, i, i)
	}
	b.WriteString(`</p></section></div></main><footer><p>Copyright the developer site.</p></footer></body></html>`)
	return b.String()
}

func TestRiverSectionsGathersLikeSections(t *testing.T) {
	tr := treeOf(t, frontSections())
	var sections []int32
	for i := range tr.nodes {
		if b := &tr.nodes[i]; !b.text && b.tag == atom.Section {
			sections = append(sections, int32(i))
		}
	}
	require.Len(t, sections, 4)
	got := tr.riverSections(sections[1])
	// The three card sections, not the one-line menu of topics of another template.
	assert.Equal(t, sections[:3], got)
	assert.True(t, sharesClass("section container news", []string{"section", "container", "talks"}))
	assert.False(t, sharesClass("d-flex mb32", []string{"d-flex", "gs32", "p16"}))
}
