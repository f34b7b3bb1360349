package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// microdataMeta collects the metadata of a page whose body is body.
func microdataMeta(t *testing.T, body string) *pageMeta {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(`<html><body>` + body + `</body></html>`))
	require.NoError(t, err)
	return collectMeta(doc)
}

func TestMicrodataDeclaresDiscussion(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{`<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><p>Hi</p></div>`, true},
		{`<main itemscope itemtype="https://schema.org/QAPage"><div itemscope itemtype="https://schema.org/Question">Q</div></main>`, true},
		{`<div itemscope itemtype="schema.org/DiscussionForumPosting">Hi</div>`, true},
		// A story whose readers' comments are marked up declares no thread.
		{`<article itemscope itemtype="https://schema.org/NewsArticle"><div itemscope itemtype="https://schema.org/Comment">Nice</div></article>`, false},
		{`<div itemscope itemtype="https://example.org/DiscussionForumPosting">Hi</div>`, false},
	} {
		assert.Equal(t, c.want, declaresDiscussion(microdataMeta(t, c.body), ""), c.body)
	}
}

func TestShowtopicDeclaresDiscussion(t *testing.T) {
	m := &pageMeta{meta: map[string]string{}}
	assert.True(t, declaresDiscussion(m, "https://example.org/ShowTopic-g1-i2-k3-Rain_in_May.html"))
	assert.True(t, declaresDiscussion(m, "https://example.org/showtopic.php?t=42"))
}

// A thread printed for crawlers, declared in microdata alone: each post's header (the
// poster's name and the time) stays with the post, as on a thread declared in JSON-LD.
func TestMicrodataThreadKeepsPostHeaders(t *testing.T) {
	page := threadWithHeaders(3, 3)
	declared := strings.Replace(page, `<div class="thread">`, `<div class="thread" itemscope itemtype="http://schema.org/DiscussionForumPosting">`, 1)
	got := extractText(t, declared)
	for _, h := range []string{"hobler0 3. Mai 2024, 08:05", "hobler2 3. Mai 2024, 08:25"} {
		assert.Contains(t, got, h, "a post's header on a thread declared in microdata")
	}
	assert.NotContains(t, extractText(t, page), "hobler2 3. Mai 2024", "undeclared, the header is a byline")
}
