package winnow

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fastVerdict parses src with both builders: "same" when the fast one built the tree
// x/net/html builds, "fallback" when it gave the page up, and a description of the first
// difference otherwise.
func fastVerdict(t testing.TB, src []byte) string {
	t.Helper()
	unexpected := ""
	old := fastUnexpected
	fastUnexpected = func(r any) { unexpected = fmt.Sprint(r) }
	defer func() { fastUnexpected = old }()
	fast, ok := fastParse(context.Background(), src, 0)
	if unexpected != "" {
		return "PANIC: " + unexpected
	}
	want, err := html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
	if !ok {
		if d := measuredVerdict(src, nil, false); d != "" {
			return d
		}
		return "fallback"
	}
	if err != nil {
		return "fast parse succeeded where x/net/html failed: " + err.Error()
	}
	if d := treeDiff(want, fast, "doc"); d != "" {
		return d
	}
	if d := measuredVerdict(src, want, ok); d != "" {
		return d
	}
	return "same"
}

// measuredVerdict holds fastParseMeasured to fastParse and measureShape: the tree want
// (when fastParse built it, as fastOK says) and the same measure, or a fallback that
// the caller can take; it describes the first difference, or returns "".
func measuredVerdict(src []byte, want *html.Node, fastOK bool) string {
	doc, facts, res := fastParseMeasured(context.Background(), src, -1)
	wantFacts, err := measureShape(context.Background(), src)
	if err != nil {
		return "measure: " + err.Error()
	}
	switch res {
	case measuredBuilt:
		if !fastOK {
			return "measured build succeeded where fastParse gave up"
		}
		if facts != wantFacts {
			return fmt.Sprintf("measured %+v in the build, %+v apart", facts, wantFacts)
		}
		if d := treeDiff(want, doc, "doc"); d != "" {
			return "measured build: " + d
		}
	case measuredAbandoned:
		if fastOK {
			return "measured build gave up where fastParse did not"
		}
	}
	return ""
}

// treeDiff compares two trees node by node (type, name, atom, namespace, attributes with
// their namespaces, children) and describes the first difference, or returns "".
func treeDiff(a, b *html.Node, path string) string {
	if a.Type != b.Type || a.Data != b.Data || a.DataAtom != b.DataAtom || a.Namespace != b.Namespace {
		return fmt.Sprintf("%s: want %d %q %v %q, got %d %q %v %q", path, a.Type, a.Data, a.DataAtom, a.Namespace,
			b.Type, b.Data, b.DataAtom, b.Namespace)
	}
	if len(a.Attr) != len(b.Attr) {
		return fmt.Sprintf("%s: want attributes %v, got %v", path, a.Attr, b.Attr)
	}
	for i := range a.Attr {
		if a.Attr[i] != b.Attr[i] {
			return fmt.Sprintf("%s: want attributes %v, got %v", path, a.Attr, b.Attr)
		}
	}
	ca, cb := a.FirstChild, b.FirstChild
	for i := 0; ca != nil || cb != nil; i++ {
		p := fmt.Sprintf("%s/%d", path, i)
		if ca == nil || cb == nil {
			return fmt.Sprintf("%s: want child %v, got %v", p, ca != nil, cb != nil)
		}
		if cb.Parent != b || (i > 0 && cb.PrevSibling == nil) {
			return p + ": broken links"
		}
		if d := treeDiff(ca, cb, p+"("+ca.Data+")"); d != "" {
			return d
		}
		ca, cb = ca.NextSibling, cb.NextSibling
	}
	return ""
}

