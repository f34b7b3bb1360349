package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// threadWithJumpBox is a board's thread whose posts stand side by side with the
// engine's boxes, in the same markup: a bar of page links over them and, after the
// last, a "Return to" link and a "Jump to" menu of the board's forums.
func threadWithJumpBox() string {
	var b strings.Builder
	b.WriteString(`<html><body><div id="page-body"><h2>Keeping a starter over the summer</h2>` +
		`<div class="action-bar"><a href="?start=0">Print view</a> <a href="?start=10">1</a> <a href="?start=20">2</a></div>`)
	for i := range 5 {
		fmt.Fprintf(&b, `<div class="post"><div class="author"><a href="/memberlist.php?mode=viewprofile&u=%d">baker%d</a></div>`+
			`<div class="content">%s</div></div>`, i, i, para(fmt.Sprintf("Reply %d: keep it in the fridge and feed it weekly.", i)))
	}
	b.WriteString(`<div class="action-bar"><p><a href="/viewforum.php?f=1">Return to Bread</a></p><div class="jumpbox"><span>Jump to</span><ul>`)
	for _, f := range []string{"Bread", "Cakes", "Pastry", "Preserves", "Pickles", "Cheese", "Fermenting", "Ovens"} {
		fmt.Fprintf(&b, `<li><a href="/viewforum.php?f=%s">%s board</a></li>`, f, f)
	}
	b.WriteString(`</ul></div></div></div></body></html>`)
	return b.String()
}

func TestThreadFurnitureDropped(t *testing.T) {
	page := threadWithJumpBox()
	spreadThread := func(discussion bool) func(*tree) {
		return func(tr *tree) { tr.discussion, tr.listed, tr.spread = discussion, true, true }
	}
	got := runPassesWith(t, page, spreadThread(true))
	for _, s := range []string{"Jump to", "Cheese board", "Return to Bread", "Print view"} {
		assert.NotContains(t, got, s, "an engine's box among the posts")
	}
	for i := range 5 {
		assert.Contains(t, got, fmt.Sprintf("Reply %d:", i), "a post")
	}
	// Off a discussion the page's items are a listing's, links and all.
	assert.Contains(t, runPassesWith(t, page, spreadThread(false)), "Cheese board")
}

func TestThreadFurnitureNeedsPosts(t *testing.T) {
	// A board's index: its items are lists of links with no post of prose beside them,
	// and they are its content.
	var b strings.Builder
	b.WriteString(`<html><body><div id="page-body">`)
	for i := range 4 {
		fmt.Fprintf(&b, `<div class="forum"><ul><li><a href="/viewtopic.php?t=%d1">Topic %d one</a></li><li><a href="/viewtopic.php?t=%d2">Topic %d two</a></li></ul></div>`, i, i, i, i)
	}
	b.WriteString(`</div></body></html>`)
	got := runPassesWith(t, b.String(), func(tr *tree) { tr.discussion, tr.listed, tr.spread = true, true, true })
	assert.Contains(t, got, "Topic 3 two")
}
