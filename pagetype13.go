package winnow

import (
	"net/url"
	"strings"
)

// sectionIndexWords are last path segments that name a site's section of posts
// (example.org/news, example.edu/about/in-the-news, example.com/blog): the address of
// the section's index, the list of its latest posts. A post's address goes on past the
// section's name to its own slug (/news/2025/title), which the urlHintTypes read as an
// article's.
var sectionIndexWords = map[string]bool{
	"news": true, "blog": true, "blogs": true, "articles": true, "posts": true, "stories": true,
	"newsroom": true, "press-releases": true, "in-the-news": true,
}

// weightSectionIndex: an address that ends at a section's name votes listing as a path
// word that names the kind of page does (weightURLWord), and more by the hint the same
// word gives an article (weightURLHint), which names a post under the section and not
// the section's own page.
const weightSectionIndex = weightURLWord + weightURLHint

// sectionIndex votes listing for a page whose address ends at a section's name (see
// sectionIndexWords), a file extension aside (/news.html, /blog.php).
func (v typeVotes) sectionIndex(raw string) {
	if raw == "" {
		return
	}
	u, err := url.Parse(raw)
	if err != nil {
		return
	}
	path := strings.ToLower(strings.Trim(u.Path, "/"))
	last := path[strings.LastIndexByte(path, '/')+1:]
	if dot := strings.LastIndexByte(last, '.'); dot > 0 {
		last = last[:dot]
	}
	if sectionIndexWords[last] {
		v[typeListing] += weightSectionIndex
	}
}

// shopTie settles a tie of the listing and collection votes. The two share most of
// their signals (cards, link text, a short text), and on a tie pageTypes' order gives
// listing; but a list of posts or of courses shows no price and no buy control, where a
// shop's category page shows some even when it draws its grid with a script and the
// prices counted are a few (a sale's, a featured product's).
func shopTie(v typeVotes, best string, s pageShape) string {
	if best == typeListing && v[typeCollection] == v[typeListing] && (s.prices > 0 || s.carts > 0) {
		return typeCollection
	}
	return best
}
