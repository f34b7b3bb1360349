package winnow

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wordShareRef is a plain, allocating statement of the title comparison: the share of a's
// words found in b, with words split as titleWords splits them. It is the reference that
// wordShares must match.
func wordShareRef(a, b string) float64 {
	words := func(s string) []string {
		var out []string
		var cur []rune
		flush := func() {
			if len(cur) > 0 {
				out = append(out, string(cur))
				cur = nil
			}
		}
		for _, r := range s {
			switch {
			case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai):
				flush()
				out = append(out, string(r))
			case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
				cur = append(cur, unicode.ToLower(r))
			default:
				flush()
			}
		}
		flush()
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, w := range wb {
		in[w] = true
	}
	hit := 0
	for _, w := range wa {
		if in[w] {
			hit++
		}
	}
	return float64(hit) / float64(len(wa))
}

func TestWordSharesMatchReference(t *testing.T) {
	cases := []string{
		"", " ", "a", "A a a", "Niedrigwasser bremst Fähre", "Bodensee: Niedrigwasser bremst Fähre",
		"NIEDRIGWASSER  bremst\tfähre!", "Báo Giao thông – BÁO GIAO THÔNG", "e\u0301te\u0301 ÉTÉ",
		"東京の天気は晴れ", "東京 天気", "ข่าววันนี้ ข่าว", "İstanbul istanbul ISTANBUL", "\xff\xfe x \xff",
		"2025 年 3 月", "a-b_c.d/e", strings.Repeat("word ", 300), "ǅemal ǆemal", "Σίσυφος ΣΊΣΥΦΟΣ",
	}
	alphabet := []string{"a", "A", "b", " ", "-", "é", "É", "e\u0301", "東", "京", "ก", "1", "\xff", "ß", "İ", "i", "ab", "Ab"}
	cases = append(cases, randomJoins(3, alphabet, 10, 5000)...)
	var wa, wb titleWords
	for i, a := range cases {
		b := cases[(i*7+3)%len(cases)]
		if i%5 == 0 {
			b = a + " " + b
		}
		wa.split(a)
		wb.split(b)
		ab, ba := wordShares(&wa, &wb)
		if !assert.Equal(t, wordShareRef(a, b), ab, "%q in %q", a, b) ||
			!assert.Equal(t, wordShareRef(b, a), ba, "%q in %q", b, a) {
			break
		}
	}
}

// TestCompareWordsMatchesBytes holds the comparison by keys (see wordSpan) to
// bytes.Compare, for words shorter than, as long as and longer than a key, and split's
// words to sorted order.
func TestCompareWordsMatchesBytes(t *testing.T) {
	var w titleWords
	for _, title := range []string{
		"abcdefgh abcdefghi abcdefg abcdefgh abcdefghij abcdefgi ab b 東京 fähre fährenetz zz9 1 10 2", // sorted by slices.SortFunc
		"zz9 fährenetz abcdefghi Fähre abcdefgh 10 b abcdefgh 1",                                     // by insertion
	} {
		w.split(title)
		checkWordOrder(t, &w)
	}
}

// checkWordOrder checks compareWords against bytes.Compare on every pair of w's words,
// and w's words for sorted order.
func checkWordOrder(t *testing.T, w *titleWords) {
	t.Helper()
	for i := range w.spans {
		wi := w.buf[w.spans[i].start:w.spans[i].end]
		for j := range w.spans {
			wj := w.buf[w.spans[j].start:w.spans[j].end]
			assert.Equal(t, bytes.Compare(wi, wj), compareWords(w, w.spans[i], w, w.spans[j]), "%q %q", wi, wj)
		}
		if i > 0 {
			assert.LessOrEqual(t, bytes.Compare(w.buf[w.spans[i-1].start:w.spans[i-1].end], wi), 0)
		}
	}
}

func TestTitleWordsReuseBuffers(t *testing.T) {
	var w, m titleWords
	m.split("Niedrigwasser bremst Fähre auf dem Bodensee")
	w.split("Bodensee: Niedrigwasser bremst Fähre 東京")
	allocs := testing.AllocsPerRun(100, func() {
		w.split("Niedrigwasser bremst Fähre 東京")
		wordShares(&w, &m)
	})
	assert.Zero(t, allocs)
}

func TestAtLeastWords(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a  b\tc ", "a\u00a0b c d", "a\u3000b c d e", "\xffa b\xff c d", "one two three four"} {
		for n := 0; n <= 5; n++ {
			assert.Equal(t, len(strings.Fields(s)) >= n, atLeastWords(s, n), "%q %d", s, n)
		}
	}
}

