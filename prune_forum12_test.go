package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// threadWithCounts is a Q&A thread (in English, its counts in Spanish too) that prints
// its counts on lines of their own over the posts and in a list under the title, and
// whose last reply quotes a program's output with a count in it.
func threadWithCounts() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>How do I keep a sourdough starter over the summer?</h1>` +
		`<ul class="stats"><li>Replies 154</li><li>Views 26.2k</li><li>Vistas: 1.204</li></ul><div class="thread">` +
		`<div>Viewed 4k times</div>`)
	for i := range 4 {
		fmt.Fprintf(&b, `<div class="post">%s</div>`, para(fmt.Sprintf("Answer %d: feed it once a week and keep it in the fridge.", i)))
		if i == 0 {
			b.WriteString(`<h2>12 Answers</h2>`)
		}
	}
	b.WriteString(`<div class="post"><p>I tried that, and the log says:</p><pre>views: 12</pre></div>`)
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

func TestThreadStatsDropped(t *testing.T) {
	page := threadWithCounts()
	got := runThreadRule(t, page, true, (*tree).dropThreadStats)
	for _, s := range []string{"Replies 154", "Views 26.2k", "Vistas: 1.204", "Viewed 4k times", "12 Answers"} {
		assert.NotContains(t, got, s, "a thread's count")
	}
	assert.Contains(t, got, "Answer 3:")
	assert.Contains(t, got, "views: 12", "a program's output is not the thread's count")
	// Off a thread, the rule leaves the page alone.
	assert.Contains(t, runThreadRule(t, page, false, (*tree).dropThreadStats), "Viewed 4k times")
}

func TestIsThreadStat(t *testing.T) {
	for s, want := range map[string]bool{
		"60 replies": true, "replies 154": true, "views: 7,909": true, "viewed 4k times": true,
		"13 answers /": true, "1.2k lượt xem": true, "回复 12": true,
		"replies": false, "2 replies 3 views": false, "3 answers to your question": false, "views of the lake": false,
	} {
		assert.Equal(t, want, isThreadStat(s), s)
	}
}

// threadWithButtons is a thread (in Dutch) whose posts each end on the engine's
// buttons, links with a count beside them, and whose last post points the reader to a
// page in a line of its own, once.
func threadWithButtons(posts int) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Welke schaaf voor een beginner?</h1><div class="posts">`)
	for i := range posts {
		fmt.Fprintf(&b, `<div class="post"><div class="body">%s</div><div><a href="/quote?p=%d">Citeer</a> <a href="/report?p=%d">Meld</a> %d</div></div>`,
			para(fmt.Sprintf("Antwoord %d: een blokschaaf is de eerste die je koopt, zegt de werkplaats.", i)), i, i, i%3)
	}
	b.WriteString(`<div class="post">` + para("Zie ook de handleiding van de werkplaats.") + `<p>Lees <a href="/gids">De gids</a></p></div>`)
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

// runSpreadThread is runThreadRule on a thread read as spread content (see
// selectByMass), as a long thread is whose posts each hold a small part of its prose:
// the link rules then leave short lines of links to the rules of their kind.
func runSpreadThread(t *testing.T, page string, discussion bool, rule func(*tree, []int32)) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.discussion, tr.spread = discussion, true
	roots := tr.selectMain(tr.score())
	tr.prune(roots)
	rule(tr, roots)
	return tr.renderText(roots)
}

func TestPostButtonsDropped(t *testing.T) {
	got := runSpreadThread(t, threadWithButtons(6), true, (*tree).dropPostButtons)
	assert.NotContains(t, got, "Citeer", "the engine's buttons under every post")
	assert.Contains(t, got, "Antwoord 5:")
	assert.Contains(t, got, "De gids", "a poster's link, once")
	// Under a few posts the line proves nothing; off a thread the rule does nothing.
	assert.Contains(t, runSpreadThread(t, threadWithButtons(3), true, (*tree).dropPostButtons), "Citeer")
	assert.Contains(t, runSpreadThread(t, threadWithButtons(6), false, (*tree).dropPostButtons), "Citeer")
}

// threadWithBadges is a long thread (in Italian) whose starter's posts carry the
// engine's badge, "Author", over their words.
func threadWithBadges() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Quale pialla per cominciare?</h1><div class="posts">`)
	for i := range 12 {
		badge := ""
		if i%4 == 0 {
			badge = `<div><span>Author</span></div>`
		}
		fmt.Fprintf(&b, `<div class="post"><div>%s%s</div></div>`, badge,
			para(fmt.Sprintf("Risposta %d: una pialla a blocchetto è la prima da comprare, dice la bottega.", i)))
	}
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

func TestPostBadgeKeepsPost(t *testing.T) {
	got := runThreadRule(t, threadWithBadges(), true, noRule)
	assert.Contains(t, got, "Risposta 4:", "a starter's reply under its badge")
	assert.Contains(t, got, "Risposta 5:")
	// Off a thread a box under an author's heading is a bio, tiny beside the page.
	assert.NotContains(t, runThreadRule(t, threadWithBadges(), false, noRule), "Risposta 4:")
}

// threadWithTwoTimes is threadWithHeaders whose headers print each post's time twice,
// a long form and a short one for small screens.
func threadWithTwoTimes() string {
	page := threadWithHeaders(3, 3)
	for i := range 3 {
		old := fmt.Sprintf("3. Mai 2024, 08:%d5", i)
		page = strings.Replace(page, old, fmt.Sprintf(`<time datetime="2024-05-03T08:%d5"><span class="time__long">%s</span><span class="time__short">1 J.</span></time>`, i, old), 1)
	}
	return page
}

func TestShortTimesDropped(t *testing.T) {
	got := runThreadRule(t, threadWithTwoTimes(), true, (*tree).dropShortTimes)
	assert.Contains(t, got, "3. Mai 2024, 08:25", "the long form stays")
	assert.NotContains(t, got, "1 J.", "the short form beside it goes")
}
