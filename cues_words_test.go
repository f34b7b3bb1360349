package winnow

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// attrKindsRef is a plain, allocating statement of attrKinds' rules, kept as the
// reference that the scanner must match.
func attrKindsRef(v string) (set uint32) {
	asciiSpace := func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' }
	for _, tok := range strings.FieldsFunc(v, asciiSpace) {
		if strings.Contains(tok, ":") {
			continue // a utility-CSS variant: no cue
		}
		type word struct {
			text         string
			touchesDigit bool
		}
		var words []word
		b := []byte(tok)
		for i := 0; i < len(b); {
			isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
			if !isLetter(b[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(b) && isLetter(b[j]) && !('A' <= b[j] && b[j] <= 'Z' && 'a' <= b[j-1] && b[j-1] <= 'z') {
				j++
			}
			digit := i > 0 && '0' <= b[i-1] && b[i-1] <= '9' || j < len(b) && '0' <= b[j] && b[j] <= '9'
			w := strings.ToLower(string(b[i:j]))
			if len(w) > maxWordBytes {
				w = w[:maxWordBytes]
			}
			words = append(words, word{w, digit})
			i = j
		}
		last := cueNone
		joined := ""
		for _, w := range words {
			joined += w.text
			if k, ok := classTokens[w.text]; ok && !w.touchesDigit {
				last = k
			}
		}
		if len(joined) > maxWordBytes {
			joined = joined[:maxWordBytes]
		}
		ascii := true
		for _, c := range b {
			if c >= 0x80 {
				ascii = false
			}
		}
		if len(words) > 1 && ascii {
			if k, ok := classTokens[joined]; ok {
				last = k
			}
		}
		if last != cueNone {
			set |= 1 << last
		}
	}
	return set
}

func TestAttrKindsMatchesReference(t *testing.T) {
	cases := []string{
		"", " ", "a", "relatedNews", "read-more", "  post__body  entry-content ", "h2o", "A", "AB",
		"w-node-5343ad4-c9", "ad-300x250", "box-related-inline", "section-ranking-content",
		"\xff\xfead-slot", "a\u3000b ad", "x\u0085y", "ad\xff", strings.Repeat("abc", 40) + "-" + strings.Repeat("Z", 70),
		"-", "--a--", "a1b2c3", "\tnav\nbar\r\vmenu\f", "sidebar_widget popular-posts", "print:break-inside-avoid md:ad", "a: ad",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "d", "ad", "share", "post", "Related", "-", "_", "1", " ", "\t", "é", "x", "Content", "nav", ":"}
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, sb.String())
	}
	for _, v := range cases {
		if !assert.Equal(t, attrKindsRef(v), attrKinds(v), "%q", v) {
			break
		}
	}
}

func TestAttrKindsDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		attrKinds("article-body relatedNews post__content ad-slot")
	})
	assert.Zero(t, allocs)
}

// BenchmarkAttrKinds splits every class and id value of the golden pages.
func BenchmarkAttrKinds(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	var vals []string
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(src))
		if err != nil {
			b.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			for _, a := range n.Attr {
				if a.Key == "class" || a.Key == "id" {
					vals = append(vals, a.Val)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range vals {
			attrKinds(v)
		}
	}
}

func BenchmarkForEachWord(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		forEachWord("article-body relatedNews post__content ad-slot", func(w []byte) { n += len(w) })
	}
}

func TestHasHiddenClass(t *testing.T) {
	for v, want := range map[string]bool{
		"hidden": true, "foo SR-ONLY bar": true, "\tvisually-hidden\n": true,
		"screenreader-only": true, "Screen-Reader-Text": true, "hidden-xs": false, "": false, "d-none-md": false,
		strings.Repeat("x", 40) + " hidden": true,
	} {
		assert.Equal(t, want, hasHiddenClass(v), "%q", v)
	}
	for name := range hiddenClasses {
		assert.LessOrEqual(t, len(name), maxHiddenClass, name)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { hasHiddenClass("post Hidden-xs d-none") }))
}
