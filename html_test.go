package winnow

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// xssVectors are known ways of getting script into a page through markup that a
// sanitiser lets through: script elements, event handlers, script URLs spelt in many
// ways, data: and vbscript: URLs, embedded documents, styles, mutation XSS that relies on
// how <noscript>, <math> and <svg> are re-parsed, and attribute values that try to break
// out of their quotes.
var xssVectors = []string{
	`<script>alert(1)</script>`,
	`<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
	`<img src=x onerror=alert(1)>`,
	`<img src="x" onerror="alert(1)" alt="a">`,
	`<img src=x:alert(alt) onerror=eval(src) alt=0>`,
	`<a href="javascript:alert(1)">a</a>`,
	`<a href="JaVaScRiPt:alert(1)">b</a>`,
	`<a href="  javascript:alert(1)">c</a>`,
	`<a href="java&#x09;script:alert(1)">d</a>`,
	`<a href="java&#10;script:alert(1)">e</a>`,
	`<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">f</a>`,
	`<a href="&#x6A;avascript&colon;alert(1)">g</a>`,
	`<a href="javas` + "\x00" + `cript:alert(1)">h</a>`,
	`<a href="vbscript:msgbox(1)">i</a>`,
	`<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">j</a>`,
	`<a href="https://ok.example/" onclick="alert(1)" title='"><script>alert(1)</script>'>k</a>`,
	`<a href="https://ok.example/?q=&quot;><script>alert(1)</script>">l</a>`,
	`<img src="javascript:alert(1)" alt="m">`,
	`<img srcset="javascript:alert(1) 1x" alt="n">`,
	`<img data-src="javascript:alert(1)" alt="o">`,
	`<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="p">`,
	`<img src="x" alt="&quot; onerror=&quot;alert(1)">`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
	`<svg onload=alert(1)><script>alert(1)</script></svg>`,
	`<svg><a xlink:href="javascript:alert(1)"><text>q</text></a></svg>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
	`<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">`,
	`<form action="javascript:alert(1)"><input type=submit formaction="javascript:alert(1)"></form>`,
	`<div style="background:url(javascript:alert(1))">r</div><p style="x:expression(alert(1))">s</p>`,
	`<style>*{background:url("javascript:alert(1)")}</style>`,
	`<p onclick="alert(1)" onmouseover="alert(1)">t</p>`,
	`<body onload=alert(1)>u`,
	`<table background="javascript:alert(1)"><tr><td background="javascript:alert(1)">v</td><td>w</td></tr><tr><td>x</td><td>y</td></tr></table>`,
	`<pre><code class="language-x&quot; onmouseover=&quot;alert(1)">z</code></pre>`,
	`<pre class="language-<script>">zz</pre>`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><link rel=import href="//evil.example">`,
	`<base href="javascript:alert(1)//"><a href="/x">base</a>`,
	`<details open ontoggle=alert(1)><summary>sum</summary>det</details>`,
	`<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>`,
	`<x onclick=alert(1)>custom</x>`,
	`<a href="https://ok.example/" target="_blank" rel="opener">tab</a>`,
	`<blockquote cite="javascript:alert(1)">quote</blockquote>`,
	`<img src="https://ok.example/a.png" width="1 onerror=alert(1)" height="10">`,
}

// allowedHTML is the whole of what the clean HTML may hold: element to attributes.
var allowedHTML = map[string]map[string]bool{
	"p": {}, "h1": {}, "h2": {}, "h3": {}, "h4": {}, "h5": {}, "h6": {}, "ul": {}, "ol": {},
	"li": {"value": true}, "blockquote": {}, "pre": {}, "code": {"class": true}, "hr": {},
	"figure": {}, "figcaption": {}, "dl": {}, "dt": {}, "dd": {}, "table": {}, "caption": {},
	"thead": {}, "tbody": {}, "tr": {}, "th": {"colspan": true, "rowspan": true},
	"td": {"colspan": true, "rowspan": true}, "a": {"href": true, "title": true},
	"img": {"src": true, "alt": true, "title": true, "width": true, "height": true},
	"em":  {}, "strong": {}, "del": {}, "sup": {}, "sub": {}, "br": {},
	"html": {}, "head": {}, "body": {}, // added by the parser of this check
}

// checkCleanHTML parses s and fails t for any element or attribute outside the allowlist,
// any URL that is not http, https or mailto, and any class but a code language.
func checkCleanHTML(t *testing.T, s string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attrs, ok := allowedHTML[n.Data]
			if !ok || n.Namespace != "" {
				t.Errorf("element <%s> in clean HTML: %.200s", n.Data, s)
			}
			for _, a := range n.Attr {
				switch {
				case !attrs[a.Key] || a.Namespace != "":
					t.Errorf("attribute %s on <%s> in clean HTML", a.Key, n.Data)
				case a.Key == "href" || a.Key == "src":
					low := strings.ToLower(a.Val)
					if !strings.HasPrefix(low, "https://") && !strings.HasPrefix(low, "http://") && !strings.HasPrefix(low, "mailto:") {
						t.Errorf("URL %q in clean HTML", a.Val)
					}
				case a.Key == "class" && !strings.HasPrefix(a.Val, "language-"):
					t.Errorf("class %q in clean HTML", a.Val)
				case a.Key == "class" && strings.ContainsAny(a.Val, " \"'<>="):
					t.Errorf("class %q in clean HTML", a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	low := strings.ToLower(s)
	for _, bad := range []string{"<script", "<iframe", "<style", "<svg", "<math", "<object", "<embed"} {
		if strings.Contains(low, bad) {
			t.Errorf("clean HTML holds %q: %.300s", bad, s)
		}
	}
}

func TestHTMLXSSVectors(t *testing.T) {
	for _, v := range xssVectors {
		page := "<body><p>Before the vector.</p>" + v + "<p>After the vector.</p></body>"
		_, got := renderSnippet(t, page, &Options{URL: testBase})
		t.Run(v, func(t *testing.T) {
			checkCleanHTML(t, got)
			// None of the vectors has these words in its text or its alt text.
			for _, bad := range []string{"javascript:", "vbscript:", "data:"} {
				if strings.Contains(strings.ToLower(got), bad) {
					t.Errorf("%q survived: %s", bad, got)
				}
			}
			if !strings.Contains(got, "Before the vector.") {
				t.Errorf("text before the vector lost: %s", got)
			}
		})
	}
	// All of them in one page, through the whole pipeline, with every option on that
	// widens what the HTML may hold except Iframes (which adds an element on purpose).
	page := "<html><head><base href=\"javascript:alert(1)//\"></head><body><article><p>" +
		strings.Repeat("A paragraph of prose, long enough to be the article. ", 5) + "</p>" +
		strings.Join(xssVectors, "\n") + "</article></body></html>"
	a, err := Extract(strings.NewReader(page), &Options{HTML: true, Markdown: true, DataImages: true})
	if err != nil {
		t.Fatal(err)
	}
	checkCleanHTML(t, a.HTML)
	if strings.Contains(strings.ToLower(a.Markdown), "javascript:") {
		t.Errorf("a javascript: URL in the Markdown")
	}
}

func TestHTMLIframes(t *testing.T) {
	in := `<body><p>Watch:</p><iframe src="https://video.example/embed/1"></iframe>` +
		`<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<b>x</b>"></iframe></body>`
	_, off := renderSnippet(t, in, &Options{URL: testBase})
	if strings.Contains(off, "<iframe") {
		t.Errorf("iframe kept without Options.Iframes: %s", off)
	}
	_, on := renderSnippet(t, in, &Options{URL: testBase, Iframes: true})
	want := `<iframe src="https://video.example/embed/1" sandbox="` + iframeSandbox + `" loading="lazy" allowfullscreen></iframe>`
	if !strings.Contains(on, want) || strings.Count(on, "<iframe") != 1 {
		t.Errorf("iframes with Options.Iframes:\n got: %s\nwant one: %s", on, want)
	}
}

