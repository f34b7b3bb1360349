package winnow

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// renderSnippet renders a fragment of HTML with the structured formats, with the whole
// <body> as the article and nothing pruned, so that a test sees the renderers alone.
func renderSnippet(t testing.TB, src string, o *Options) (md, htm string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := buildTree(doc, 0)
	if err != nil {
		t.Fatal(err)
	}
	if o == nil {
		o = &Options{}
	}
	roots := []int32{tr.body}
	if o.NoTables {
		tr.dropDataTables(roots)
	}
	m := tr.buildModel(roots, o, baseURL(o.URL, ""))
	return renderMarkdown(m), renderHTML(m)
}

const testBase = "https://example.com/docs/page.html"

var markdownCases = []struct {
	name, in, want string
}{
	{"heading levels", `<h2>Setup</h2><p>Text.</p><h4>Deep <em>one</em></h4>`,
		"## Setup\n\nText.\n\n#### Deep *one*"},
	{"heading permalinks", `<h2 id="a">Setup<a class="headerlink" href="#a">¶</a></h2><h3>Use <a href="#b">#b</a></h3>` +
		`<h3><a href="#c"><img src="/l.svg" alt="link"></a> Run</h3><h3>See <a href="#d">the notes</a></h3>`,
		"## Setup\n\n### Use\n\n### Run\n\n### See [the notes](https://example.com/docs/page.html#d)"},
	{"heading that swallowed paragraphs", `<h2>What to bring<p></p><p>` + strings.Repeat("Our checklist for the day. ", 20) +
		`</p><p>• Water<br>• Towel</p></h2><h3><div>Short</div><div>heading</div></h3>`,
		"## What to bring\n\n" + strings.TrimSpace(strings.Repeat("Our checklist for the day. ", 20)) +
			"\n\n- Water\n- Towel\n\n### Short heading"},
	{"heading ending in #", `<h3>Why C#</h3>`, "### Why C\\#"},
	{"nested lists", `<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ul>`,
		"- a\n  - b\n    - c\n- d"},
	{"ordered list with start", `<ol start="3"><li>three</li><li>four<ol><li>one</li></ol></li></ol>`,
		"3. three\n4. four\n   1. one"},
	{"lists in a row", `<ul><li>a</li></ul><ul><li>b</li></ul><ul><li>c</li></ul><ol><li>d</li></ol><ol><li>e</li></ol>`,
		"- a\n\n* b\n\n- c\n\n1. d\n\n1) e"},
	{"item with paragraphs", `<ul><li><p>first</p><p>second</p></li><li>next</li></ul>`,
		"- first\n\n  second\n- next"},
	{"items numbered by their own element", `<ol><li><div class=step>2</div><p>Second step.</p></li><li><div class=step>3.</div><p>Third step.</p><p>More.</p></li></ol>` +
		`<ul><li><span>1</span><p>not</p></li><li><span>5</span><p>counting</p></li></ul>`,
		"2. Second step.\n3. Third step.\n\n   More.\n\n- 1\n\n  not\n- 5\n\n  counting"},
	{"items numbered in their text", `<ul><li>1. Who is it for?</li><li>2. <a href="/cost">What does it cost?</a></li><li>3) When?</li></ul>` +
		`<ul><li>1. Alone</li></ul><ul><li>2. Not</li><li>4. counting</li></ul><ol><li>2024. A year</li><li>2025. Another</li></ol>` +
		`<ul><li>1. <img src="/a.png" alt="a"></li><li>2. b</li></ul><ul><li>1.</li><li>2. b</li></ul>`,
		"1. Who is it for?\n2. [What does it cost?](https://example.com/cost)\n3. When?\n\n- 1\\. Alone\n\n* 2\\. Not\n* 4\\. counting\n\n1. 2024\\. A year\n2. 2025\\. Another\n\n1) ![a](https://example.com/a.png)\n2) b\n\n- 1\\.\n- 2\\. b"},
	{"list of sections", `<ul><li><h3>Plan</h3><p>Know your needs.</p></li><li><h3>Build</h3><p>Put it up.</p></li></ul>` +
		`<ul><li><h3>Only one</h3><p>heading.</p></li><li>plain</li></ul>`,
		"### Plan\n\nKnow your needs.\n\n### Build\n\nPut it up.\n\n- ### Only one\n\n  heading.\n- plain"},
	{"data table", `<table><thead><tr><th>Name</th><th>Value</th></tr></thead>` +
		`<tbody><tr><td>a|b</td><td><code>x|y</code></td></tr><tr><td>*c*</td><td>d</td></tr></tbody></table>`,
		"| Name | Value |\n| --- | --- |\n| a\\|b | `x\\|y` |\n| \\*c\\* | d |"},
	{"blocks in a cell on lines of their own", `<table><tr><th>Pros</th><th>Cons</th></tr><tr><td><ul><li>Cheap</li><li>Quiet</li></ul></td>` +
		`<td><p>Heavy</p><p>Slow<br>to start</p></td></tr><tr><td><div>1 x HDMI</div><div>1 x DVI</div></td><td>b</td></tr></table>`,
		"| Pros | Cons |\n| --- | --- |\n| Cheap<br>Quiet | Heavy<br>Slow<br>to start |\n| 1 x HDMI<br>1 x DVI | b |"},
	{"colspan and rowspan", `<table><tr><th>a</th><th>b</th><th>c</th></tr>` +
		`<tr><td colspan="2">wide</td><td rowspan="2">tall</td></tr><tr><td>x</td><td>y</td></tr></table>`,
		"| a | b | c |\n| --- | --- | --- |\n| wide |  | tall |\n| x | y |  |"},
	{"layout table", `<table><tr><td><p>Column one is the article.</p></td></tr><tr><td><p>And more.</p></td></tr></table>`,
		"Column one is the article.\n\nAnd more."},
	{"heading alone in a header cell", `<table><thead><tr><th colspan="2"><h3>Specs</h3></th></tr></thead>` +
		`<tr><td>Price</td><td>$9</td></tr><tr><td>Weight</td><td>4 lbs</td></tr></table>`,
		"| Specs |  |\n| --- | --- |\n| Price | $9 |\n| Weight | 4 lbs |"},
	{"heading beside text in a cell", `<table><tr><td><h3>Side</h3><p>Menu.</p></td><td><h2>Story</h2><p>Text.</p></td></tr>` +
		`<tr><td>a</td><td>b</td></tr></table>`,
		"### Side\n\nMenu.\n\n## Story\n\nText.\n\na\n\nb"},
	{"long cells under a header row", `<table><tr><th>Date</th><th>Reading</th></tr><tr><td>Sep 1</td><td>` +
		strings.Repeat("A long list of readings. ", 60) + `</td></tr><tr><td>Sep 2</td><td>Notes.</td></tr></table>`,
		"| Date | Reading |\n| --- | --- |\n| Sep 1 | " + strings.TrimSpace(strings.Repeat("A long list of readings. ", 60)) +
			" |\n| Sep 2 | Notes. |"},
	{"header row alone", `<table><thead><tr><th>Merchant</th><th>Total</th></tr></thead><tbody></tbody></table>` +
		`<table><tr><td>Left</td><td>Right</td></tr></table>`,
		"| Merchant | Total |\n| --- | --- |\n\nLeft\n\nRight"},
	{"long cell under a header column", `<table><tr><th>Brand</th><td>Acme</td></tr><tr><th>Notes</th><td>` +
		strings.Repeat("Ships in a box. ", 50) + `</td></tr><tr><th>Model</th><td>E19</td></tr></table>`,
		"| Brand | Acme |\n| --- | --- |\n| Notes | " + strings.TrimSpace(strings.Repeat("Ships in a box. ", 50)) +
			" |\n| Model | E19 |"},
	{"long cells without a header row", `<table><tr><td>Menu</td><td>` + strings.Repeat("The page's own text. ", 60) +
		`</td></tr><tr><td>x</td><td>y</td></tr></table>`,
		"Menu\n\n" + strings.TrimSpace(strings.Repeat("The page's own text. ", 60)) + "\n\nx\n\ny"},
	{"code with language", "<pre><code class=\"language-go\">func main() {\n\tx := 1\n\n}\n</code></pre>",
		"```go\nfunc main() {\n\tx := 1\n\n}\n```"},
	{"code language on wrapper", "<div class=\"highlight lang-py\"><pre>print('hi')</pre></div>",
		"```py\nprint('hi')\n```"},
	{"code language of a Sphinx wrapper, a brush and a bare name", `<div class="highlight-python notranslate"><div class="highlight"><pre>print(1)</pre></div></div>` +
		`<pre class="brush: js; notranslate">f()</pre><pre class="rust">fn x() {}</pre><div class="go"><pre>y</pre></div><pre class="lang-auto">z</pre>`,
		"```python\nprint(1)\n```\n\n```js\nf()\n```\n\n```rust\nfn x() {}\n```\n\n```\ny\n```\n\n```\nz\n```"},
	{"code line-number gutters", "<pre><span>1</span>import os\n<span>2</span>\n<span>3</span>x = 1\n</pre>" +
		"<table><tr><td><pre>1\n2\n3</pre></td><td><pre>a = 1\n\nb = 2</pre></td></tr></table>" +
		"<pre>10 PRINT \"HI\"\n20 GOTO 10</pre><pre>1. one\n2. two</pre>",
		"```\nimport os\n\nx = 1\n```\n\n```\na = 1\n\nb = 2\n```\n\n```\n10 PRINT \"HI\"\n20 GOTO 10\n```\n\n```\n1. one\n2. two\n```"},
	{"code lines as elements", `<pre><code><span class="line">import a</span><span class="line">import b</span></code></pre>` +
		"<pre><span class=\"line\">x\n</span><span class=\"line\">y</span>\n  <span class=\"line\">z</span></pre>",
		"```\nimport a\nimport b\n```\n\n```\nx\ny\n  z\n```"},
	{"code holding backticks", "<pre>a ``` b</pre>", "````\na ``` b\n````"},
	{"code with br", "<pre>one<br>two</pre>", "```\none\ntwo\n```"},
	{"blockquotes", `<blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote>`,
		"> a\n>\n> > b"},
	{"emphasis and code", `<p>a <em>b</em> <strong>c</strong> d<code>e</code> <del>f</del></p>`,
		"a *b* **c** d`e` ~~f~~"},
	{"emphasis spaces moved out", `<p>a<em> b </em>c</p>`, "a *b* c"},
	{"emphasis that cannot close", `<p>x<strong>"q"</strong>y</p>`, `x"q"y`},
	{"nested same emphasis", `<p><b>a <strong>b</strong></b></p>`, "**a b**"},
	{"adjacent emphasis joined", `<p><em>a</em><em>b</em></p>`, "*ab*"},
	{"inline code with backtick", "<p><code>a`b</code></p>", "``a`b``"},
	{"links made absolute", `<p><a href="../guide/">guide</a> and <a href="#top" title="Back up">top</a></p>`,
		`[guide](https://example.com/guide/) and [top](https://example.com/docs/page.html#top "Back up")`},
	{"unsafe link is text", `<p><a href="javascript:alert(1)">click</a> <a href="vbscript:x">b</a></p>`, "click b"},
	{"link with brackets and parens", `<p><a href="/w/A_(b)">[1] x</a></p>`,
		`[\[1\] x](https://example.com/w/A_%28b%29)`},
	{"lazy image", `<p><img src="data:image/gif;base64,R0lGOD" data-src="/i.jpg" alt="A [b]"></p>`,
		`![A \[b\]](https://example.com/i.jpg)`},
	{"srcset widest", `<p><img srcset="/s.jpg 480w, /l.jpg 1200w, /m.jpg 800w" alt="x"></p>`,
		`![x](https://example.com/l.jpg)`},
	{"srcset with commas in its URLs", `<p><img src="data:image/gif;base64,R0lGOD" srcset="/i?w=200&fit=crop,1 200w,/i?w=800&fit=crop,1 800w, /j.jpg,/k.jpg 100w" alt="c"></p>`,
		`![c](https://example.com/i?w=800&fit=crop,1)`},
	{"srcset of a data: placeholder", `<p><img srcset="data:image/svg+xml;base64,PHN2ZyB2 100w" alt="d">x</p>`, "x"},
	{"picture source", `<picture><source srcset="/p.webp 2x"><img alt="p"></picture>`,
		`![p](https://example.com/p.webp)`},
	{"noscript image", `<p><img class="lazy" alt="n"><noscript><img src="/real.jpg" alt="n"></noscript></p>`,
		`![n](https://example.com/real.jpg)`},
	{"noscript not doubled", `<p><img data-src="/real.jpg" alt="n"><noscript><img src="/real.jpg" alt="n"></noscript></p>`,
		`![n](https://example.com/real.jpg)`},
	{"figure and caption", `<figure><img src="/f.png" alt="chart"><figcaption>Sales by year</figcaption></figure>`,
		"![chart](https://example.com/f.png)\n\nSales by year"},
	{"image in link", `<p><a href="/big.jpg"><img src="/small.jpg" alt="s"></a></p>`,
		`[![s](https://example.com/small.jpg)](https://example.com/big.jpg)`},
	{"hr", `<p>a</p><hr><p>b</p>`, "a\n\n---\n\nb"},
	{"line break", `<p>a<br>b<br></p>`, "a\\\nb"},
	{"escaping at line start", `<p># not a heading</p><p>1. not a list</p><p>- nor this</p><p>&gt; nor a quote</p><p>2024) x</p>`,
		"\\# not a heading\n\n1\\. not a list\n\n\\- nor this\n\n\\> nor a quote\n\n2024\\) x"},
	{"escaping inline", `<p>a*b* _c_ snake_case [x](y) &lt;b&gt; &amp;amp; \* ~s~ a|b</p>`,
		"a\\*b\\* \\_c\\_ snake_case \\[x\\](y) \\<b> \\&amp; \\\\\\* \\~s\\~ a\\|b"},
	{"inline around blocks", `<a href="/card"><h3>Title</h3><p>Body text.</p></a>`, "### Title\n\nBody text."},
	{"words not glued", `<div>one</div><div>two</div><span>three</span><p>four<span>five</span></p>`,
		"one\n\ntwo\n\nthree\n\nfourfive"},
	{"lists typed as text", `<p>Bring:<br>• Water<br><br>•<b>Towel</b> (dry)<br>And more.</p><p>▪ one per paragraph</p><p>▪ <em>two</em></p>` +
		`<p>— Dialogue,<br>— and a reply.</p><p>• Alone, a sentence.</p><p><em>• a<br>• b</em></p>` +
		`<p>• Versions with a data logger,<br>and relay outputs<br>• Tariff input</p>`,
		"Bring:\n\n- Water\n- **Towel** (dry)\n\nAnd more.\n\n- one per paragraph\n- *two*\n\n— Dialogue,\\\n— and a reply.\n\n• Alone, a sentence.\n\n*• a\\\n• b*\n\n- Versions with a data logger,\\\n  and relay outputs\n- Tariff input"},
	{"definition list", `<dl><dt>Term</dt><dd>Meaning.</dd></dl>`, "**Term**\n\nMeaning."},
	{"control characters", "<p>a\x01b\x7fc</p>", "abc"},
	// Soft hyphens stay, as in the text (the page's hyphenation points); byte-order marks
	// and word joiners go.
	{"invisible characters", "<p>Mit\u00adtel\u00adal\u00adter \u00ad \ufeffx\u2060y <code>a\u00adb</code></p>", "Mit\u00adtel\u00adal\u00adter \u00ad xy `a\u00adb`"},
}