// fastSnippets are pages the fast builder must build exactly, or give up.
var fastSnippets = []string{
	"",
	"hello",
	"<!DOCTYPE html><html><head><title>T &amp; U</title></head><body><p>a<p>b</body></html>",
	"<!doctype html>\r\n<html lang=en>\r\n<body>\r\n<p>one\r\ntwo</p>\r\n</body>\r\n</html>\r\n",
	"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><p><table><tr><td>x</table>",
	"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p>a<table><tr><td>x</table>",
	"<html><head><meta charset=utf-8><link rel=stylesheet href=a.css><script>if (a<b) {}</script><style>p{}</style></head><body></body></html>",
	"<head><noscript><link rel=x><style>a{}</style></noscript><noscript><p>no</p></noscript></head><body>x</body>",
	"<body><noscript><img src=a.png><p>para</p></noscript></body>",
	"<p>a<b>bold<i>both</b>i</i></p>",
	"<p><b>a</p><p>b</b></p>c",
	"<div><b>x</div>y</b>",
	"<b>1<p>2</b>3</p>",
	"<a href=x><div><p>block in link</a>after</p></div>",
	"<b><i><u><s><em><p>deep</b>x",
	"<b>1<div>2<i>3<div>4</b>5</i>6",
	"<table><tr><td><b><div>x</b>y</td></tr></table>",
	"<b><table><tr><td>x</b></td></tr></table>",
	"<font><font><font><font><p>x</font>y",
	"<a href=1>x<a href=2>y</a>",
	"<p><a>x</p><a>y",
	"<a><div><a>x",
	"<a><span><b><a>x</a></b></span>",
	"<a>1<table><tr><td><a>2</table><a>3",
	"<b><b><b><b>four</b></b></b></b>",
	"<ul><li>a<li>b<ul><li>c</ul></ul><dl><dt>t<dd>d<dt>t2</dl>",
	"<select><option>a<option>b<optgroup><option>c</select>",
	"<p>a<div>b</div>c</p>",
	"<h1>a<h2>b</h1>c",
	"<pre>\nline</pre><textarea>\nx &amp; y</textarea><listing>\nz</listing>",
	"<table><tr><td>a<td>b<tr><th>c</table>",
	"<table>\n <thead><tr><th>h</th></tr></thead>\n <tbody><tr><td>1</td></tr></tbody>\n</table>",
	"<table><caption>cap</caption><colgroup><col><col></colgroup><tr><td>x</table>",
	"<table>text<tr><td>x</table>",
	"<table><div>x</div></table>",
	"<table><form><tr><td><input type=hidden name=a></td></tr></form></table>",
	"<table><tr><td><table><tr><td>inner</table></td></tr></table>",
	"<svg viewBox=\"0 0 10 10\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><use xlink:href=\"#a\"/><linearGradient id=g><stop offset=0 /></lineargradient><path d=M0/></svg>after",
	"<svg><title>t</title><desc>d</desc><foreignObject><p>x</p></foreignObject></svg>",
	"<svg><p>break</p></svg>",
	"<svg><font color=red>x</font></svg>",
	"<math><mi>x</mi></math>",
	"<p>x<svg><g><circle r=1></g></svg>y</p>",
	"<!-- c1 --><html><!-- c2 --><head><!-- c3 --></head><body><!-- a &amp; b --></body><!-- c4 --></html><!-- c5 -->",
	"<!----><!--->x<!-->y<!-- a --!>z<!-- a --->",
	"<?xml version=\"1.0\"?><html><body>x</body></html>",
	"<!foo>x</3>y</>z",
	"<p>&amp; &lt; &copy &copyright; &#65; &#x41; &notin; &notit; &AMP</p>",
	"<a href=\"?a=1&b=2&amp;c=3&copy=4\" title='&quot;q&quot;' data-x=&lt;y>link</a>",
	"<a href=\"?a=1&amp;b=2\" title='x&#39;y' class=\"A B\" CLASS=dup ID=Up>k</a>",
	"<div id=a id=b ID=c>dups</div>",
	"<br/><hr/><img src=a/><div/>x<p a=/>y",
	"<body a=1><body b=2 a=3>x<html c=4>",
	"</br></p>x",
	"<plaintext>a<b>c",
	"<xmp><b>x</b></xmp><iframe><p>x</p></iframe><noembed>e</noembed><noframes>f</noframes>",
	"<script><!--<script>x</script>--></script>y",
	"<title>a<b>c</title></TITLE>",
	"<form><form><input></form></form>",
	"<button><button>x</button>",
	"<object><b>x</object>y",
	"<ruby>a<rb>b<rt>c<rp>d</ruby>",
	"<frameset><frame></frameset>",
	"<template><p>x</template>",
	"<head><template id=t><style>a{}</style><div>x</div></template></head><body><template><tr><td>c</template><template><td>d</template><template><col></template>y",
	"<body><template><form><input></form></template><form>x</form><template><template>nested</template></template><svg><template><title><li><body class=b>z",
	"<table><template><tr><td>x</td></tr></template></table>",
	"<template>open to the end<b>x",
	"<p>a</span>b</foo>c</div>",
	"<custom-el><My-Tag>x</my-tag></custom-el>",
	"text<div",
	"text<div class=\"a",
	"</",
	"<image src=x>",
	"<nobr>a<nobr>b",
	"<font face=x><p>y</font>",
	"<a><div>x</div></a>",
	"<table><tr><td><b>x</td></tr></table>y",
	"<p>\x00</p>",
	"<head></head>x<head>y<meta name=a>",
	"<html><head></head><body></body></html>  <!-- end -->  ",
	"<body></body>after",
	"</html>x",
	"<p><![CDATA[x]]></p><svg><![CDATA[y]]></svg>",
	"<input><input type=HIDDEN><keygen><wbr><embed><param><source><track><area>",
	"<marquee><b>x</marquee>",
	"<dl><dd>a<div>b<dd>c</dl>",
	"<li>a<div><li>b</div>",
	"<table><td>x</td></table>",
	"<table><col><tr><td>x</table>",
	"<table><tbody><tr><td>a</tbody><tfoot><tr><td>f</table>",
	"<caption>x</caption><td>y</td>",
}