func TestHTMLDataImages(t *testing.T) {
	in := `<body><p><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot"></p></body>`
	_, off := renderSnippet(t, in, &Options{})
	if strings.Contains(off, "data:") {
		t.Errorf("data: image kept by default: %s", off)
	}
	_, on := renderSnippet(t, in, &Options{DataImages: true})
	if want := `<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">`; !strings.Contains(on, want) {
		t.Errorf("with DataImages\n got: %s\nwant: %s", on, want)
	}
}

var htmlCases = []struct{ name, in, want string }{
	{"structure", `<div class="x"><h2 id="a" style="color:red">Head</h2><section><p>Para <b>bold</b> <i>it</i></p></section></div>`,
		"<h2>Head</h2>\n<p>Para <strong>bold</strong> <em>it</em></p>"},
	{"lists", `<ol start="5"><li>a<ul><li>b</li></ul></li><li><p>c</p><p>d</p></li></ol>`,
		"<ol>\n<li value=\"5\">a<ul>\n<li>b</li>\n</ul>\n</li>\n<li><p>c</p>\n<p>d</p>\n</li>\n</ol>"},
	{"table", `<table class="t"><caption>Cap</caption><tr><th>a</th><th>b</th></tr><tr><td colspan="2" onclick="x">c</td></tr></table>`,
		"<table>\n<caption>Cap</caption>\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n<tbody>\n<tr><td colspan=\"2\">c</td></tr>\n</tbody>\n</table>"},
	{"code", "<pre class=\"language-go\"><span>x := &quot;&lt;b&gt;&quot;</span>\n</pre>",
		"<pre><code class=\"language-go\">x := &#34;&lt;b&gt;&#34;</code></pre>"},
	{"links and images", `<p><a href="/a" title="T">A</a> <img data-src="b.png" src="data:image/gif;base64,R0l" alt="B" width="20" height="x"></p>`,
		`<p><a href="https://example.com/a" title="T">A</a> <img src="https://example.com/docs/b.png" alt="B" width="20"></p>`},
	{"figure", `<figure><img src="/f.jpg" alt="f"><figcaption>Cap <a href="https://o.example/">src</a></figcaption></figure>`,
		"<figure>\n<img src=\"https://example.com/f.jpg\" alt=\"f\"><figcaption>Cap <a href=\"https://o.example/\">src</a></figcaption>\n</figure>"},
	{"quote and rule", `<blockquote><p>q</p></blockquote><hr><p>r<br>s</p>`,
		"<blockquote>\n<p>q</p>\n</blockquote>\n<hr>\n<p>r<br>s</p>"},
	{"escaping", `<p>a &lt;b&gt; &amp; "c" 'd'</p>`, "<p>a &lt;b&gt; &amp; &#34;c&#34; &#39;d&#39;</p>"},
}

