package structure

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
	"github.com/winnow-go/winnow"
	"golang.org/x/net/html"
)

// ugcPolicy is bluemonday's UGC policy with three documented differences: it does not
// add rel="nofollow" to links (a choice for the page that embeds the HTML, not a
// safety matter); it lets code blocks carry class="language-…" (bluemonday's own
// example for syntax highlighting); and it lets alt and title hold any text (its
// Paragraph pattern refuses "?", ":" or quotes, which real alt texts hold; the values are
// escaped, so they cannot open markup).
func ugcPolicy() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RequireNoFollowOnLinks(false)
	p.AllowAttrs("class").Matching(regexp.MustCompile(`^language-[a-z0-9+#._-]+$`)).OnElements("code")
	p.AllowAttrs("alt", "title").OnElements("img")
	p.AllowAttrs("title").OnElements("a")
	return p
}

// shape writes the tags and text of an HTML fragment, leaving out the attributes in
// which the strict UGC policy and ugcPolicy differ.
func shape(s string) string {
	var sb strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return sb.String()
		}
		tok := z.Token()
		attrs := tok.Attr[:0]
		for _, a := range tok.Attr {
			switch a.Key {
			case "alt", "title", "class", "rel":
			default:
				attrs = append(attrs, a)
			}
		}
		tok.Attr = attrs
		sb.WriteString(tok.String())
	}
}

// TestBluemondayLeavesCleanHTML checks, on every page of the repository's testdata,
// that a well-kept sanitiser finds nothing to remove from winnow's clean HTML: with
// ugcPolicy the output is unchanged byte for byte, and with the strict UGC policy only
// the attributes named in ugcPolicy's comment change.
func TestBluemondayLeavesCleanHTML(t *testing.T) {
	pages, err := filepath.Glob("../../testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Skip("no testdata pages beside the bench module")
	}
	relaxed, strict := ugcPolicy(), bluemonday.UGCPolicy()
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := winnow.Extract(bytes.NewReader(raw), &winnow.Options{URL: "https://example.com/a/page.html", HTML: true})
		if err != nil {
			continue
		}
		t.Run(filepath.Base(p), func(t *testing.T) {
			if got := relaxed.Sanitize(a.HTML); got != a.HTML {
				t.Errorf("bluemonday changed the clean HTML:\n%s", firstDiff(a.HTML, got))
			}
			if got := shape(strict.Sanitize(a.HTML)); got != shape(a.HTML) {
				t.Errorf("strict UGC policy changed more than alt, title, class, rel:\n%s", firstDiff(shape(a.HTML), got))
			}
		})
	}
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return "ours:       " + a[lo:min(len(a), i+80)] + "\nsanitised:  " + b[lo:min(len(b), i+80)]
}
