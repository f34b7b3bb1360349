package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRunningTextPhrasesKept checks that a link inside a sentence stays whatever its
// class or words (a glossary pop-up, a network named in the text), while a share button
// standing alone and a date inside a byline line are still left out.
func TestRunningTextPhrasesKept(t *testing.T) {
	page := `<html><body><article>` + para("First.") +
		`<p>For a few days I drove about the town in my <a class="popup" href="#">rockaway</a> and lived in it for the time, as any clerk would.</p>` +
		`<p>The company announced the change in a post on <a href="https://example.com/x">Facebook</a> late on Tuesday evening, to everyone's surprise.</p>` +
		`<p><a href="https://example.com/share">Facebook</a></p>` +
		`<p>Le Monde | <time>04.05.2015 à 13h36</time> | Par Martin Untersinger, with the desk's help and more words around it</p>` +
		para("Second.") + `</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "in my rockaway and lived")
	assert.Contains(t, text, "in a post on Facebook late")
	assert.NotContains(t, text, "04.05.2015")
	assert.Contains(t, text, "Second.")
}

func TestInRunningText(t *testing.T) {
	tr := treeOf(t, `<p id=p>Some words around <a id=a href=x>a link</a> in a sentence.</p><p><a id=b href=y>Alone</a></p>`)
	byID := func(id string) int32 {
		for i := range tr.nodes {
			if attr(tr.nodes[i].n, "id") == id {
				return int32(i)
			}
		}
		t.Fatalf("no element with id %q", id)
		return none
	}
	assert.True(t, tr.inRunningText(byID("a")))
	assert.False(t, tr.inRunningText(byID("b")))
	assert.False(t, tr.inRunningText(byID("p")))
}
