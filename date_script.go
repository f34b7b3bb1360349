package winnow

import (
	"strings"
	"time"

	"github.com/winnow-go/winnow/internal/dates"
)

// scriptDateKeys are the keys under which the state a page's scripts carry (a store's
// product JSON, a single-page app's initial state) gives the publication date, with
// the quote that opens them (the closing one may be escaped: see scriptValue). Generic keys such as "createdAt" or "date" are left out:
// users, comments and images have them too.
var scriptDateKeys = []string{`"datePublished`, `"publishedDate`, `"published_at`, `"publishedAt`,
	`"publishDate`, `"publish_date`, `"date_published`, `"pubDate`}

// maxScriptDateValue bounds the value read after a key: the longest ISO 8601 instant.
const maxScriptDateValue = 40

// scriptDate returns the first publication date the page's scripts give under one of
// scriptDateKeys, in document order. It is a last resort: a page whose markup shows no
// date but whose scripts carry the article's state.
func scriptDate(scripts []string, lang string, now time.Time) (dates.Date, bool) {
	for _, src := range scripts {
		best := -1
		var val string
		for _, k := range scriptDateKeys {
			i := strings.Index(src, k)
			if i < 0 || best >= 0 && i > best {
				continue
			}
			if v, ok := scriptValue(src[i+len(k):]); ok {
				best, val = i, v
			}
		}
		if best < 0 {
			continue
		}
		if d, ok := parseDate(val, lang, now); ok {
			return d, true
		}
	}
	return dates.Date{}, false
}

// scriptValue reads the quoted string that follows a key's name: `": "2019-03-02T06:22:28"`,
// or the same escaped inside a JavaScript string (`\":\"2019-03-02\"`).
func scriptValue(s string) (string, bool) {
	s = strings.TrimPrefix(s, `\`)
	if !strings.HasPrefix(s, `"`) {
		return "", false // a longer key: "publishDateFormat"
	}
	s = strings.TrimLeft(s[1:], " \t")
	if !strings.HasPrefix(s, ":") {
		return "", false
	}
	s = strings.TrimLeft(s[1:], " \t")
	s = strings.TrimPrefix(s, `\`)
	if !strings.HasPrefix(s, `"`) {
		return "", false
	}
	s = s[1:]
	end := strings.IndexAny(s[:min(len(s), maxScriptDateValue+1)], `"\`)
	if end <= 0 {
		return "", false
	}
	return s[:end], true
}
