package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