func TestSiteNamesIsWithoutAllocating(t *testing.T) {
	site := newSiteNames("https://www.abendblatt.de/x", "Hamburger Abendblatt")
	for text, want := range map[string]bool{
		"Hamburger Abendblatt": true, "HAMBURGER-ABENDBLATT": true, "abendblatt.de": true, "Abendblatt": true,
		"Abendblatt Hamburg": true, "Nachrichten aus Hamburg": false, "": false, "abendblatt開発日誌": true,
		"abendblattnews": false,
	} {
		assert.Equal(t, want, site.is(text), text)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { site.is("Nachrichten aus Hamburg") }))
	assert.Equal(t, "báogiaothông", normName("Báo Giao-thông!"))
}

func TestRunesUpTo(t *testing.T) {
	for _, s := range []string{"", "a", "héllo", "東京", "\xff\xfe", strings.Repeat("ä", 400)} {
		for _, limit := range []int{0, 1, 2, 5, 301} {
			assert.Equal(t, min(utf8.RuneCountInString(s), limit), runesUpTo(s, limit), "%q %d", s, limit)
		}
	}
}

// TestDropKicker checks that a kicker set in the headline element is left out of the
// title, and that a first word or brand running on into the headline stays.
func TestDropKicker(t *testing.T) {
	cases := []struct{ name, h1, meta, want string }{
		{"kicker span and headline span (de)", `<span class="dachzeile">Nach Corona-Lockerungen</span> <span>Autohäuser rechnen mit langsamem Anlaufen</span>`,
			"Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen", "Autohäuser rechnen mit langsamem Anlaufen"},
		{"kicker over a line break (de)", `<small>Tunesien</small><br> Große Aufgaben für die neue Regierung`,
			"", "Große Aufgaben für die neue Regierung"},
		{"kicker block glued to the headline (de)", `<div class="label">Klimaschutz</div>Bohren, bis es heiß wird`,
			"", "Bohren, bis es heiß wird"},
		{"hidden separator between (de)", `<span>Corona-Pandemie</span><span hidden> - </span><span>„Es kommt auch darauf an“</span>`,
			"", "„Es kommt auch darauf an“"},
		{"kicker in French", `<span class="surtitre">Municipales</span><span>La gauche unie arrive en tête à Lyon</span>`,
			"", "La gauche unie arrive en tête à Lyon"},
		{"emphasised first word runs on (en)", `<i>Dune</i> review: a triumph of scale`, "", "Dune review: a triumph of scale"},
		{"rest in lower case runs on (en)", `<span>Editor’s Letter:</span> <span>bye old friend, hello new one</span>`,
			"", "Editor’s Letter: bye old friend, hello new one"},
		{"brand before the product name (en)", `<span>Shure</span> <span>SM7dB Active Dynamic Microphone</span>`,
			"Shure SM7dB Active Dynamic Microphone", "Shure SM7dB Active Dynamic Microphone"},
		{"a linked headline", `<a href="/x">Große Aufgaben</a> <span>für die neue Regierung heute</span>`,
			"", "Große Aufgaben für die neue Regierung heute"},
		{"a long first part is no kicker", `<span>One two three four five six seven</span> <span>eight nine ten eleven</span>`,
			"", "One two three four five six seven eight nine ten eleven"},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(`<html><body><h1>` + c.h1 + `</h1></body></html>`))
		require.NoError(t, err)
		var h1 *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.DataAtom == atom.H1 {
				h1 = n
			}
			for ch := n.FirstChild; ch != nil && h1 == nil; ch = ch.NextSibling {
				find(ch)
			}
		}
		find(doc)
		require.NotNil(t, h1)
		assert.Equal(t, c.want, dropKicker(blockText(h1), h1, []string{c.meta}), c.name)
	}
}

