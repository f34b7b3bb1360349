package winnow

import (
	"net/url"
	"strings"

	"golang.org/x/net/html/atom"
)

// Sections of loose stories: site plugins write og:type "article" on every page of a
// site, its landing and service pages too (see looseStory). Such a page is a stack of
// sections, each opened by a header that its theme names after it ("gm-header",
// "faq-header"): a sub-heading and the sentences that open the section (see
// headsSection). On a story a header is its byline's place, which the lead rules judge,
// but a claim to be a story that rests on og:type alone does not make a section's
// header a byline, nor a hero's (the page's <h1> over a sentence or two of its offer,
// see heroHeader). A component's bare title stays with its rules, which read it as a
// story's on such pages.

// sectionMarked reports whether block i is marked as navigation by a header alone (see
// headerMarked), on a page that declares itself no story or one by its og:type alone,
// and no discussion.
func (t *tree) sectionMarked(i int32) bool {
	if t.headerMarked(i) {
		return true
	}
	b := &t.nodes[i]
	if !t.story || !t.looseStory || t.discussion || b.kinds&boilerKinds != 1<<cueNav || b.tag == atom.Nav || b.tag == atom.Aside {
		return false
	}
	return b.tag == atom.Header || t.hasAttrWord(i, headerWords)
}

// Forum hosts: a forum's address names it twice over, by its host (forum.example.org,
// community.example.com, see hostPageTypes) and by the path of its threads (Discourse's
// /t/, NodeBB's and Invision's /topic/, see urlHintTypes), where neither alone is sure
// (a blog keeps its posts under /t/ too, a company's community site holds its news). A
// page whose address says both is a thread.

// forumAddress reports whether u's host opens with a forum's label and its path holds a
// word of a thread's path.
func forumAddress(u *url.URL) bool {
	if hostType(u) != typeForum {
		return false
	}
	p := strings.ToLower(u.Path) + "/"
	for _, w := range urlHintTypes {
		if w.typ == typeForum && strings.Contains(p, w.word) {
			return true
		}
	}
	return false
}