func TestHTML(t *testing.T) {
	for _, c := range htmlCases {
		t.Run(c.name, func(t *testing.T) {
			_, got := renderSnippet(t, "<body>"+c.in+"</body>", &Options{URL: testBase})
			if got != c.want {
				t.Errorf("html of %s\n got: %q\nwant: %q", c.in, got, c.want)
			}
			checkCleanHTML(t, got)
		})
	}
}

// TestHTMLPagesClean checks the clean HTML of every golden page against the allowlist.
func TestHTMLPagesClean(t *testing.T) {
	for _, p := range goldenPages(t) {
		a, err := Extract(bytes.NewReader(readPage(t, p)), &Options{URL: testBase, HTML: true})
		if err != nil {
			continue
		}
		t.Run(p, func(t *testing.T) { checkCleanHTML(t, a.HTML) })
	}
}

// TestHTMLBaseHref checks that relative URLs resolve against <base href>, itself made
// absolute against Options.URL, and that a javascript: base cannot turn links into script.
func TestHTMLBaseHref(t *testing.T) {
	body := "<body><article><p>" + strings.Repeat("Prose long enough to be the article, with commas. ", 4) +
		`<a href="next.html">next</a> <img src="i/pic.jpg" alt="p"></p></article></body></html>`
	cases := []struct{ head, url, link, img string }{
		{`<base href="/static/">`, "https://example.com/a/b.html", "https://example.com/static/next.html", "https://example.com/static/i/pic.jpg"},
		{"", "https://example.com/a/b.html", "https://example.com/a/next.html", "https://example.com/a/i/pic.jpg"},
		{`<base href="https://cdn.example/x/">`, "", "https://cdn.example/x/next.html", "https://cdn.example/x/i/pic.jpg"},
		{`<base href="javascript:alert(1)//">`, "", "", ""},
	}
	for _, c := range cases {
		a, err := Extract(strings.NewReader("<html><head>"+c.head+"</head>"+body), &Options{URL: c.url, HTML: true, Markdown: true})
		if err != nil {
			t.Fatal(err)
		}
		if c.link == "" {
			if strings.Contains(a.HTML, "href") || strings.Contains(a.HTML, "javascript") {
				t.Errorf("base %s: %s", c.head, a.HTML)
			}
			continue
		}
		if !strings.Contains(a.HTML, `href="`+c.link+`"`) || !strings.Contains(a.HTML, `src="`+c.img+`"`) {
			t.Errorf("base %q, URL %q: want %s and %s in\n%s", c.head, c.url, c.link, c.img, a.HTML)
		}
		if !strings.Contains(a.Markdown, "("+c.link+")") {
			t.Errorf("base %q: want %s in the Markdown:\n%s", c.head, c.link, a.Markdown)
		}
	}
}

// FuzzFormats renders arbitrary fragments: the renderers must not panic, and the clean
// HTML must hold nothing outside the allowlist whatever the input.
func FuzzFormats(f *testing.F) {
	for _, c := range markdownCases {
		f.Add(c.in)
	}
	for _, v := range xssVectors {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, h := renderSnippet(t, "<body>"+s+"</body>", &Options{URL: testBase})
		checkCleanHTML(t, h)
	})
}
