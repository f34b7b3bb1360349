package winnow

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// explainLine finds the line of an Explain report that names a block by its text.
func explainLine(report, text string) string {
	for _, l := range strings.Split(report, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}

var explainFrom = regexp.MustCompile(`text: (\d+) units in \d+ paragraphs, from (.*)`)

// TestExplainSeesHeroSlogan checks that Explain reports the text Extract gives when a
// pass after the pruning changes it: the hero slogan that keepHeroSlogans puts back was
// listed as dropped, and the text measured without it.
func TestExplainSeesHeroSlogan(t *testing.T) {
	page := strings.Replace(strings.Replace(sloganPage, "%s", "", 1), "%s", "Ship your ideas in seconds", 1)
	o := &Options{URL: "https://harbor.example/"}
	a, err := Extract(strings.NewReader(page), o)
	require.NoError(t, err)
	require.Contains(t, a.Text, "Ship your ideas in seconds")
	var report bytes.Buffer
	require.NoError(t, Explain(&report, strings.NewReader(page), o))
	m := explainFrom.FindStringSubmatch(report.String())
	require.NotNil(t, m, report.String())
	units, _ := strconv.Atoi(m[1])
	assert.Equal(t, int(countUnits(a.Text)), units, report.String())
	assert.Contains(t, explainLine(report.String(), "Ship your ideas"), "→ kept", report.String())
}

// TestExplainNamesReplacingPass checks that Explain says which pass the text comes from
// when a later pass replaces the blocks it lists.
func TestExplainNamesReplacingPass(t *testing.T) {
	body := strings.Repeat("The full story runs here at length, told paragraph by paragraph for the reader. ", 30)
	page := `<html><head><title>A story</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","articleBody":"` +
		body + `"}</script></head><body><article><h1>A story</h1><p>Only a teaser of the story shows on the page itself, for now.</p></article></body></html>`
	var report bytes.Buffer
	require.NoError(t, Explain(&report, strings.NewReader(page), nil))
	assert.Contains(t, report.String(), "the text comes from the JSON-LD articleBody, which replaced the first choice")
	assert.Regexp(t, `from the JSON-LD articleBody\n`, report.String())
}

// TestExplainListsDropInsideKeptBlock checks that Explain lists the children of a kept
// block of one paragraph when one of them is dropped: its text in one line showed the
// dropped text as kept.
func TestExplainListsDropInsideKeptBlock(t *testing.T) {
	page := `<html><head><title>Plan your week</title></head><body><main>
<h1>Plan your week</h1>
<p>Sort the tasks of the week into today, upcoming and someday, and see only what needs doing now, wherever you are.</p>
<p>Share a project with the people you work with, give each task an owner and a date, and follow the work as it moves along.</p>
<section><h2>Calm and clear, every day</h2>
<p>Repeat the chores that come back every week, and let reminders bring them up at the right time, on the phone or the desk.</p>
<div class="buttons"><a href="/signup">Start for free</a> <a href="/apps">Download apps</a></div></section>
</main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	require.NotContains(t, a.Text, "Start for free")
	var report bytes.Buffer
	require.NoError(t, Explain(&report, strings.NewReader(page), nil))
	l := explainLine(report.String(), `"Start for free`)
	require.NotEmpty(t, l, report.String())
	assert.NotContains(t, l, "→ kept", report.String())
}
