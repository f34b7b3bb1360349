package winnow

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// TestLinkedHeadingsOverLongProseAreKept holds that a story's linked sub-heading
// ("1. <a>…</a>") that sits in a block of its own with one long paragraph is judged a
// heading of the text, while the same heading over a teaser's short excerpt is not
// kept for it.
func TestLinkedHeadingsOverLongProseAreKept(t *testing.T) {
	long := strings.Repeat("We noted how its sole, its laces and its lining held up after each week of the trial. ", 6)
	for _, c := range []struct {
		para string
		keep bool
	}{
		{long, true},
		{"A light boot for summer walks.", false},
	} {
		page := `<html><body><main><h1>The hiking boots we wore out this year</h1>
<div class="block"><div class="block-content"><h2 id="h">1. <a href="/shop/boots">Ridgeline Mid hiking boot</a></h2><p>` + c.para + `</p></div></div>
</main></body></html>`
		tr := treeOf(t, page)
		tr.story = true
		h := byID(tr, "h")
		main := lastOfTag(tr, atom.Main)
		got := tr.judge(h, tr.nodes[main].units)
		if (got == keep) != c.keep {
			t.Errorf("judge(heading over %d bytes of text) = %v, want kept %v", len(c.para), got, c.keep)
		}
	}
}

// TestProductHeadlineIsKept holds that a declared product's page keeps its headline,
// the product's name, in the text, while a story's page leaves its headline to the title.
func TestProductHeadlineIsKept(t *testing.T) {
	body := `<body><header><nav><a href="/">Home</a> <a href="/kettles">Kettles</a></nav></header>
<main><h1>Harbour 1.5 L Glass Kettle</h1><p>£39.99</p>
<p>A glass kettle with a blue light that shows the water boil, a lid that opens at a touch and a base that turns all the way round.</p>
<p>It switches itself off when the water boils or when the jug is lifted from its base, and it holds enough for six cups.</p></main>
<footer><p>© 2025 Kitchen shop</p></footer></body></html>`
	for _, c := range []struct {
		kind string
		want bool
	}{{"product", true}, {"article", false}} {
		page := `<html lang="en"><head><title>Harbour 1.5 L Glass Kettle</title><meta property="og:type" content="` + c.kind + `"></head>` + body
		a, err := Extract(strings.NewReader(page), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(a.Text, "Harbour 1.5 L Glass Kettle"); got != c.want {
			t.Errorf("og:type %s: text holds the headline = %v, want %v:\n%s", c.kind, got, c.want, a.Text)
		}
	}
}
