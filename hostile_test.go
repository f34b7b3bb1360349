package winnow_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/winnow-go/winnow"
)

// hostileCase is one page of the hostile-input corpus: input a crawler meets and an
// extractor must survive. want, when set, is the error it must give; keep, when set, is
// text that must come through.
type hostileCase struct {
	name string
	page []byte
	want error
	keep string
}

// hostileSize is the size of the corpus's larger pages: big enough that a quadratic step
// would take minutes, small enough for the race detector.
const hostileSize = 512 << 10

// hostileBudget bounds the time an extraction may take: a fixed allowance plus a cost per
// byte fifty times what a linear extraction needs, so that the race detector and a busy
// machine pass while a step that is quadratic in the page cannot.
func hostileBudget(size int) time.Duration {
	return time.Second + time.Duration(size)*20*time.Microsecond
}

// hostileCases generates the corpus. Nothing is downloaded: every page is written here,
// from a fixed random seed.
func hostileCases() []hostileCase {
	rng := rand.New(rand.NewPCG(6, 6))
	para := "<p>" + sentence + sentence + "</p>\n"
	article := func(inner string) []byte {
		return []byte("<html><head><title>Hostile</title></head><body><article>" + para + inner + para + "</article></body></html>")
	}
	var cases []hostileCase
	for _, s := range shapes {
		c := hostileCase{name: "shape " + s.name, page: s.gen(hostileSize)}
		if s.name != "siblings" && s.name != "table" {
			c.keep = "fund the new library"
		}
		cases = append(cases, c)
	}
	randomBytes := make([]byte, 256<<10)
	for i := range randomBytes {
		randomBytes[i] = byte(rng.Uint32())
	}
	invalid := []byte(para)
	for i := 0; i < 2000; i++ {
		invalid = append(invalid, []byte(sentence)...)
		invalid = append(invalid, byte(0x80+rng.IntN(0x80)), byte(rng.IntN(0x100)))
	}
	cases = append(cases,
		hostileCase{name: "nul bytes", page: article(strings.Repeat("<p>a NUL\x00 inside a paragraph of text</p><di\x00v title=\x00>text</div>", 5000)), keep: "fund the new library"},
		hostileCase{name: "only nul bytes", page: make([]byte, 64<<10), want: winnow.ErrNotHTML},
		hostileCase{name: "invalid utf-8", page: article("<p>" + string(invalid) + "</p>"), keep: "fund the new library"},
		hostileCase{name: "lone surrogates", page: article(strings.Repeat(`<p title="&#xD800;">a &#xD800; b &#xDFFF; c &#55296; d &#x110000; e &#0; f &#xFFFE;</p>`, 2000)), keep: "fund the new library"},
		hostileCase{name: "doctype only", page: []byte("<!DOCTYPE html>"), want: winnow.ErrNoContent},
		hostileCase{name: "doctype only, spaced", page: []byte("\n\n  <!DOCTYPE>\n\n"), want: winnow.ErrNoContent},
		hostileCase{name: "random binary", page: randomBytes, want: winnow.ErrNotHTML},
		hostileCase{name: "pdf", page: pdfFile(rng), want: winnow.ErrNotHTML},
		hostileCase{name: "100,000 links", page: linksPage(100_000), want: winnow.ErrNoContent},
		hostileCase{name: "unclosed comment", page: []byte("<html><body><!--" + strings.Repeat(para, hostileSize/len(para))), want: winnow.ErrNoContent},
		hostileCase{name: "comment bomb", page: article(strings.Repeat("<!-- a --><!--<!--<!-- b --!><!---->-->", 20000) + para), keep: "fund the new library"},
		hostileCase{name: "nested tables", page: article(strings.Repeat("<table><tr><td>", deepLevels) + para + strings.Repeat("</td></tr></table>", deepLevels)), keep: "fund the new library"},
		hostileCase{name: "unclosed nested tables", page: article(strings.Repeat("<table><tr><td>cell", deepLevels) + para), keep: "fund the new library"},
		hostileCase{name: "template svg math soup", page: article(strings.Repeat(soup, 3000)), keep: "fund the new library"},
		hostileCase{name: "javascript base href", page: jsBasePage()},
		hostileCase{name: "unclosed title", page: []byte("<html><head><title>" + strings.Repeat(para, hostileSize/len(para))), want: winnow.ErrNoContent},
		hostileCase{name: "plaintext", page: []byte("<html><body><plaintext>" + strings.Repeat(sentence, 200))},
		hostileCase{name: "misnested formatting", page: article(strings.Repeat("<b><i><u><a href=#>x</b>y</i>z</u></a>", 20000)), keep: "fund the new library"},
		hostileCase{name: "unclosed formatting", page: article(strings.Repeat("<b><i><font><span>word ", deepLevels)), keep: "fund the new library"},
		hostileCase{name: "entity flood", page: article("<p>" + strings.Repeat("&amp;&lt;&#x1F600;&nbsp;&notanentity;&#99999999999;", 30000) + "</p>"), keep: "fund the new library"},
		hostileCase{name: "deep json-ld", page: jsonLDPage(strings.Repeat("[", 200_000)), keep: "fund the new library"},
		hostileCase{name: "huge json-ld body", page: jsonLDPage(`{"@type":"NewsArticle","headline":"H","articleBody":"` + strings.Repeat(sentence, 8000) + `"}`), keep: "fund the new library"},
		hostileCase{name: "100,000 meta tags", page: []byte("<html><head>" + strings.Repeat(`<meta name="x" content="y">`, 100_000) + "<meta charset=utf-8></head><body><article>" + para + para + "</article></body></html>"), keep: "fund the new library"},
		hostileCase{name: "select bomb", page: article("<select>" + strings.Repeat("<option>choice", 100_000) + "</select>"), keep: "fund the new library"},
		hostileCase{name: "unclosed list items", page: article(strings.Repeat("<li><p>item", 100_000)), keep: "fund the new library"},
		hostileCase{name: "frameset", page: []byte("<html><frameset>" + strings.Repeat(`<frame src="a.html">`, 1000) + "</frameset></html>"), want: winnow.ErrNoContent},
		hostileCase{name: "streamed parts chained", page: streamedParts(20_000, false), keep: "Part 19999."},
		hostileCase{name: "streamed parts in cycles", page: streamedParts(20_000, true), keep: "fund the new library"},
		hostileCase{name: "raw text elements", page: article(strings.Repeat("<iframe><p>not text</p></iframe><xmp><b>x</b></xmp><noembed><p>y</p></noembed><textarea><p>z</p></textarea>", 5000)), keep: "fund the new library"},
	)
	return cases
}

