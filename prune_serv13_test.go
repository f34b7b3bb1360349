package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/atom"
)

// drawnTracker writes a landing page's picture of an issue tracker drawn in HTML: a
// column of tickets, each an id and a short title.
func drawnTracker(class string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="%s"><div class="board"><div class="column"><span>Backlog 12</span>`, class)
	for i, title := range []string{"Trim the startup delay of the sync worker", "Buffer the event stream on reconnect",
		"Fix the flicker when the sidebar folds", "Retry uploads after a dropped network", "Move the settings page to the new router",
		"Cache the avatars of the last week", "Split the billing job into two queues", "Drop the deprecated export endpoint"} {
		fmt.Fprintf(&b, `<div class="ticket"><span>TRK-%d</span><span>%s</span><button tabindex="-1">Assign</button></div>`, 2080+i, title)
	}
	b.WriteString(`</div></div></div>`)
	return b.String()
}

func TestDrawnPictureDropped(t *testing.T) {
	page := `<html><head><title>Tracker: plan and ship</title></head><body><main>` +
		`<section><h1>Plan and ship with one tracker</h1>` +
		para("Tracker brings your roadmap, your issues and your releases into one place, so that the team spends its week building rather than updating status.") +
		drawnTracker("PageSection_illustration__Xk29a") + `</section>` +
		`<section><h2>Triage in minutes</h2>` +
		para("New issues land in one inbox where the team labels, assigns and ranks them before they reach the board, and nothing waits unseen.") +
		`</section>` +
		`<section><h2>Built for speed</h2>` +
		para("Every screen opens at once and works offline; changes sync across the team the moment a connection comes back.") +
		`<div class="feature-graphic-container"><h3>Works offline</h3><p>Edit issues on a plane and every change syncs when you land, in the order you made it.</p></div>` +
		`<figure class="article-illustration"><img src="a.png" alt=""><figcaption>The board at the end of a sprint.</figcaption></figure>` +
		`</section></main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Tracker brings your roadmap")
	assert.Contains(t, a.Text, "Triage in minutes")
	assert.NotContains(t, a.Text, "TRK-2083", "the drawn tracker is a picture")
	assert.NotContains(t, a.Text, "Buffer the event stream")
	assert.Contains(t, a.Text, "Works offline", "a box named a graphic that holds a heading is a section")
	assert.Contains(t, a.Text, "The board at the end of a sprint", "a caption stays")
}

func TestDrawnPictureToken(t *testing.T) {
	for tok, want := range map[string]bool{
		"PageSection_illustration__P1Yb9": true, "hero-graphic-container": true, "swimlane-graphic": true,
		"app-mockup": true, "illustration": true, "Hero-Illustration__Inner": true,
		"graphic-list": false, "graphic-design": false, "illustrations-gallery": false, "graphics": false,
		"category-graphic-design": false, "illustrated": false, "": false, "container": false,
	} {
		assert.Equal(t, want, drawnPictureToken(tok), tok)
	}
}

func TestSpreadMenuTreeDropped(t *testing.T) {
	// A consultancy's service page made of many short blocks, with the site's tree of
	// services printed in its hero as a dropdown.
	var b strings.Builder
	b.WriteString(`<html><head><title>HR Consulting | Acme Advisors</title></head><body><header><nav><a href="/">Home</a></nav></header>`)
	b.WriteString(`<section class="hero"><div class="picker"><span>HR Consulting</span><div class="picker-dropdown"><ul>`)
	for _, area := range []string{"Accounting", "Tax", "Advisory", "Technology", "Assurance", "Wealth"} {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a><ul>`, area, area)
		for _, s := range []string{"Planning", "Compliance", "Reviews", "Training"} {
			fmt.Fprintf(&b, `<li><a href="/%s/%s">%s %s Services</a></li>`, area, s, area, s)
		}
		b.WriteString(`</ul></li>`)
	}
	b.WriteString(`</ul></div></div></section>`)
	for _, s := range []string{"Recruiting", "Payroll", "Benefits", "Policies", "Training", "Compliance", "Onboarding", "Reviews"} {
		fmt.Fprintf(&b, `<section class="tile"><h3>%s</h3><p>Our consultants take the %s work off your desk, set it up to fit the way you run the company, and report to you every month.</p></section>`, s, strings.ToLower(s))
	}
	b.WriteString(`<footer><a href="/privacy">Privacy</a></footer></body></html>`)
	// The page is read as spread (see selectByMass), its links as its content.
	tr := treeOf(t, b.String())
	tr.spread = true
	roots := []int32{lastOfTag(tr, atom.Body)}
	tr.prune(roots)
	text := tr.renderText(roots)
	assert.Contains(t, text, "take the payroll work off your desk")
	assert.NotContains(t, text, "Tax Compliance Services", "the menu tree is the site's, not the page's")
}

func TestSpreadMenuTree(t *testing.T) {
	tree := func(branches int) string {
		s := `<ul>`
		for k := range 4 {
			if k < branches {
				s += `<li><a href="/a">Area</a><ul><li><a href="/a/b">Part one</a></li><li><a href="/a/c">Part two</a></li></ul></li>`
			} else {
				s += `<li><a href="/d">Leaf</a></li>`
			}
		}
		return s + `</ul>`
	}
	for page, want := range map[string]bool{
		tree(4): true, tree(3): true, tree(2): false,
		`<ul><li><a href="/a">Area</a> and what it covers<ul><li><a href="/b">Part</a></li></ul></li><li><a href="/a">Area</a> and its scope<ul><li><a href="/b">Part</a></li></ul></li><li><a href="/a">Area</a> with notes<ul><li><a href="/b">Part</a></li></ul></li></ul>`: false,
	} {
		tr := treeOf(t, `<html><body>`+page+`</body></html>`)
		first := none
		for i := range tr.nodes {
			if tr.nodes[i].tag == atom.Ul {
				first = int32(i)
				break
			}
		}
		assert.Equal(t, want, tr.spreadMenuTree(first), page)
	}
}
