package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// threadWithNotices is a board's thread whose posts' wrapper opens with the site's
// notices, and one of whose posts mentions a notice in its words.
func threadWithNotices() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which hypervisor for a home lab?</h1><div class="body">` +
		`<ul class="notices notices--block"><li class="notice js-notice">` +
		para("Scam alert: members are reminded never to send money before seeing the goods.") + `</li></ul>` +
		`<div class="thread">`)
	for i := range 4 {
		fmt.Fprintf(&b, `<div class="post">%s</div>`, para(fmt.Sprintf("Reply %d: I run the hypervisor on bare metal and notice no lag.", i)))
	}
	b.WriteString(`</div></div></main></body></html>`)
	return b.String()
}

func TestSiteNoticesDropped(t *testing.T) {
	page := threadWithNotices()
	got := runThreadRule(t, page, true, (*tree).dropSiteNotices)
	assert.NotContains(t, got, "Scam alert", "the site's notice")
	assert.Contains(t, got, "Reply 3:", "a post")
	assert.Contains(t, got, "notice no lag", "a post's words")
	// Off a thread, the rule leaves the page alone.
	assert.Contains(t, runThreadRule(t, page, false, (*tree).dropSiteNotices), "Scam alert")
}

func TestSiteNoticeShareKept(t *testing.T) {
	// A page whose notice is most of the chosen text (an announcement) keeps it.
	page := `<html><body><main><h1>Board closing</h1><div class="notice">` +
		para("The board closes at the end of the month.") + para("Posts stay readable in the archive.") +
		`</div><div class="post">` + para("Thanks for the years.") + `</div></main></body></html>`
	assert.Contains(t, runThreadRule(t, page, true, (*tree).dropSiteNotices), "The board closes")
}