// soup interleaves foreign content, templates and HTML integration points, unclosed.
const soup = `<template><svg><math><mi><table><template><foreignObject><p>x<math><annotation-xml encoding="text/html"><div>` +
	`<svg><desc><template><mtext><select><style>a{}</svg></math><td>y</template><svg><title><p>z<![CDATA[ q ]]>`

// streamedParts is a page rendered in n parts, each parked in a hidden block at the end
// of the page, as streaming server renderers leave them, with its place marked by a
// <template>. Chained, each part holds the place of the next, so that placing them nests
// n deep; in cycles, parts 2k and 2k+1 each hold the other's place, and the first also
// its own.
func streamedParts(n int, cycles bool) []byte {
	var b bytes.Buffer
	b.WriteString("<html><head><title>Streamed</title></head><body><article><p>" + sentence + sentence + "</p>")
	b.WriteString(`<template id="B:0"></template></article>`)
	for i := 0; i < n; i++ {
		next := i + 1
		if cycles {
			next = i ^ 1
		}
		fmt.Fprintf(&b, `<div hidden id="S:%x"><p>Part %d. %s</p><template id="B:%x"></template>`, i, i, sentence, next)
		if cycles && i%2 == 0 {
			fmt.Fprintf(&b, `<template id="B:%x"></template>`, i)
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

func linksPage(n int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><head><title>Links</title></head><body><ul>")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<li><a href="/%d">Story %d</a></li>`, i, i)
	}
	b.WriteString("</ul></body></html>")
	return b.Bytes()
}

func jsBasePage() []byte {
	return []byte(`<html><head><base href="javascript:alert(1)//"><link rel=canonical href="/story">` +
		`<meta property="og:image" content="lead.jpg"><title>Base</title></head><body><article>` +
		`<p>` + sentence + `<a href="more.html">more</a> ` + sentence + `</p><img src="figure.png" alt="">` +
		`<p>` + sentence + sentence + `</p></article></body></html>`)
}

func jsonLDPage(ld string) []byte {
	return []byte(`<html><head><script type="application/ld+json">` + ld + `</script></head><body><article><p>` +
		sentence + sentence + `</p><p>` + sentence + `</p></article></body></html>`)
}

// pdfFile writes a small PDF document with a compressed-looking stream.
func pdfFile(rng *rand.Rand) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	b.WriteString("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n")
	b.WriteString("3 0 obj\n<< /Length 4096 /Filter /FlateDecode >>\nstream\n")
	for i := 0; i < 4096; i++ {
		b.WriteByte(byte(rng.Uint32()))
	}
	b.WriteString("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
	return b.Bytes()
}

// TestHostileInput extracts every page of the hostile corpus: each must return the
// expected error or a valid article, keep the text it must keep, produce no javascript:
// URL, and finish within a time proportional to its size.
func TestHostileInput(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			a, err := winnow.Extract(bytes.NewReader(c.page), &winnow.Options{URL: "https://example.com/news/"})
			if d := time.Since(start); d > hostileBudget(len(c.page)) {
				t.Errorf("%d bytes took %v, more than %v", len(c.page), d, hostileBudget(len(c.page)))
			}
			checkResult(t, a, err)
			if c.want != nil {
				if !errors.Is(err, c.want) {
					t.Fatalf("got error %v, want %v", err, c.want)
				}
				return
			}
			if c.keep != "" {
				if err != nil {
					t.Fatalf("got error %v, want an article holding %q", err, c.keep)
				}
				if !strings.Contains(a.Text, c.keep) {
					t.Errorf("the text lost %q", c.keep)
				}
			}
			if err == nil {
				checkNoScriptURLs(t, a)
				if strings.Contains(a.Text, "\x00") {
					t.Errorf("a NUL byte in the text")
				}
			}
		})
	}
}

// checkNoScriptURLs fails if a URL the extractor resolved, or one in Content, runs script.
func checkNoScriptURLs(t *testing.T, a *winnow.Article) {
	t.Helper()
	isScript := func(u string) bool {
		return strings.HasPrefix(strings.ToLower(strings.TrimSpace(u)), "javascript:")
	}
	if isScript(a.URL) || isScript(a.Image) {
		t.Errorf("a javascript: URL: url %q, image %q", a.URL, a.Image)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for _, at := range n.Attr {
			if isScript(at.Val) {
				t.Errorf("a javascript: URL in Content: <%s %s=%q>", n.Data, at.Key, at.Val)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	if a.Content != nil {
		walk(a.Content)
	}
}