func TestMarkdown(t *testing.T) {
	for _, c := range markdownCases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := renderSnippet(t, "<body>"+c.in+"</body>", &Options{URL: testBase})
			if got != c.want {
				t.Errorf("markdown of %s\n got: %q\nwant: %q", c.in, got, c.want)
			}
		})
	}
}

func TestMarkdownOptions(t *testing.T) {
	in := `<body><p>See <a href="/x">the guide</a>.</p><p><img src="/i.png" alt="i"></p>` +
		`<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>` +
		`<table><tr><td><p>Layout cell.</p></td></tr></table></body>`
	cases := []struct {
		o    Options
		want string
	}{
		{Options{URL: testBase}, "See [the guide](https://example.com/x).\n\n![i](https://example.com/i.png)\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nLayout cell."},
		{Options{URL: testBase, NoLinks: true}, "See the guide.\n\n![i](https://example.com/i.png)\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nLayout cell."},
		{Options{URL: testBase, NoImages: true}, "See [the guide](https://example.com/x).\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nLayout cell."},
		{Options{URL: testBase, NoTables: true}, "See [the guide](https://example.com/x).\n\n![i](https://example.com/i.png)\n\nLayout cell."},
	}
	for _, c := range cases {
		got, _ := renderSnippet(t, in, &c.o)
		if got != c.want {
			t.Errorf("options %+v\n got: %q\nwant: %q", c.o, got, c.want)
		}
	}
}

