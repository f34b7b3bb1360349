package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// threadWithTwinTimes is a board's thread whose posts each give their time twice, in a
// pane for phones and on a "Posted" line, and whose last two posts were made in the
// same minute.
func threadWithTwinTimes() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>New look of the notes app</h1><div class="thread">`)
	for i := range 4 {
		at := fmt.Sprintf("2024-03-0%dT07:02:39Z", min(i, 2)+5)
		day := fmt.Sprintf("March %d, 2024", min(i, 2)+5)
		fmt.Fprintf(&b, `<div class="post"><div class="pane"><div class="who">member%d</div><div class="at"><time datetime="%s">%s</time></div></div>`+
			`<div class="when">Posted <time datetime="%s">%s</time></div>%s</div>`,
			i, at, day, at, day, para(fmt.Sprintf("Reply %d: I miss the old sidebar.", i)))
	}
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

func TestTwinTimesDropped(t *testing.T) {
	page := threadWithTwinTimes()
	got := runThreadRule(t, page, true, (*tree).dropTwinTimes)
	assert.Equal(t, 4, strings.Count(got, "Posted March"), "the post's time line")
	assert.Equal(t, 4, strings.Count(got, "March"), "each post's time, once")
	assert.Equal(t, 2, strings.Count(got, "Posted March 7, 2024"), "two posts of the same minute, prose between them")
	assert.Contains(t, got, "member3", "the poster's name beside the left-out time")
	// Without the rule, each post's time is there twice.
	assert.Equal(t, 8, strings.Count(runThreadRule(t, page, true, func(*tree, []int32) {}), "March"))
}
