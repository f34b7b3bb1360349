package winnow

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runLooseSections runs the passes on sectionsPage, declared a story by its og:type
// alone (loose) or by more.
func runLooseSections(t *testing.T, loose bool) string {
	t.Helper()
	page := strings.Replace(sectionsPage, "%s", para("Builds run in parallel."), 1)
	page = strings.Replace(page, "%s", para("Instances start in seconds."), 1)
	return runPassesWith(t, page, func(tr *tree) { tr.story, tr.looseStory = true, loose })
}

func TestLooseStorySectionHeadersAreContent(t *testing.T) {
	text := runLooseSections(t, true)
	assert.Contains(t, text, "Connect your repository and every push is built")
	assert.Contains(t, text, "Traffic spikes are absorbed")
	assert.Contains(t, text, "Builds run in parallel.")
	assert.NotContains(t, text, "Log in")
	// A story declared by more than its og:type keeps its headers out.
	text = runLooseSections(t, false)
	assert.NotContains(t, text, "Connect your repository and every push is built")
	assert.Contains(t, text, "Builds run in parallel.")
}

func TestForumAddress(t *testing.T) {
	for raw, want := range map[string]bool{
		"https://forum.example.org/t/which-plane-first/4021":        true,
		"https://community.example.com/topic/18427/rc1-of-v4":       true,
		"https://www.forums.example.net/threads/plane.973407/":      true,
		"https://blog.example.org/t/which-plane-first/4021":         false, // a blog's post
		"https://community.example.com/news/2024/launch":            false, // a community site's news
		"https://example.org/t/which-plane-first/4021":              false, // a path alone
		"https://discuss.example.org/latest":                        false,
		"https://forum.example.org/t/which-plane-first/4021?page=2": true,
	} {
		u, err := url.Parse(raw)
		require.NoError(t, err)
		assert.Equal(t, want, forumAddress(u), raw)
		assert.Equal(t, want, declaresDiscussion(&pageMeta{}, raw), raw)
	}
}
