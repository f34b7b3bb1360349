package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Headlines of listings: an article's <h1> names the article, and Article.Title carries
// it, so the text leaves it out. A listing's, a catalogue's or a landing page's <h1>
// names the page's list ("Data Science Courses", "Tech conferences in Americas") and
// heads its entries as a section heading does; readers of such a page take it with the
// list. On a page read as a listing (see t.listed, t.spread) that declares no story, the
// headline stays in the text, unless a heading of the chosen text restates it ("Top
// Ranked Software" over "Compare Top Ranked Software"): it is then said once.

// listingHeadline reports whether headline i stays in the text of a listing (see the
// file's comment).
func (t *tree) listingHeadline(i int32) bool {
	if !(t.listed || t.spread) || t.story {
		return false
	}
	head := strings.ToLower(strings.TrimSpace(t.inlineText(i)))
	if head == "" {
		return false
	}
	restated := false
	for _, r := range t.roots {
		t.walk(r, func(j int32) bool {
			if tag := t.nodes[j].tag; j != i && (tag == atom.H1 || isSubheading(tag)) && !t.nodes[j].text {
				restated = strings.Contains(strings.ToLower(t.inlineText(j)), head)
			}
			return !restated
		})
		if restated {
			return false
		}
	}
	return true
}