func TestFastParseSnippets(t *testing.T) {
	counts := map[string]int{}
	for _, s := range fastSnippets {
		v := fastVerdict(t, []byte(s))
		if v != "same" && v != "fallback" {
			t.Errorf("%q: %s", s, v)
			continue
		}
		counts[v]++
	}
	// Most snippets are well-formed enough for the fast path: it must not give up on all.
	if counts["same"] < len(fastSnippets)/2 {
		t.Errorf("only %d of %d snippets took the fast path", counts["same"], len(fastSnippets))
	}
}

func TestFastParsePages(t *testing.T) {
	paths, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(paths) == 0 {
		t.Fatal("no pages", err)
	}
	same := 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		switch v := fastVerdict(t, src); v {
		case "same":
			same++
		case "fallback":
		default:
			t.Errorf("%s: %s", path, v)
		}
	}
	t.Logf("%d of %d pages took the fast path", same, len(paths))
	if same < len(paths)/2 {
		t.Errorf("only %d of %d pages took the fast path", same, len(paths))
	}
}

// TestFastParseEval compares the two builders over the evaluation pages when
// WINNOW_EVAL_DIR names them (read at run time, never copied).
func TestFastParseEval(t *testing.T) {
	dir := os.Getenv("WINNOW_EVAL_DIR")
	if dir == "" {
		t.Skip("WINNOW_EVAL_DIR is not set")
	}
	counts := map[string]int{}
	reasons := map[string]int{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".html") || strings.HasSuffix(path, ".html.gz")) {
			return err
		}
		raw, err := readMaybeGzip(path)
		if err != nil {
			return err
		}
		src, err := decode(raw, "")
		if err != nil {
			counts["undecodable"]++
			return nil
		}
		switch v := fastVerdict(t, src); v {
		case "same", "fallback":
			counts[v]++
			if v == "fallback" {
				reasons[fastWhy(src)]++
			}
		default:
			counts["DIFFERENT"]++
			t.Errorf("%s: %s", path, v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pages: %v", counts)
	t.Logf("fallbacks by reason: %v", reasons)
}

// fastWhy returns why the fast builder gives src up.
func fastWhy(src []byte) (why string) {
	if bytes.IndexByte(src, 0) >= 0 {
		return "NUL byte"
	}
	p := &fastParser{src: src, s: string(src), cr: bytes.IndexByte(src, '\r') >= 0}
	defer func() {
		if r := recover(); r != nil {
			why = fmt.Sprint(r)
		}
	}()
	p.doc = p.newNode()
	p.doc.Type = html.DocumentNode
	p.run(context.Background())
	return "none"
}

func readMaybeGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		defer z.Close()
		r = z
	}
	return io.ReadAll(r)
}

// TestSpecialTags holds specialTags to x/net/html's "special" category, seen in how an
// <li> closes an open <li>: it looks down the open elements past any element that is not
// special (and past address, div and p).
func TestSpecialTags(t *testing.T) {
	for i := 0; i < atomSlots*256; i++ {
		a := atom.Atom(i)
		name := a.String()
		if name == "" || atom.Lookup([]byte(name)) != a || voidTags[a] || rawTextElem(a) {
			continue
		}
		switch a {
		case atom.Address, atom.Div, atom.P, atom.Li, atom.Html, atom.Head, atom.Body, atom.Frameset,
			atom.Frame, atom.Template, atom.Math, atom.Svg, atom.Image, atom.Table, atom.Caption,
			atom.Colgroup, atom.Col, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th,
			atom.Select, atom.Option, atom.Optgroup, atom.Form, atom.Dd, atom.Dt, atom.Rb, atom.Rp,
			atom.Rt, atom.Rtc, atom.Menuitem:
			continue
		}
		doc, err := html.Parse(strings.NewReader("<ul><li><" + name + "><li>x"))
		if err != nil {
			t.Fatal(err)
		}
		var el *html.Node
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == name {
				el = n
			}
		}
		if el == nil {
			continue
		}
		nested := false
		for n := range el.Descendants() {
			nested = nested || n.DataAtom == atom.Li
		}
		if want := nested; want != specialTags[name] {
			t.Errorf("%s: special %v, x/net/html treats it as %v", name, specialTags[name], want)
		}
	}
}

// FuzzFastParse holds the fast builder to x/net/html: the same tree, or a fallback.
func FuzzFastParse(f *testing.F) {
	for _, s := range fastSnippets {
		f.Add([]byte(s))
	}
	paths, _ := filepath.Glob("testdata/pages/*.html")
	for _, path := range paths {
		if b, err := os.ReadFile(path); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if v := fastVerdict(t, src); v != "same" && v != "fallback" {
			t.Fatalf("%q: %s", src, v)
		}
	})
}

