package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
