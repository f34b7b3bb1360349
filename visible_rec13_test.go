package winnow

import (
	"strings"
	"testing"
)

// TestLabelledControlsShowTheirText holds that text hidden by aria-hidden under a short
// aria-label (a rating's stars in a labelled link, a card's text in a labelled card) is
// shown, while an element labelled itself (an overlay), a picture described by a long
// label, and aria-hidden text with no label above stay hidden.
func TestLabelledControlsShowTheirText(t *testing.T) {
	long := strings.Repeat("a window drawn in markup ", 6)
	cases := []hiddenCase{
		{`<a href="/r" aria-label="4.7 out of 5 stars, 1,204 ratings"><i aria-hidden="true">x</i></a>`, false},
		{`<article aria-label="A card"><a href="/c"><div><p aria-hidden="true">x</p></div></a></article>`, false},
		{`<div aria-label="Overlay" aria-hidden="true">x</div>`, true},
		{`<div aria-label="` + long + `"><div aria-hidden="true">x</div></div>`, true},
		{`<div><span aria-hidden="true">x</span></div>`, true},
		{`<div aria-label="A box"><div><div><div><span aria-hidden="true">x</span></div></div></div></div>`, true},
	}
	checkHidden(t, cases)
}

// TestLabelledRatingsAreExtracted holds that the ratings of a best-seller list, shown in
// links whose aria-label speaks them, are part of the extracted text.
func TestLabelledRatingsAreExtracted(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html lang="en"><body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><h1>Best sellers in garden tools</h1>
<p>Our most popular garden tools, ranked by the number sold this week and updated every hour.</p><ol>`)
	for _, item := range []struct{ name, stars, count string }{
		{"Folding pruning saw with a curved blade", "4.6", "2,315"},
		{"Bypass secateurs with a soft grip", "4.8", "9,120"},
		{"Stainless steel hand trowel", "4.5", "1,077"},
		{"Telescopic hedge shears", "4.3", "845"},
	} {
		b.WriteString(`<li><h2>` + item.name + `</h2><p>A sturdy tool for the kitchen garden, made to last for many seasons of use.</p><div>$19.99</div>` +
			`<div><span class="stars" aria-label="` + item.stars + ` out of 5 stars, ` + item.count + ` ratings">` +
			`<i aria-hidden="true"><span>` + item.stars + ` out of 5 stars</span></i> <span aria-hidden="true">` + item.count + `</span></span></div></li>`)
	}
	b.WriteString(`</ol></main><footer><p>© 2025 Garden shop</p></footer></body></html>`)
	a, err := Extract(strings.NewReader(b.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"4.8 out of 5 stars", "9,120"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
}

// TestSpokenTwinsShowTheirText holds that text hidden by aria-hidden beside a copy for
// screen readers (a class that hides from sight only) is shown, while aria-hidden text
// beside an element hidden from everyone stays hidden.
func TestSpokenTwinsShowTheirText(t *testing.T) {
	cases := []hiddenCase{
		{`<p><span aria-hidden="true">x</span><span class="sr-only">Sale price: $34.00</span></p>`, false},
		{`<p><span class="price visually-hidden">Rated 4 out of 5</span> <span aria-hidden="true">x</span></p>`, false},
		{`<p><span aria-hidden="true">x</span><span class="hidden">Sale price</span></p>`, true},
		{`<p><span aria-hidden="true">x</span> <span>Sale price</span></p>`, true},
	}
	checkHidden(t, cases)
}
