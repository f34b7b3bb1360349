package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A ranked list's entries open with their rank; the eighteenth ("18.", "#18") is no
// age mark's heading ("18+") and does not take the entries after it with it.
func TestRankIsNoAgeMark(t *testing.T) {
	for _, mark := range []string{"%d.", "#%d"} {
		var rows strings.Builder
		for i := 1; i <= 30; i++ {
			fmt.Fprintf(&rows, `<div class="row"><div class="rank">`+mark+`</div><div class="name"><a href="/tools/t%d">Tool %c%c</a></div>`+
				`<span class="score">%d.%d</span><span class="cmp">Compare</span></div>`, i, i, 'A'+i%26, 'a'+i%7, 9-i/5, i%10)
		}
		page := `<html><head><title>Top tools</title></head><body><nav><a href="/">Home</a> <a href="/x">Tools</a></nav>` +
			`<div class="top"><h1>Top ranked tools</h1></div><div class="wrap"><div class="intro"><h2>Compare the top ranked tools</h2>` +
			`<p>See how the tools rank by their users' scores this year, the best first.</p></div>` +
			`<div class="ranking">` + rows.String() + `</div></div>` +
			`<div class="cta"><div>The right tools for every small team</div><p>Get your own personal picks in two minutes.</p></div>` +
			`<footer><p>© Ranking Site</p><a href="/about">About</a></footer></body></html>`
		text := extractText(t, page)
		assert.Contains(t, text, "Tool Cc", mark) // rank 2
		assert.Contains(t, text, "Tool Se", mark) // rank 18
		assert.Contains(t, text, "Tool Wb", mark) // rank 22
	}
}

// rankNotMark reads digits alone as a rank only where the text opens with them or a
// number sign and carries no plus sign.
func TestRankNotMark(t *testing.T) {
	for s, want := range map[string]bool{
		"18.":   true,
		"18)":   true,
		"#18":   true,
		"№ 18":  true,
		"18+":   false,
		"’18":   false,
		"18 km": false,
	} {
		key := appendNormHeading(nil, s)
		assert.Equal(t, want, rankNotMark(key, s), s)
	}
}
