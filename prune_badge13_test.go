package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// threadWithPosterBadges is a short thread whose posts carry the poster's status and the
// starter's badge on lines of their own, and whose last reply says "Offline" in a
// sentence.
func threadWithPosterBadges() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Why did the image grow?</h1><div class="thread">`)
	for i, badge := range []string{"Original poster", "Offline"} {
		fmt.Fprintf(&b, `<div class="post"><div class="who">member%d</div><div class="badge">%s</div>%s</div>`,
			i, badge, para(fmt.Sprintf("Reply %d: the boot loader changed.", i)))
	}
	b.WriteString(`<div class="post"><p>Offline installs still work the same way, as far as I can tell, with commas and words.</p></div>`)
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

func TestPosterBadgesDropped(t *testing.T) {
	page := threadWithPosterBadges()
	got := runThreadRule(t, page, true, (*tree).dropPosterBadges)
	assert.NotContains(t, got, "Original poster", "a poster's badge")
	assert.NotContains(t, got, "Offline\n", "a poster's status")
	assert.Contains(t, got, "Offline installs still work", "a reply's words")
	assert.Contains(t, got, "member1", "the poster's name")
	// Off a thread, the rule leaves the page alone.
	assert.Contains(t, runThreadRule(t, page, false, (*tree).dropPosterBadges), "Original poster")
}
