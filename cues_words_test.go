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

// forEachWordRef is the first, allocating version of forEachWord, kept as the reference
// that attrWords must match word for word.
func forEachWordRef(v string, fn func([]byte)) {
	var wordBuf, joinBuf [64]byte
	for _, tok := range strings.Fields(v) {
		word, joined := wordBuf[:0], joinBuf[:0]
		words := 0
		prevLower := false
		flush := func() {
			if len(word) > 0 {
				fn(word)
				words++
				word = word[:0]
			}
		}
		for i := 0; i < len(tok); i++ {
			c := tok[i]
			lower, upper := c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z'
			if !lower && !upper || upper && prevLower {
				flush()
			}
			if lower || upper {
				c |= 0x20
				if len(word) < cap(word) {
					word = append(word, c)
				}
				if len(joined) < cap(joined) {
					joined = append(joined, c)
				}
			}
			prevLower = lower
		}
		flush()
		if words > 1 {
			fn(joined)
		}
	}
}

func collectWords(each func(string, func([]byte)), v string) []string {
	var out []string
	each(v, func(w []byte) { out = append(out, string(w)) })
	return out
}

func TestAttrWordsMatchesReference(t *testing.T) {
	cases := []string{
		"", " ", "a", "relatedNews", "read-more", "  post__body  entry-content ", "h2o", "A", "AB",
		"xmlHTTPRequest", "tin-lien-quan\u00a0box", "a\u3000b", "x\u0085y", "caf\u00e9-menu",
		"\xff\xfead-slot", "ad\xff", strings.Repeat("abc", 40) + "-" + strings.Repeat("Z", 70),
		"-", "--a--", "a1b2c3", "a\vb", "\tnav\nbar\r\vmenu\f", "ÄÖÜ-related", "sidebar_widget popular-posts",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", "Z", "Q", "-", "_", "1", " ", "\t", "\v", "\r", "\u00a0", "\u3000", "é", "中", "\xff", "x", "y"}
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(90) {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, sb.String())
	}
	for _, v := range cases {
		want := collectWords(forEachWordRef, v)
		if !assert.Equal(t, want, collectWords(forEachWord, v), "%q", v) {
			break
		}
		var wantSet uint32
		for _, w := range want {
			if k, ok := classTokens[w]; ok {
				wantSet |= 1 << k
			}
		}
		assert.Equal(t, wantSet, attrKinds(v), "%q", v)
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
