package winnow

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRedundantLinks holds that a link kept from screen readers and the tab order
// (aria-hidden="true", tabindex="-1") is shown when it wraps a summary of its own, and
// stays hidden when its text is short or copies a sibling's (its parent's, when it fills
// its parent), or when it keeps its place in the tab order.
func TestRedundantLinks(t *testing.T) {
	const summary = "The committee approved the new bridge after two years of public hearings."
	cases := []struct {
		html   string
		hidden bool
	}{
		{`<p><a href="/s" aria-hidden="true" tabindex="-1">` + summary + `</a></p>`, false},
		{`<p><a href="/s" aria-hidden="true">` + summary + `</a></p>`, true},
		{`<p><a aria-hidden="true" tabindex="-1">` + summary + `</a></p>`, true},
		{`<p><a href="/s" aria-hidden="true" tabindex="0">` + summary + `</a></p>`, true},
		{`<p><a href="#fn8" aria-hidden="true" tabindex="-1">8</a></p>`, true},
		{`<h3><a href="/s">` + summary + `</a><a href="/s" aria-hidden="true" tabindex="-1">` + summary + `</a></h3>`, true},
		{`<div aria-hidden="true" tabindex="-1">` + summary + `</div>`, true},
		{`<h3><a href="/s">` + summary + `</a></h3><p><a href="/s" aria-hidden="true" tabindex="-1">` + summary + `</a></p>`, true},
		{`<h3><a href="/s">Bridge approved</a></h3><p><a href="/s" aria-hidden="true" tabindex="-1">` + summary + `</a></p>`, false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader("<body>" + c.html))
		if err != nil {
			t.Fatal(err)
		}
		var target *html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Parent != nil {
				for _, a := range n.Attr {
					if a.Key == "aria-hidden" {
						target = n
					}
				}
			}
		}
		if _, _, got := elementFacts(target, true); got != c.hidden {
			t.Errorf("elementFacts(%s) hidden = %v, want %v", c.html, got, c.hidden)
		}
	}
}

// TestRedundantLinkSummariesAreExtracted holds that a river of teasers whose summaries
// sit in redundant links (see redundantLink) keeps the summaries.
func TestRedundantLinkSummariesAreExtracted(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`<html><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><h1>Bridges</h1><section>`)
	topics := []string{"harbour", "river", "railway", "canal", "valley", "motorway", "estuary", "footpath"}
	for i, w := range topics {
		fmt.Fprintf(&sb, `<article><a href="/a%d" aria-hidden="true" tabindex="-1"><img src="/p%d.jpg" alt=""></a>
<header><h2><a href="/a%d">Council debates the %s bridge</a></h2>
<p><a href="/a%d" aria-hidden="true" tabindex="-1">Engineers told the council that the old %s crossing needs new steel before the winter storms arrive.</a></p>
<div><a href="/by/ann">Ann Lee</a> %d days ago</div></header></article>`, i, i, i, w, i, w, i+1)
	}
	sb.WriteString(`</section></main><footer><p>© 2025 The Gazette</p></footer></body></html>`)
	a, err := Extract(strings.NewReader(sb.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"old harbour crossing needs new steel", "old footpath crossing needs new steel"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, a.Text)
		}
	}
}
