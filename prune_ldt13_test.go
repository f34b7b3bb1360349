package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

// riverPage is a news site's front page: a river of cards, each a linked headline with
// its author and its day; now and then a card carries a paragraph of its own.
func riverPage() string {
	heads := []string{
		"Harbour council approves the new east quay slipway",
		"Spring tides bring a record catch of mackerel",
		"Lighthouse keepers count the gulls for the last time",
		"Ferry timetable changes for the summer season",
		"Net menders open their workshop to visitors",
		"Fishing fleet gets two new boats from the yard",
	}
	var b strings.Builder
	b.WriteString(`<html><body><main>`)
	for k, h := range heads {
		b.WriteString(`<div class="card"><a href="/2026/` + strings.ReplaceAll(strings.ToLower(h), " ", "-") + `">` + h +
			`</a> <span class="by">Ada Brennan</span> <span class="day">March ` + string(rune('1'+k)) + `</span></div>`)
		if k%2 == 1 {
			b.WriteString(`<div class="card quick"><p>The harbour office says the work will take most of the spring, ` +
				`and the boats will moor at the west quay until the slipway is done and tested by the crews.</p></div>`)
		}
	}
	b.WriteString(`</main></body></html>`)
	return b.String()
}

// The headline cards of a listing are its content, though each card is mostly link:
// judged on a listing page, a card is not dropped as link-dense.
func TestListedTitleKeepsHeadlines(t *testing.T) {
	tr := treeOf(t, riverPage())
	tr.listed = true
	river := lastOfTag(tr, atom.Main)
	cards := 0
	for c := tr.nodes[river].first; c != none; c = tr.nodes[c].next {
		if b := &tr.nodes[c]; b.tag == atom.Div && b.linkDensity() > linkDenseParagraph {
			cards++
			assert.Equal(t, keep, tr.judge(c, tr.nodes[river].units), tr.inlineText(c))
		}
	}
	assert.NotZero(t, cards)
}

// listedTitle spares one long linked name, not a card's call to action, a bare address
// or a box of several titles.
func TestListedTitleShapes(t *testing.T) {
	cases := []struct {
		box  string
		want bool
	}{
		{`<div><a href="/a">Harbour council approves the new east quay slipway</a> <span>Ada Brennan</span></div>`, true},
		{`<div><a href="/a">Explore ways to look after the harbour and its boats.</a></div>`, false},
		{`<div><a href="/a">https://example.com/harbour/east-quay-slipway</a></div>`, false},
		{`<div><a href="/a">Harbour council approves the new slipway</a> <a href="/b">Spring tides bring a record catch</a></div>`, false},
		{`<div><a href="/a">Menu</a> <a href="/b">Shop</a> <a href="/c">About</a></div>`, false},
	}
	for _, c := range cases {
		tr := treeOf(t, `<html><body><main>`+c.box+`</main></body></html>`)
		tr.listed = true
		i := lastOfTag(tr, atom.Div)
		assert.Equal(t, c.want, tr.listedTitle(i), c.box)
	}
}
