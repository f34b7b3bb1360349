package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// threadWithRelativeTimes is a board's thread whose posts are headed by the poster's
// name, the time since the post and its ordinal, each in an element of its own, and
// one of whose posts says a time since in a sentence.
func threadWithRelativeTimes() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which glue for oak?</h1><div class="thread">`)
	for i := range 4 {
		fmt.Fprintf(&b, `<div class="post"><div class="info"><span class="user">joiner%d</span> `+
			`<span class="when">%d years ago</span><span class="num">#%d</span></div>%s</div>`,
			i, i+2, i+1, para(fmt.Sprintf("Reply %d: a PVA glue holds well on oak.", i)))
	}
	b.WriteString(`<div class="post"><p class="stamp">vor 3 Tagen</p><p class="stamp">posted 12 minutes ago #5</p>` +
		`<p>I glued mine <span>6 years ago</span> and it still holds, with commas, and more words.</p></div>`)
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

func TestRelativeTimesDropped(t *testing.T) {
	page := threadWithRelativeTimes()
	got := runThreadRule(t, page, true, (*tree).dropRelativeTimes)
	for _, s := range []string{"2 years ago", "5 years ago", "vor 3 Tagen", "posted 12 minutes ago"} {
		assert.NotContains(t, got, s, "a post's relative time")
	}
	assert.Contains(t, got, "joiner3", "the poster's name")
	assert.Contains(t, got, "#4", "the post's ordinal")
	assert.Contains(t, got, "glued mine 6 years ago and", "a time since in a sentence")
	// Off a thread, the rule leaves the page alone (a story's lines of relative time
	// alone are widgetLine's to drop, in prune): run on the selection alone, it drops
	// nothing.
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	roots := tr.selectMain(tr.score())
	tr.dropRelativeTimes(roots)
	for i := range tr.nodes {
		assert.NotEqual(t, dropDateline, tr.nodes[i].drop, "off a thread")
	}
}

func TestIsRelativeTime(t *testing.T) {
	for s, want := range map[string]bool{
		"2 years ago": true, "posted 6 years ago": true, "2 years ago#3": true, "an hour ago": true,
		"vor 3 tagen": true, "il y a 2 jours": true, "hace un año": true, "3 giorni fa": true,
		"5 dagen geleden": true, "edited 10 mins ago": true,
		"years ago": false, "2 years": false, "2 years ago, anna said:": false, "anna 2 years ago": false,
		"3 days ago we met": false, "may 3, 2024": false,
		"3 days ago": true, "a month ago": true, "12 hrs. ago": true, "vor 2 wochen": true,
		"il y a 3 jours": true, "hace 5 días": true, "375 days ago": true,
		"3 days": false, "long ago": false, "2024 years ago": false, "vor dem haus": false,
	} {
		assert.Equal(t, want, isRelativeTime(s), s)
	}
}

func TestHasRelTimeMark(t *testing.T) {
	for s, want := range map[string]bool{
		"3 days ago": true, "3 days ago.": true, "vor 2 wochen": true, "il y a 3 jours": true,
		"3 giorni fa": true, "agony": false, "the vortex": false, "": false, "fast food": false,
	} {
		assert.Equal(t, want, hasRelTimeMark(s), s)
		assert.Equal(t, want, hasRelTimeMark([]byte(s)), s)
	}
	low := []byte("read the whole story in our weekly letter")
	allocs := testing.AllocsPerRun(100, func() { hasRelTimeMark(low) })
	assert.Zero(t, allocs, "a look at a line's words allocates nothing")
}