// TestFormatsSameText checks on every golden page that the options which add markup
// (links, images) never change the text, and that the Markdown holds the text's words.
func TestFormatsSameText(t *testing.T) {
	pages := goldenPages(t)
	for _, p := range pages {
		raw := readPage(t, p)
		plain, err := Extract(bytes.NewReader(raw), &Options{URL: testBase})
		if err != nil {
			continue
		}
		for _, o := range []Options{
			{URL: testBase, Markdown: true, HTML: true},
			{URL: testBase, Markdown: true, HTML: true, NoLinks: true, NoImages: true},
			{URL: testBase, Markdown: true, DataImages: true, Iframes: true},
		} {
			a, err := Extract(bytes.NewReader(raw), &o)
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if a.Text != plain.Text {
				t.Errorf("%s: options %+v changed the text", p, o)
			}
			if a.Markdown == "" || o.HTML && a.HTML == "" {
				t.Errorf("%s: empty Markdown or HTML", p)
			}
		}
	}
}

// TestHostileFormats feeds the renderers pages built to blow up their output or time:
// the output must stay in proportion to the input, and come back quickly.
func TestHostileFormats(t *testing.T) {
	var big strings.Builder
	big.WriteString("<table>")
	for r := range 100 {
		big.WriteString("<tr>")
		for c := range 100 {
			fmt.Fprintf(&big, "<td>%d.%d</td>", r, c)
		}
		big.WriteString("</tr>")
	}
	big.WriteString("</table>")
	cases := map[string]string{
		"10,000 cells":    big.String(),
		"colspan":         `<table><tr><td colspan="100000" rowspan="100000">x</td><td>y</td></tr><tr><td>z</td><td colspan="99999999999">w</td></tr></table>`,
		"nested lists":    strings.Repeat("<ul><li>item ", 500) + strings.Repeat("</li></ul>", 500),
		"nested quotes":   strings.Repeat("<blockquote>q ", 500) + strings.Repeat("</blockquote>", 500),
		"megabyte pre":    "<pre>" + strings.Repeat("line of code with `ticks` and | pipes\n", 30000) + "</pre>",
		"controls":        "<p>" + strings.Repeat("Words of a sentence, with a\x00b and c\x01d and \x1b[31m red. ", 2000) + "</p>",
		"nested emphasis": strings.Repeat("<em><strong>", 300) + "x" + strings.Repeat("</strong></em>", 300),
		"many links":      strings.Repeat(`<a href="/x">l</a> `, 20000),
		"nested headings": strings.Repeat("<h2>title <div>", 500) + strings.Repeat("Text of a paragraph. ", 200) +
			strings.Repeat("</div></h2>", 500),
		"nested tables": strings.Repeat("<table><tr><th>h</th><th>i</th></tr><tr><td>c", 500) + strings.Repeat("</td></tr></table>", 500),
		"headed long cells": "<table><tr><th>a</th><th>b</th></tr>" +
			strings.Repeat("<tr><td><h3>t</h3></td><td>"+strings.Repeat("long cell text ", 60)+"</td></tr>", 300) + "</table>",
		"headings in cells": "<table>" + strings.Repeat("<tr><td>"+strings.Repeat("<div>", 200)+"<h2>x</h2>y"+
			strings.Repeat("</div>", 200)+"</td><td>z</td></tr>", 200) + "</table>",
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			page := "<html><body><article><p>" + strings.Repeat("Some prose for the scorer, with commas, and full stops. ", 4) +
				"</p>" + body + "</article></body></html>"
			start := time.Now()
			a, err := Extract(strings.NewReader(page), &Options{Markdown: true, HTML: true, URL: testBase})
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			limit := 8*len(page) + 4096
			if len(a.Markdown) > limit || len(a.HTML) > limit {
				t.Errorf("output out of proportion: markdown %d, html %d bytes for %d of input", len(a.Markdown), len(a.HTML), len(page))
			}
			if strings.ContainsAny(a.Markdown+a.HTML, "\x00\x01\x1b") {
				t.Errorf("control characters in the output")
			}
		})
	}
}