// TestHeadlineTitlePermalink checks that a documentation heading's permalink glyph is
// not part of the title, on a whole page as documentation generators write it.
func TestHeadlineTitlePermalink(t *testing.T) {
	cases := map[string]string{"Models¶": "Models", "Networking §": "Networking", "Setup 🔗": "Setup", "C#": "C#", "Models": "Models"}
	for in, want := range cases {
		assert.Equal(t, want, headlineTitle(in), in)
	}
	page := `<html><head><title>Working with forms | Example docs</title></head><body><main>
	<h1>Working with forms<a class="headerlink" href="#working-with-forms" title="Link to this heading">¶</a></h1>
	<p>` + strings.Repeat("A form collects input from the reader and sends it to the server. ", 8) + `</p></main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Equal(t, "Working with forms", a.Title)
}

// TestIsUnspacedLetter holds isUnspacedLetter to the four script tables it stands for.
func TestIsUnspacedLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r)
		if got := isUnspacedLetter(r); got != want {
			t.Fatalf("isUnspacedLetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestTypedHeadlineGivesWayToMetadata checks that a lone <h1> whose last words a script
// types into an empty slot does not stand as the title: the metadata title does, while a
// headline that ends in an icon stays the title.
func TestTypedHeadlineGivesWayToMetadata(t *testing.T) {
	body := `<p>` + strings.Repeat("Deploy web services, workers and databases from one dashboard. ", 8) + `</p>`
	typed := `<html><head><title>Acme | The cloud for builders</title><meta property="og:site_name" content="Acme"></head><body><main>
	<h1>Your fastest path to production for<div><span class="typed"></span><div class="cursor"></div></div></h1>` + body + `</main></body></html>`
	a, err := Extract(strings.NewReader(typed), nil)
	require.NoError(t, err)
	assert.Equal(t, "The cloud for builders", a.Title)

	icon := `<html><head><title>Acme | The cloud for builders</title><meta property="og:site_name" content="Acme"></head><body><main>
	<h1>Your fastest path to production today <i class="icon-rocket"></i></h1>` + body + `</main></body></html>`
	a, err = Extract(strings.NewReader(icon), nil)
	require.NoError(t, err)
	assert.Equal(t, "Your fastest path to production today", a.Title)
}

// TestAwaitsTyping checks where an empty box must stand to count as a typing slot.
func TestAwaitsTyping(t *testing.T) {
	cases := map[string]bool{
		`<h1>Build apps for <span class="rotate"></span></h1>`:             true,
		`<h1>Build apps <span></span>for everyone</h1>`:                    false, // text follows the box
		`<h1>Build apps for everyone</h1>`:                                 false,
		`<h1>Build apps for everyone<img src="x.png"></h1>`:                false,
		`<h1><a href="/">Build apps</a><span class="divider"></span></h1>`: true,
	}
	for in, want := range cases {
		doc, err := html.Parse(strings.NewReader(in))
		require.NoError(t, err)
		var h1 *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "h1" && h1 == nil {
				h1 = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
		require.NotNil(t, h1, in)
		assert.Equal(t, want, awaitsTyping(h1), in)
	}
}

// TestByteSetAll checks the prefilter of cleanTitle: a separator is looked for only when
// the title holds each of its bytes.
func TestByteSetAll(t *testing.T) {
	has := byteSet("Headline – Site")
	for sep, want := range map[string]bool{" – ": true, " - ": false, " | ": false, " — ": false, "": true} {
		if got := has.all(sep); got != want {
			t.Errorf("all(%q) = %v, want %v", sep, got, want)
		}
	}
}

// TestKeyHitsBound checks the prefilter of chooseTitle: keyHits never counts fewer of a
// heading's words than wordShares finds in a title whose bits were added.
func TestKeyHitsBound(t *testing.T) {
	var meta, head titleWords
	meta.split("Niedrigwasser bremst Fähre auf dem Bodensee - Südkurier")
	var bits byteSet256
	meta.addKeyBits(&bits)
	for _, h := range []string{"Bodensee: Niedrigwasser bremst Fähre", "Weitere Nachrichten", "Fähre Fähre fähre", ""} {
		head.read(h)
		hits := head.keyHits(&bits)
		head.sort()
		a, _ := wordShares(&head, &meta)
		if fraction(hits, len(head.spans)) < a {
			t.Errorf("%q: keyHits %d of %d below share %v", h, hits, len(head.spans), a)
		}
	}
	head.read("Bodensee: Niedrigwasser bremst Fähre")
	if got := head.keyHits(&bits); got != 4 {
		t.Errorf("keyHits = %d, want 4", got)
	}
}

// TestSiteNamesLongText checks that a text longer than maxSiteRunes still names the site
// when it equals a long site name, and that the bounded key turns other long texts away.
func TestSiteNamesLongText(t *testing.T) {
	long := "The Very Long Official Name of the Regional Evening Newspaper Group"
	s := newSiteNames("https://www.abendblatt.de/x", long)
	if !s.is(long) || !s.is(strings.ToUpper(long)) {
		t.Errorf("is(%q) = false, want true", long)
	}
	if s.is(long + " and its weekly supplement") {
		t.Error("a longer text named the site")
	}
	if !s.is("Hamburger Abendblatt") || s.is("Hamburger Abendblatt berichtet heute über den Hafen und die Elbe") {
		t.Error("host label rule changed")
	}
	if (siteNames{}).is("Abendblatt") {
		t.Error("empty siteNames named a text")
	}
}
