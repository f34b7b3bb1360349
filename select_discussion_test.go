package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// forumThread is a thread: a short opening question, then replies in a list whose class
// names them comments, as forum and Q&A engines write it, and a footer.
func forumThread(replies int) string {
	var b strings.Builder
	b.WriteString(`<html><body><header><nav><a href="/">Forum</a> <a href="/new">New topics</a></nav></header>
<main><h1>How did you start woodworking?</h1><div class="question-body"><p>I have built some shelves and a desk, and I wonder how others got into the hobby. Any advice for a beginner?</p></div>
<div class="comments"><ol class="comment-list">`)
	for i := range replies {
		fmt.Fprintf(&b, `<li class="comment"><div class="comment-author">member%d</div><div class="comment-text">%s</div></li>`,
			i, para(fmt.Sprintf("Reply number %d: I started with a small box.", i)))
	}
	b.WriteString(`</ol></div></main><footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func runThread(t *testing.T, page string, discussion bool) string {
	t.Helper()
	return runPassesWith(t, page, func(tr *tree) { tr.discussion = discussion })
}

func TestDiscussionKeepsReplies(t *testing.T) {
	text := runThread(t, forumThread(8), true)
	assert.Contains(t, text, "Any advice for a beginner?")
	assert.Contains(t, text, "Reply number 0: I started")
	assert.Contains(t, text, "Reply number 7: I started")
	assert.NotContains(t, text, "The Forum")
}

// storyParas returns n paragraphs of a story.
func storyParas(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(para(fmt.Sprintf("The workshop opened in May, part %d.", i)))
	}
	return b.String()
}

func TestUndeclaredCommentsStayOut(t *testing.T) {
	// The same layout on a page that does not declare itself a thread: a story's
	// comment section, which is no content however long it grows. The story has a
	// story's length, several paragraphs (a page with next to no text outside its
	// comments has them read as content, see TestStorylessCommentsAreContent and
	// TestBriefStoryUnderDiscussion).
	page := strings.Replace(forumThread(12), "</p></div>", "</p>"+storyParas(8)+"</div>", 1)
	text := runThread(t, page, false)
	assert.Contains(t, text, "Any advice for a beginner?")
	assert.NotContains(t, text, "Reply number 0")
}

func TestBriefStoryUnderDiscussion(t *testing.T) {
	// Undeclared, with a story of a few paragraphs (a link-sharing site's summary)
	// under a discussion of several times its length: the discussion is the page's.
	page := strings.Replace(forumThread(12), "</p></div>", "</p>"+storyParas(2)+"</div>", 1)
	text := runThread(t, page, false)
	assert.Contains(t, text, "The workshop opened in May, part 1.")
	assert.Contains(t, text, "Reply number 0: I started")
	assert.Contains(t, text, "Reply number 11: I started")
	// The same story with only three replies, fewer than twice its text: a story with
	// a few remarks under it.
	page = strings.Replace(forumThread(3), "</p></div>", "</p>"+storyParas(2)+"</div>", 1)
	assert.NotContains(t, runThread(t, page, false), "Reply number 0")
}

func TestDiscussionLongOpeningPost(t *testing.T) {
	// A declared thread whose opening post (an announcement), in a message box whose
	// class names the discussion as forum engines write it, is longer than its few
	// replies: the replies are content all the same.
	page := strings.Replace(forumThread(4), `<div class="question-body"><p>`, `<div class="discussion-item"><p>`, 1)
	page = strings.Replace(page, "</p></div>", "</p>"+storyParas(6)+"</div>", 1)
	text := runThread(t, page, true)
	assert.Contains(t, text, "The workshop opened in May, part 5.")
	assert.Contains(t, text, "Reply number 0: I started")
	assert.Contains(t, text, "Reply number 3: I started")
	assert.NotContains(t, text, "The Forum")
}

func TestDiscussionNeedsReplies(t *testing.T) {
	// A declared thread whose only reply is short: the question is the content, and the
	// choice stays as it was.
	assert.Equal(t, runThread(t, forumThread(1), false), runThread(t, forumThread(1), true))
}

func TestDeclaresDiscussion(t *testing.T) {
	for _, c := range []struct {
		types []string
		og    string
		url   string
		want  bool
	}{
		{types: []string{"QAPage"}, want: true},
		{types: []string{"DiscussionForumPosting"}, want: true},
		{og: "Forum", want: true},
		{url: "https://example.org/forum/tools/how-to-start", want: true},
		{url: "https://example.org/r/science/comments/1abc/title/", want: true},
		{url: "https://example.org/story/24/01/12/title", want: false},
		{types: []string{"NewsArticle"}, og: "article", url: "https://example.org/news/x", want: false},
	} {
		m := &pageMeta{meta: map[string]string{"og:type": c.og}}
		m.ld.types = c.types
		assert.Equal(t, c.want, declaresDiscussion(m, c.url), "%v %q %q", c.types, c.og, c.url)
	}
}

// productWithReviews is a product's page whose reviews, each marked as a comment, hold
// more text than its description and specifications, all in one container, under a
// menu of many links.
func productWithReviews() string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><ul>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<li><a href="/c/%d">Category of shoes number %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav><main><div class="product"><h1>Trail sandal</h1><div class="description">` +
		para("A light sandal for long walks, with a cork footbed.") + `</div><div class="specs">` +
		para("Made of cork, suede and recycled rubber.") + `</div><div class="feedback"><h2>What buyers say</h2>`)
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="comment">%s</div>`, para(fmt.Sprintf("Review %d: comfortable from day one.", i)))
	}
	b.WriteString(`</div></div></main></body></html>`)
	return b.String()
}

func TestShopReviewsAreNoDiscussion(t *testing.T) {
	run := func(shop bool) string {
		doc, err := html.Parse(strings.NewReader(productWithReviews()))
		require.NoError(t, err)
		tr, err := buildTree(doc, 0)
		require.NoError(t, err)
		tr.shop = shop
		roots := tr.selectMain(tr.score())
		tr.prune(roots)
		return tr.renderText(roots)
	}
	assert.Contains(t, run(false), "Review 0: comfortable", "without a shop's signs, a page of comments is a discussion")
	text := run(true)
	assert.Contains(t, text, "A light sandal for long walks")
	assert.NotContains(t, text, "Review 0: comfortable")
}

func TestShowsShop(t *testing.T) {
	m := &pageMeta{meta: map[string]string{}}
	assert.False(t, showsShop(m))
	m.ld.types = []string{"Product"}
	assert.True(t, showsShop(m))
	m = &pageMeta{meta: map[string]string{"og:type": "product.item"}}
	assert.True(t, showsShop(m))
	m = &pageMeta{meta: map[string]string{}}
	m.shape.carts = maxThreadCarts + 1
	assert.True(t, showsShop(m))
}

// liveTicker is a live report of a match with no story around it: its entries carry
// the class words of comments, as the ticker's theme names them.
func liveTicker(entries int) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Sport</a> <a href="/foot">Football</a></nav>
<main><div class="live-match"><div class="score">Lorient 1 - 1 Nantes</div><div class="live-match-comments">`)
	for i := range entries {
		fmt.Fprintf(&b, `<div class="live-match-comment"><div class="comment-time">%d'</div><div class="comment-body">%s</div></div>`,
			90-i, para(fmt.Sprintf("Minute %d: the corner kick comes to nothing.", 90-i)))
	}
	b.WriteString(`</div></div></main><footer><p>© Sport</p></footer></body></html>`)
	return b.String()
}

func TestStorylessCommentsAreContent(t *testing.T) {
	// Undeclared, but with next to no text outside the entries: they are the content.
	text := runThread(t, liveTicker(8), false)
	assert.Contains(t, text, "Minute 90: the corner kick")
	assert.Contains(t, text, "Minute 83: the corner kick")
	assert.NotContains(t, text, "© Sport")
}

// A ticker whose page also holds a tab of short lines (a match's line-ups, 60 names) has
// no story either: only prose is a story that comments would sit under.
func TestStorylessCommentsBesideShortLines(t *testing.T) {
	var lineups strings.Builder
	lineups.WriteString(`<div class="live-match-tab-content" id="live-match-composition"><ul>`)
	for i := range 60 {
		fmt.Fprintf(&lineups, "<li>%d. Player Number%d</li>", i+1, i+1)
	}
	lineups.WriteString(`</ul></div>`)
	page := strings.Replace(liveTicker(8), `<div class="live-match">`, `<div class="live-match">`+lineups.String(), 1)
	text := runThread(t, page, false)
	assert.Contains(t, text, "Minute 90: the corner kick")
	assert.Contains(t, text, "Minute 83: the corner kick")
}
