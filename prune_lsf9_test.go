package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// shortThreadWithFigures is a thread of two posts (a question and its answer), each
// beside a card of the poster's figures under the engine's labels, in the language
// given by its labels: too few posts for the labels to repeat three times.
func shortThreadWithFigures(joined, posts, place string) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which plane for a beginner?</h1><div class="posts">`)
	for i := range 2 {
		fmt.Fprintf(&b, `<div class="post"><div class="user"><a href="/members/m%d">member%d</a><div>Registered User</div>
<div>%s: Mar 201%d</div><div>%s: 7%d1</div><div>%s: Town %d</div></div>
<div class="body">%s</div></div>`, i, i, joined, i, posts, i, place, i, para(fmt.Sprintf("Reply %d: a block plane is the one to buy first, and a jack plane next.", i)))
	}
	b.WriteString(`</div></main><footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func TestMemberFiguresOfShortThreads(t *testing.T) {
	for _, labels := range [][3]string{{"Join Date", "Posts", "Location"}, {"Registriert seit", "Beiträge", "Wohnort"}} {
		text := runCards(t, shortThreadWithFigures(labels[0], labels[1], labels[2]), true)
		assert.Contains(t, text, "Reply 0: a block plane")
		assert.Contains(t, text, "Reply 1: a block plane")
		for _, l := range labels {
			assert.NotContains(t, text, l+":", "a poster's figure in a card")
		}
		// Off a discussion the labels are left to the other rules.
		assert.Contains(t, runCards(t, shortThreadWithFigures(labels[0], labels[1], labels[2]), false), labels[1]+":")
	}
}

func TestIsMemberStat(t *testing.T) {
	for key, want := range map[string]bool{
		"posts:": true, "# posts": true, "# helpful votes": true, "joined": true, "join date:": true,
		"beiträge:": true, "# likes": true, "output:": false, "hi": false, "# replies": false,
	} {
		assert.Equal(t, want, isMemberStat(key), key)
	}
}
