package structure

import (
	"slices"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	md := "## Setup  steps\n\nText with a [link](https://x.example).\n\n" +
		"- one\n- two\n  - nested\n\n1. **first**\n\n   more\n\n" +
		"| A | B\\|c |\n| --- | --- |\n| 1 | `x` |\n\n```go\nfunc f() {\n}\n```\n\n    indented code\n"
	e := Parse(md)
	want := Elements{
		Heading:   {"h2 setupsteps"},
		ListItem:  {"one", "two", "nested", "first"},
		TableCell: {"a", "bc", "1", "x"},
		CodeBlock: {"funcf(){}"}, // indented code is no code block: the truth's are accidents
	}
	for k := range NumKinds {
		if !slices.Equal(e[k], want[k]) {
			t.Errorf("%s: got %q, want %q", k, e[k], want[k])
		}
	}
}

func TestParseHTML(t *testing.T) {
	h := `<h3>Title <a href="#">x</a></h3><ul><li><p>a<br>b</p><p>c</p></li><li>d<ol><li>e</li></ol></li></ul>` +
		`<table><tr><th>A</th></tr><tr><td>1</td></tr></table><pre><code>x<br>y</code></pre>`
	e := ParseHTML(h)
	want := Elements{
		Heading:   {"h3 titlex"},
		ListItem:  {"ab", "d", "e"},
		TableCell: {"a", "1"},
		CodeBlock: {"xy"},
	}
	for k := range NumKinds {
		if !slices.Equal(e[k], want[k]) {
			t.Errorf("%s: got %q, want %q", k, e[k], want[k])
		}
	}
}

// TestParseHTMLItemFirstBlock: an item's text is its first block's, looked for inside a
// figure it opens with, as the Markdown item's first paragraph.
func TestParseHTMLItemFirstBlock(t *testing.T) {
	e := ParseHTML(`<ul><li><strong>Toner</strong><figure><img src="a.png">Price<figcaption>Shop</figcaption></figure></li>` +
		`<li><figure><img src="b.png">Title<figcaption>Caption</figcaption></figure></li></ul>`)
	if want := []string{"toner", "title"}; !slices.Equal(e[ListItem], want) {
		t.Errorf("items %q, want %q", e[ListItem], want)
	}
}

func TestMatch(t *testing.T) {
	truth := Elements{Heading: {"h2 a", "h2 a", "h3 b"}, ListItem: {"x"}}
	pred := Elements{Heading: {"h2 a", "h3 a", "h3 b"}, TableCell: {"y"}}
	m := Match(truth, pred)
	if m[Heading] != (Count{TP: 2, FP: 1, FN: 1}) || m[ListItem] != (Count{FN: 1}) || m[TableCell] != (Count{FP: 1}) {
		t.Errorf("got %+v", m)
	}
	if c := (Count{TP: 2, FP: 1, FN: 1}); c.F1() < 0.666 || c.F1() > 0.667 {
		t.Errorf("F1 %v", c.F1())
	}
	if c := (Count{}); c.P() != 1 || c.R() != 1 {
		t.Errorf("empty count: P %v R %v", c.P(), c.R())
	}
}

func TestPlainText(t *testing.T) {
	got := PlainText("# Head\n\nSome *em* and \\*stars\\* ![alt](i.png) [link](u)\n\n- item\n\n```\ncode\n```\n")
	for _, w := range []string{"Head", "Some em and *stars*", "link", "item", "code"} {
		if !strings.Contains(got, w) {
			t.Errorf("plain text %q lacks %q", got, w)
		}
	}
	if strings.Contains(got, "alt") || strings.Contains(got, "i.png") || strings.Contains(got, "](") {
		t.Errorf("plain text %q holds image or link markup", got)
	}
}

// TestBreakInCell: a <br> in a table cell separates the words on either side of it in
// the plain text and in the cell's text, as the line break a reader sees does.
func TestBreakInCell(t *testing.T) {
	md := "| a | b |\n| --- | --- |\n| one<br>two | x<br />y |\n"
	if got := PlainText(md); !strings.Contains(got, "one\ntwo") || !strings.Contains(got, "x\ny") {
		t.Errorf("plain text %q joins the words around a <br>", got)
	}
	cells := Parse(md)[TableCell]
	if len(cells) != 4 || cells[2] != Normalise("one two") {
		t.Errorf("cells %q, want the third to read %q", cells, Normalise("one two"))
	}
}

// TestParseTruthAccidents: a setext underline is no heading, and a line that continues
// a list item lazily is not part of the item's text.
func TestParseTruthAccidents(t *testing.T) {
	md := "x = 1\n===\n\nText\n---\n\n# Real\n\n- first item\n- last item\nA paragraph after the list.\n\n" +
		"> - quoted item\n> lazy line\n\n- item over\n  two lines\n"
	e := Parse(md)
	want := Elements{
		Heading:  {"h1 real"},
		ListItem: {"firstitem", "lastitem", "quoteditem", "itemovertwolines"},
	}
	for k := range NumKinds {
		if !slices.Equal(e[k], want[k]) {
			t.Errorf("%s: got %q, want %q", k, e[k], want[k])
		}
	}
}

func TestNormalise(t *testing.T) {
	for _, c := range [][2]string{
		{"Student’s  guide – part 1:", "student'sguide-part1"},
		{"‘F1: The Movie’", "f1:themovie"},
		{"2,900online", "2,900 online"},
		{"Tiếng Việt", "tiếng việt"},
	} {
		if a, b := Normalise(c[0]), Normalise(c[1]); a != b || a == "" {
			t.Errorf("Normalise(%q) = %q, Normalise(%q) = %q: want equal", c[0], a, c[1], b)
		}
	}
	if a, b := Normalise("C and D"), Normalise("C or D"); a == b {
		t.Errorf("different words made one key %q", a)
	}
}

// TestNormaliseCode: a code key ignores white space and the marks the truth's converter
// leaked into its fences or took out of them, and nothing else.
func TestNormaliseCode(t *testing.T) {
	for _, c := range [][2]string{
		{"location /images/ {\n    root /data;\n}", "`location` `/images/` {\n root /data;\n}"},
		{"section {\n  display: flex;\n}", "section { [display](https://developer.example/display): flex; }"},
		{"# Create a file\necho hi > a.txt", "Create a file\necho hi > a.txt"},
		{"def f(**kwargs):", "def f(kwargs):"},
	} {
		if a, b := NormaliseCode(c[0]), NormaliseCode(c[1]); a != b || a == "" {
			t.Errorf("NormaliseCode(%q) = %q, NormaliseCode(%q) = %q: want equal", c[0], a, c[1], b)
		}
	}
	if a, b := NormaliseCode("x := a[i](y)"), NormaliseCode("x := a(y)"); a == b {
		t.Errorf("different code made one key %q", a)
	}
	if a, b := NormaliseCode("git add a.py"), NormaliseCode("git add b.py"); a == b {
		t.Errorf("different code made one key %q", a)
	}
}