// fastSoupTags are the pieces TestFastParseRandom builds pages from: common tags, the
// ones with special rules (implied ends, tables, raw text, SVG), and odd spellings.
var fastSoupTags = []string{
	"<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<i>", "</i>", "<a href=x>",
	"</a>", "<em>", "</em>", "<strong>", "</strong>", "<font color=red>", "</font>", "<nobr>", "</nobr>",
	"<ul>", "</ul>", "<ol>", "<li>", "</li>", "<dl>", "<dt>", "<dd>", "</dl>", "<h1>", "</h1>", "<h2>",
	"</h2>", "<br>", "<br/>", "</br>", "<img src=a>", "<hr>", "<input type=hidden>", "<input>",
	"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<tbody>", "</tbody>", "<thead>",
	"<caption>", "</caption>", "<colgroup>", "<col>", "<form>", "</form>", "<select>", "</select>",
	"<option>", "<optgroup>", "<button>", "</button>", "<pre>\n", "</pre>", "<textarea>\nt&amp;</textarea>",
	"<title>t</title>", "<script>a<b</script>", "<style>p{}</style>", "<noscript>", "</noscript>",
	"<iframe>x</iframe>", "<head>", "</head>", "<body class=b>", "</body>", "<html lang=x>", "</html>",
	"<meta name=a>", "<link rel=b>", "<svg viewBox='0 0 1 1'>", "</svg>", "<path d=M0/>", "<g>", "</g>",
	"<lineargradient>", "<title>", "</title>", "<foreignObject>", "</foreignObject>", "<clipPath>",
	"<use xlink:href=#a />", "<ruby>", "<rt>", "<rp>", "</ruby>", "<object>", "</object>",
	"<!-- c -->", "<!DOCTYPE html>", "<x-y>", "</x-y>", "<Custom A=1 a=2>", "</custom>", "<section>",
	"</section>", "<article>", "<header>", "<main>", "<nav>", "<aside>", "<footer>", "<figure>",
	"<template>", "</template>", "<math>", "<frameset>", "<plaintext>", "<xmp>a</xmp>", "<image>",
	"<listing>", "<center>", "<marquee>", "<code>", "</code>", "<small>", "<u>", "<s>", "<big>",
}

var fastSoupText = []string{
	"text", " ", "\n", "  \t", "a &amp; b", "&lt;x&gt;", "&copy", "&#65;", "\r\n", "é ü", "<", "a<b", "&", "x=1&y=2",
}

// TestFastParseRandom holds the fast builder to x/net/html over pages of random tag soup,
// mostly well-formed enough for the fast path to build.
func TestFastParseRandom(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	if s := os.Getenv("WINNOW_SOUP_PAGES"); s != "" {
		fmt.Sscan(s, &n) // a longer run on demand
	}
	seed := uint64(7)
	next := func(k int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(k))
	}
	same := 0
	for i := 0; i < n; i++ {
		var b strings.Builder
		for parts := 1 + next(40); parts > 0; parts-- {
			if next(3) == 0 {
				b.WriteString(fastSoupText[next(len(fastSoupText))])
			} else {
				b.WriteString(fastSoupTags[next(len(fastSoupTags))])
			}
		}
		src := []byte(b.String())
		switch v := fastVerdict(t, src); v {
		case "same":
			same++
		case "fallback":
		default:
			t.Fatalf("%q: %s", src, v)
		}
	}
	t.Logf("%d of %d pages took the fast path", same, n)
	if same < n/10 {
		t.Errorf("only %d of %d pages took the fast path", same, n)
	}
}

// TestFastParseHostile feeds the fast builder pages built to be costly: it must end
// quickly, giving up what x/net/html refuses.
func TestFastParseHostile(t *testing.T) {
	deep := strings.Repeat("<div>", 10000) + "x"
	if _, ok := fastParse(context.Background(), []byte(deep), 0); ok {
		t.Error("a page nested 10,000 deep took the fast path; x/net/html refuses it")
	}
	for _, page := range []string{
		strings.Repeat("<b id=1><p>x", 2000),
		strings.Repeat("<a href=1>", 3000) + strings.Repeat("</a>", 3000),
		"<div " + strings.Repeat("a=1 b=&amp; ", 5000) + ">x",
		strings.Repeat("x</y>", 20000),
		strings.Repeat("<table><tr><td>", 150),
		strings.Repeat("<svg><g>", 300),
	} {
		if v := fastVerdict(t, []byte(page)); v != "same" && v != "fallback" {
			t.Errorf("%.40q…: %s", page, v)
		}
	}
}
