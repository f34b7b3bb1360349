package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// A linked sentence. A paragraph that is one sentence of the author's, some of its
// words a link ("Read our full <a>X review</a>.", "Take a look at <a>the seven steps
// of machine learning</a>."), is the article pointing at more of itself, written as
// prose: it opens with words of its own and ends with a full stop. A menu, a tag line
// or a button row is links with no sentence around them, and a "Read also:" line is
// caught by its prefix before this (see hasReadAlsoPrefix).
const (
	// linkedSentenceMaxLinks: some of the sentence's words stand outside its links.
	linkedSentenceMaxLinks = 0.9
	// linkedSentenceMinWords: a sentence, not a label ("Contact us.").
	linkedSentenceMinWords = 5
)

// linkedSentence reports whether link-dense block i is a paragraph of one linked
// sentence (see the constants above).
func (t *tree) linkedSentence(i int32) bool {
	b := &t.nodes[i]
	if b.tag != atom.P || b.linkDensity() > linkedSentenceMaxLinks {
		return false
	}
	s := strings.TrimSpace(t.inlineText(i))
	return strings.HasSuffix(s, ".") && len(strings.Fields(s)) >= linkedSentenceMinWords
}
