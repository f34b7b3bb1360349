package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// runThreadRule runs selection and pruning on page, declared a thread or not, then one
// of the discussion's rules, and renders the chosen text: the harness of the thread
// rules' tests.
func runThreadRule(t *testing.T, page string, discussion bool, rule func(*tree, []int32)) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.discussion = discussion
	roots := tr.selectMain(tr.score())
	tr.prune(roots)
	rule(tr, roots)
	return tr.renderText(roots)
}

// runCards runs selection, pruning and dropPostCards on page, declared a thread or not.
func runCards(t *testing.T, page string, discussion bool) string {
	return runThreadRule(t, page, discussion, (*tree).dropPostCards)
}

// threadWithCards is a forum thread whose posts each carry a card beside the words (a
// rank, a description list of figures, a "Report" line), as forum engines write it.
// Every post opens with a greeting that repeats too, among its prose, and shows a
// program's output under a label.
func threadWithCards(posts int) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Forum</a> <a href="/new">New posts</a></nav><main><h1>Which plane for a beginner?</h1><div class="posts">`)
	for i := range posts {
		fmt.Fprintf(&b, `<div class="post"><div class="post-user"><h4><a href="/members/m%d">member%d</a></h4><h5>Well-known member</h5>
<dl><dt>Joined</dt><dd>%d0</dd></dl><dl><dt>Messages</dt><dd>1,%d77</dd></dl><div>Location: Town %d</div><div><span>♥</span> %d42</div></div>
<div class="post-body"><p>Hi</p>%s<div>Output:</div><pre>ok %d</pre></div></div>`, i, i, i+1, i, i, i+1, para(fmt.Sprintf("Reply %d: a block plane is the one to buy first.", i)), i)
	}
	b.WriteString(`</div></main><footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func TestPostCardsDropped(t *testing.T) {
	text := runCards(t, threadWithCards(5), true)
	assert.Contains(t, text, "Reply 0: a block plane")
	assert.Contains(t, text, "Reply 4: a block plane")
	assert.Contains(t, text, "Hi\n", "a greeting among prose is the post's")
	assert.Contains(t, text, "Output:")
	for _, s := range []string{"Well-known member", "Joined", "Messages", "1,277", "Location: Town", "342"} {
		assert.NotContains(t, text, s)
	}
	// Outside a discussion the same lines are left to the other rules.
	assert.Contains(t, runCards(t, threadWithCards(5), false), "Messages")
}

func TestPostCardsNeedRepeats(t *testing.T) {
	// Two posts are too few for a line to be a label every post carries.
	assert.Contains(t, runCards(t, threadWithCards(2), true), "Well-known member")
}

func TestCardKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"join date: aug 2008", "join date:"},
		{"posts: 1,077", "posts:"},
		{"29,553 posts", "# posts"},
		{"518 helpful votes", "# helpful votes"},
		{"joined", "joined"},
		{"1,077", "#"},
		{"— · —", ""},
		{"a long label that is no label: value", "a long label that is no label: value"},
	} {
		assert.Equal(t, c.want, cardKey(c.in), c.in)
	}
}

func TestThreadReplyFormDropped(t *testing.T) {
	// A Q&A page's reply box under its answers: a heading, a text area, a notice and a
	// button, in a form that posts the answer.
	page := strings.Replace(threadWithCards(3), `</div></main>`, `<form method="post" action="/answer"><h2>Your Answer</h2>
<textarea name="body"></textarea><p>By clicking Post Your Answer, you agree to our terms of service and acknowledge you have read our privacy policy.</p>
<button>Post Your Answer</button></form></div></main>`, 1)
	text := runCards(t, page, true)
	assert.Contains(t, text, "Reply 2: a block plane")
	assert.NotContains(t, text, "Your Answer")
	assert.NotContains(t, text, "terms of service")
}

func TestPostSubjectLinesDropped(t *testing.T) {
	// A bulletin board titles every reply "Re: <the thread's title>", linked to the
	// post's own anchor; a heading of the posts' own words, said once, stays.
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Turning off the lights of the board</h1><div class="posts">`)
	for i := range 5 {
		fmt.Fprintf(&b, `<div class="post" id="p%d"><h3><a href="#p%d">Re: Turning off the lights of the board</a></h3>%s</div>`,
			i, i, para(fmt.Sprintf("Reply %d: the overlay in the config file does it.", i)))
	}
	b.WriteString(`<div class="post"><h3>Steps that worked for me</h3>` + para("Edit the file and reboot.") + `</div></div></main></body></html>`)
	text := runCards(t, b.String(), true)
	assert.Contains(t, text, "Reply 4: the overlay")
	assert.Contains(t, text, "Steps that worked for me")
	assert.NotContains(t, text, "Re: Turning")
	assert.Contains(t, runCards(t, b.String(), false), "Re: Turning", "outside a discussion, left to the other rules")
}

func TestPostSignaturesDropped(t *testing.T) {
	// Each post ends with its member's signature, in a box the engine names so.
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which board for a beginner?</h1><div class="posts">`)
	for i := range 4 {
		fmt.Fprintf(&b, `<div class="post">%s<div class="signature">Currently playing: game number %d, and a long list of others besides.</div></div>`,
			para(fmt.Sprintf("Reply %d: start with a small board.", i)), i)
	}
	b.WriteString(`</div></main></body></html>`)
	text := runCards(t, b.String(), true)
	assert.Contains(t, text, "Reply 3: start with a small board.")
	assert.NotContains(t, text, "Currently playing")
}
