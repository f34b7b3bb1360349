package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// An accordion built on links with a button class holds its questions as headings:
// they stay over their answers, while a call to act drawn as a button goes.
func TestHeadingLinkNotCallButton(t *testing.T) {
	q := func(id, question, answer string) string {
		return `<div class="item"><a class="accordion-button" data-toggle="collapse" href="#` + id + `" aria-expanded="true">` +
			`<h3>` + question + `</h3></a><div id="` + id + `" class="collapse show"><p>` + answer + `</p></div></div>`
	}
	body := strings.Repeat(para("Body."), 4)
	faq := `<div class="faq">` + q("q1", "How do you learn the basics?", "Most people learn them in a short course over a few weeks of evening study.") +
		q("q2", "What are the main parts of the job?", "Planning, scheduling and keeping everyone informed about how the work is going.") + `</div>`
	cta := `<p><a class="btn btn-primary" href="/signup">Start my free trial</a></p>`
	text := extractText(t, storyPage(`<article><h1>Project basics</h1>`+body+faq+cta+`</article>`))
	assert.Contains(t, text, "How do you learn the basics?")
	assert.Contains(t, text, "Most people learn them")
	assert.NotContains(t, text, "Start my free trial")
}
