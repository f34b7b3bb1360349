package winnow

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// attrCuesByteWise is attrCues adding every byte alone, as it did before runs of
// lower-case letters were added at once (and skipping a CSS-modules hash as it does).
func attrCuesByteWise(v string) (kinds uint32, lists wordSet) {
	s := tokenScan{joinedUsable: true}
	start := 0
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
		}
		if isASCIISpace(c) {
			kinds |= s.endToken()
			start = i + 1
			continue
		}
		if (i == start || !isAlnumByte(v[i-1])) && isAlnumByte(c) && i+genIDMinLen <= len(v) {
			if end := generatedRunEnd(v, i); end > 0 {
				s.skipRun()
				i = end - 1
				continue
			}
		}
		s.add(c)
		if end := cssModuleHashEnd(v, i); end > 0 {
			i = end - 1
		}
	}
	return kinds, s.lists
}

// TestAttrCuesRuns holds attrCues to the byte-wise scan on random class values made of
// cue words, case changes, digits, separators and long words.
func TestAttrCuesRuns(t *testing.T) {
	parts := []string{"related", "News", "comment", "s", "content", "-", "_", " ", ":", "ad", "5",
		"x", "Box", "read", "more", "breadcrumb", "date", "é", "\t", strings.Repeat("a", 40), "TITLE",
		"sidebar", "footer", "nav", "1a", "share", "__", "adKqa", "Kq"}
	rng := rand.New(rand.NewSource(3))
	for range 50000 {
		var sb strings.Builder
		for range rng.Intn(10) {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		v := sb.String()
		k, l := attrCues(v)
		wk, wl := attrCuesByteWise(v)
		if k != wk || l != wl {
			t.Fatalf("attrCues(%q) = %b, %b; byte-wise %b, %b", v, k, l, wk, wl)
		}
	}
}

// TestElementFactsHidden holds elementFacts to isHidden on every element of the golden
// pages and of a few hiding attributes.
func TestElementFactsHidden(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	pages := []string{`<div hidden>a</div><p aria-hidden=" TRUE ">b</p><img aria-hidden=true>` +
		`<span style="DISPLAY: none">c</span><i class="x sr-only">d</i><b class=Hidden-xs>e</b>`}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	for _, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			k, w, hidden := elementFacts(n, true)
			wk, ww := elementCues(n)
			if hidden != isHidden(n) || k != wk || w != ww {
				t.Fatalf("elementFacts(<%s %v>) = %b, %b, %v; want %b, %b, %v", n.Data, n.Attr, k, w, hidden, wk, ww, isHidden(n))
			}
		}
	}
}
