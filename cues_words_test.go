package winnow

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// attrKindsRef is a plain, allocating statement of attrKinds' rules, kept as the
// reference that the scanner must match.
func attrKindsRef(v string) (set uint32) {
	asciiSpace := func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' }
	for _, tok := range strings.FieldsFunc(v, asciiSpace) {
		tok = stripCSSModuleHashRef(tok)
		tok = stripGeneratedRunsRef(tok)
		if strings.Contains(tok, ":") {
			continue // a utility-CSS variant: no cue
		}
		type word struct {
			text         string
			touchesDigit bool
			modifier     bool // after "--": a BEM modifier
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
			words = append(words, word{w, digit, i >= 2 && b[i-1] == '-' && b[i-2] == '-'})
			i = j
		}
		last := cueNone
		joined := ""
		endOnly, beforePart, beforeEnd := false, false, cueNone // see endOnlyWords
		for _, w := range words {
			joined += w.text
			if endOnly {
				if !beforePart || !partWords[w.text] && !w.modifier {
					last = beforeEnd
				}
				endOnly = false
			}
			if k, ok := classTokens[w.text]; ok && !w.touchesDigit {
				if before, ok := endOnlyWords[w.text]; ok {
					endOnly, beforePart, beforeEnd = true, before, last
				}
				last = k
			}
		}
		if len(joined) > maxWordBytes {
			joined = joined[:maxWordBytes]
		}
		named := true // an ASCII name with no digit: its joined words may name a kind
		for _, c := range b {
			if c >= 0x80 || '0' <= c && c <= '9' {
				named = false
			}
		}
		if len(words) > 1 && named {
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
		"-", "--a--", "a1b2c3", "mdx-table_root__adKqa", "x___3-Nqo", "a__b__adF2E", "x__ad-slot", "\tnav\nbar\r\vmenu\f", "sidebar_widget popular-posts", "print:break-inside-avoid md:ad", "a: ad",
	}
	alphabet := []string{"a", "d", "ad", "share", "post", "Related", "-", "_", "1", " ", "\t", "é", "x", "Content", "nav", ":", "__", "Kq", "F2", "tag", "list", "--"}
	cases = append(cases, randomJoins(1, alphabet, 12, 20000)...)
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

func BenchmarkValueHasWord(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		valueHasWord("article-body relatedNews post__content ad-slot", dateTokens)
	}
}

// attrWordsRef is a plain, allocating statement of the words valueHasWord and attrCues
// look up in the word lists: each token's lower-case ASCII words, split at other bytes
// and at lower-to-upper case changes, cut to maxWordBytes, and the words of a token of
// more than one joined (cut likewise).
func attrWordsRef(v string) []string {
	var out []string
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	for _, tok := range strings.FieldsFunc(v, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) }) {
		b := []byte(stripCSSModuleHashRef(tok))
		var words []string
		for i := 0; i < len(b); {
			if !isLetter(b[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(b) && isLetter(b[j]) && !('A' <= b[j] && b[j] <= 'Z' && 'a' <= b[j-1] && b[j-1] <= 'z') {
				j++
			}
			words = append(words, strings.ToLower(string(b[i:j])))
			i = j
		}
		joined := strings.Join(words, "")
		for _, w := range words {
			out = append(out, w[:min(len(w), maxWordBytes)])
		}
		if len(words) > 1 {
			out = append(out, joined[:min(len(joined), maxWordBytes)])
		}
	}
	return out
}

func TestAttrWordListsMatchReference(t *testing.T) {
	lists := map[wordSet]map[string]bool{
		wordTitle: titleTokens, wordDate: dateTokens, wordAuthor: authorTokens, wordCrumb: crumbTokens,
		wordPrice: priceTokens, wordCart: cartTokens, wordPost: postTokens, wordButton: buttonTokens,
	}
	cases := []string{
		"", "entry-title", "postTitle", "post_date2", "date9", "x-pub-date", "bread-crumb", "BreadCrumbs",
		"by-line", "author", "meta", "\xffdate", "date\u00a0time", strings.Repeat("date", 10), "a-b-c time",
		"entry-date published", "itemprop datePublished",
	}
	alphabet := []string{"date", "Time", "title", "post", "entry", "author", "by", "line", "crumb", "bread", "s", "price", "add", "To", "cart", "message", "body",
		"-", "_", "1", " ", "\t", "é", "x", "Meta", "head", "\u00a0", "__", "Kq", "F2"}
	cases = append(cases, randomJoins(5, alphabet, 10, 20000)...)
	for _, v := range cases {
		words := attrWordsRef(v)
		_, got := attrCues(v)
		for bit, list := range lists {
			want := false
			for _, w := range words {
				want = want || list[w]
			}
			if !assert.Equal(t, want, got&bit != 0, "attrCues %q list %d", v, bit) ||
				!assert.Equal(t, want, valueHasWord(v, list), "valueHasWord %q list %d", v, bit) {
				return
			}
		}
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { valueHasWord("entry-meta post__date", authorTokens) }))
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

// normHeadingRef is normHeading stated with the standard library's string functions: the
// reference for appendNormHeading.
func normHeadingRef(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
	if s == "" || utf8.RuneCountInString(s) > maxHeadingRunes {
		return ""
	}
	return norm.NFC.String(strings.Join(strings.Fields(strings.ToLower(s)), " "))
}

func TestNormHeadingMatchesReference(t *testing.T) {
	cases := []string{"» Related", "Đọc thêm:", "Cu\u0300ng chu\u0309 đê\u0300", "  READ  MORE  ", "相关阅读", "\xff x \xff",
		"İstanbul Haberleri", "Ⱥ Ⱥ", strings.Repeat("a ", 61), "a\u0085b", "a\u00a0\u00a0b", "ǅ"}
	alphabet := []string{"a", "R", " ", "\t", "\u00a0", "\u3000", ":", "»", "é", "e\u0301", "Đ", "İ", "Ⱥ", "\xff", "相", "-"}
	cases = append(cases, randomJoins(13, alphabet, 14, 20000)...)
	for _, s := range cases {
		if !assert.Equal(t, normHeadingRef(s), normHeading(s), "%q", s) {
			break
		}
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { lookupHeading("More from this section") }))
}

func TestBelowCombiningIsNFC(t *testing.T) {
	var all []byte
	for r := rune(0); r < 0x300; r++ {
		b := utf8.AppendRune(nil, r)
		assert.True(t, belowCombining(b), "%U", r)
		all = utf8.AppendRune(all, r)
	}
	rng := rand.New(rand.NewPCG(15, 16))
	for range 2000 {
		var b []byte
		for range rng.IntN(8) {
			b = utf8.AppendRune(b, rune(rng.IntN(0x300)))
		}
		assert.True(t, norm.NFC.IsNormal(b), "%q", b)
	}
	assert.True(t, norm.NFC.IsNormal(all))
	assert.False(t, belowCombining([]byte("e\u0301")))
}
