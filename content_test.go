package winnow

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// contentPagesDir holds the pages TestContentMovedAsCopied extracts; WINNOW_CONTENT_PAGES
// names another directory (such as the evaluation sets) for a wider check.
func contentPagesDir() string {
	if d := os.Getenv("WINNOW_CONTENT_PAGES"); d != "" {
		return d
	}
	return "testdata/pages"
}

// TestContentMovedAsCopied checks that the content tree made of the parsed nodes
// themselves, as Extract makes it, is the tree ExtractNode copies, and that moving the
// nodes changes none of the other fields.
func TestContentMovedAsCopied(t *testing.T) {
	var pages []string
	err := filepath.WalkDir(contentPagesDir(), func(p string, d fs.DirEntry, err error) error {
		if err == nil && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".html.gz")) {
			pages = append(pages, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, p := range pages {
		b, err := readGzPage(p)
		if err != nil {
			t.Fatal(err)
		}
		src, err := decode(b, "")
		if err != nil {
			continue
		}
		o := (&Options{Markdown: true, HTML: true}).withDefaults()
		var out [2]*Article
		var errs [2]error
		for k, owned := range []bool{false, true} {
			doc, err := parseHTML(src)
			if err != nil {
				t.Fatal(err)
			}
			out[k], errs[k] = extract(context.Background(), doc, &o, source{owned: owned})
		}
		if errs[0] != nil || errs[1] != nil {
			if (errs[0] == nil) != (errs[1] == nil) {
				t.Errorf("%s: extracted once only", p)
			}
			continue
		}
		compared++
		copied, moved := out[0], out[1]
		if render(t, copied.Content) != render(t, moved.Content) {
			t.Errorf("%s: the moved content tree differs from the copy", p)
		}
		copied.Content, moved.Content = nil, nil
		if !reflect.DeepEqual(copied, moved) {
			t.Errorf("%s: moving the content tree changed the other fields", p)
		}
	}
	t.Logf("%d of %d pages compared", compared, len(pages))
	if compared < len(pages)/2 {
		t.Errorf("only %d of %d pages compared", compared, len(pages))
	}
}

func render(t *testing.T, n *html.Node) string {
	var sb strings.Builder
	if err := html.Render(&sb, n); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

// readGzPage reads a page, gunzipped when its name ends in .gz (winnowtest, which does
// the same, imports this package).
func readGzPage(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// TestSectionHeadings: inside the article, the <h1> the metadata names is the headline
// and is left out of the content; other <h1>s that head paragraphs, when there are
// several, are the article's sections and stay. A sub-heading made of a link that opens
// a paragraph of prose is a section's title (a review's restaurant, a tool's name); a
// linked heading in a card with its short excerpt is a teaser and goes.
func TestSectionHeadings(t *testing.T) {
	body := "This sentence is ordinary article prose, long enough to be a paragraph, with commas and a full stop. "
	p := func(s string) string { return "<p>" + s + " " + body + body + "</p>" }
	page := `<html><head><title>Small steps with small models | A Blog</title></head><body><div class="post">` +
		`<h1>Small steps with small models</h1>` + p("Intro.") +
		`<h1>What a small model is</h1>` + p("First.") + p("More first.") +
		`<h1>How to begin</h1>` + p("Second.") +
		`<h2><a href="https://example.org/tool">The Tool</a></h2>` + p("Third.") +
		`<div class="card"><h3><a href="/other-story">Another story entirely</a></h3><p>A short excerpt.</p></div>` +
		`</div></body></html>`
	a, err := Extract(strings.NewReader(page), &Options{Markdown: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# What a small model is", "# How to begin", "## [The Tool](https://example.org/tool)"} {
		if !strings.Contains(a.Markdown, want+"\n") {
			t.Errorf("Markdown lacks %q:\n%s", want, a.Markdown)
		}
	}
	for _, not := range []string{"# Small steps with small models", "Another story entirely"} {
		if strings.Contains(a.Markdown, not) {
			t.Errorf("Markdown holds %q:\n%s", not, a.Markdown)
		}
	}
}

// TestNumberListDropped: a list of numbers alone (a pager, a rating scale) is left out
// of the article; a list of numbered words stays.
func TestNumberListDropped(t *testing.T) {
	body := "This sentence is ordinary article prose, long enough to be a paragraph, with commas and a full stop. "
	page := `<html><body><article><p>` + body + body + `</p><ul class="rating"><li>1</li><li>2</li><li>3</li><li>4</li><li>5</li></ul>` +
		`<p>` + body + `</p><ol><li>1 cup of flour</li><li>2 eggs</li></ol><ul><li><a href="?p=1">1</a></li><li><a href="?p=2">2</a></li><li><a href="?p=3">3.</a></li></ul></article></body></html>`
	a, err := Extract(strings.NewReader(page), &Options{Markdown: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Markdown, "1. 1 cup of flour\n2. 2 eggs") {
		t.Errorf("the list of words is lost:\n%s", a.Markdown)
	}
	if strings.Contains(a.Markdown, "- 1") || strings.Contains(a.Text, "\n1\n") {
		t.Errorf("a list of numbers is kept:\n%s\n%s", a.Markdown, a.Text)
	}
}

// TestAccordionHeadings: a disclosure's button that is all of a heading's text is the
// heading's text (an FAQ's question); a plain button inside a heading stays a control.
func TestAccordionHeadings(t *testing.T) {
	body := "This sentence is ordinary article prose, long enough to be a paragraph, with commas and a full stop. "
	page := `<html><body><article><p>` + body + body + `</p>` +
		`<h3><button type=button aria-expanded="false" aria-controls="a1">How long does a move take?</button></h3><div id=a1><p>` + body + `</p></div>` +
		`<h3>Packing <button aria-expanded="false">Copy link</button></h3><p>` + body + `</p>` +
		`<div role="heading" aria-level="3"><button aria-expanded="false">Who is the course for?</button></div><p>` + body + `</p>` +
		`<h4><button>11 claps</button></h4></article></body></html>`
	a, err := Extract(strings.NewReader(page), &Options{Markdown: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Markdown, "### How long does a move take?\n") || !strings.Contains(a.Markdown, "### Packing\n") {
		t.Errorf("the accordion's heading is lost:\n%s", a.Markdown)
	}
	if !strings.Contains(a.Text, "Who is the course for?") {
		t.Errorf("the role=heading accordion's title is lost:\n%s", a.Text)
	}
	for _, not := range []string{"Copy link", "claps"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("a control's text %q is kept:\n%s", not, a.Text)
		}
	}
}