// BenchmarkRender compares the cost of the formats on one page, its tree measured,
// scored and pruned once: text alone, and the model written as Markdown and as HTML.
func BenchmarkRender(b *testing.B) {
	raw := readPage(b, "testdata/pages/en-docs.html")
	doc, err := parseHTML(raw)
	if err != nil {
		b.Fatal(err)
	}
	o := &Options{URL: testBase}
	t, err := buildTree(doc, 0)
	if err != nil {
		b.Fatal(err)
	}
	roots := t.selectMain(t.score())
	t.prune(roots)
	for _, f := range []struct {
		name string
		run  func()
	}{
		{"text", func() { t.renderText(roots) }},
		{"markdown", func() { renderMarkdown(t.buildModel(roots, o, baseURL(o.URL, ""))) }},
		{"html", func() { renderHTML(t.buildModel(roots, o, baseURL(o.URL, ""))) }},
	} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				f.run()
			}
		})
	}
}

func goldenPages(t testing.TB) []string {
	t.Helper()
	pages, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages under testdata/pages: %v", err)
	}
	return pages
}

func readPage(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestNoTablesInEveryFormat checks that NoTables takes a data table out of the text as
// well as out of the Markdown and HTML, and keeps a layout table's text everywhere.
func TestNoTablesInEveryFormat(t *testing.T) {
	page := "<html><body><article><p>" + strings.Repeat("Prose long enough to be the article, with commas. ", 4) + "</p>" +
		`<table><tr><th>Datum</th><th>Value</th></tr><tr><td>alpha</td><td>1</td></tr></table>` +
		`<table><tr><td><p>Layout cell with its own prose, kept in every format.</p></td></tr></table></article></body></html>`
	a, err := Extract(strings.NewReader(page), &Options{NoTables: true, Markdown: true, HTML: true})
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]string{"text": a.Text, "markdown": a.Markdown, "html": a.HTML} {
		if strings.Contains(s, "alpha") || strings.Contains(s, "Datum") {
			t.Errorf("%s keeps the data table: %s", name, s)
		}
		if !strings.Contains(s, "Layout cell") {
			t.Errorf("%s lost the layout table's text: %s", name, s)
		}
	}
}
