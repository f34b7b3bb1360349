package winnow_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/winnow-go/winnow"
	"github.com/winnow-go/winnow/winnowtest"
)

// TestGolden extracts every page under testdata/pages and compares the result with its
// golden files. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	winnowtest.Run(t, "testdata/pages", nil)
}

// seedTruth is the shape of ../shared/seed/baogiaothong-truth.json.
type seedTruth struct {
	URL                 string   `json:"url"`
	Title               string   `json:"title"`
	SiteName            string   `json:"sitename"`
	Lang                string   `json:"lang"`
	Date                string   `json:"date"`
	Categories          []string `json:"categories"`
	Tags                []string `json:"tags"`
	ParagraphsInOrder   []string `json:"paragraphs_in_order"`
	BoilerplateHeadings []string `json:"boilerplate_headings"`
	MustNotContain      []string `json:"must_not_contain"`
}

const seedDir = "../shared/seed"

func loadSeedTruth(t *testing.T) *seedTruth {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedDir, "baogiaothong-truth.json"))
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("../shared/seed is not beside the repository")
	}
	require.NoError(t, err)
	var truth seedTruth
	require.NoError(t, json.Unmarshal(b, &truth))
	require.NotEmpty(t, truth.ParagraphsInOrder)
	return &truth
}

// CheckSeedText asserts what the seed's truth says of a correct extraction: every
// paragraph in order, no boilerplate heading as a line, no boilerplate string anywhere.
func checkSeedText(t *testing.T, truth *seedTruth, text string) {
	t.Helper()
	pos := 0
	for _, p := range truth.ParagraphsInOrder {
		i := strings.Index(text[pos:], p)
		if !assert.GreaterOrEqual(t, i, 0, "paragraph missing or out of order: %.80q", p) {
			continue
		}
		pos += i + len(p)
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	for _, h := range truth.BoilerplateHeadings {
		assert.False(t, lines[h], "boilerplate heading %q is a line of the text", h)
	}
	for _, s := range truth.MustNotContain {
		assert.NotContains(t, text, s)
	}
}

func TestSeedPages(t *testing.T) {
	truth := loadSeedTruth(t)
	for _, name := range []string{"baogiaothong-page.html", "baogiaothong-page-inline.html"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join(seedDir, name))
			require.NoError(t, err)
			defer f.Close()
			a, err := winnow.Extract(f, nil)
			require.NoError(t, err)
			checkSeedText(t, truth, a.Text)
			assert.Equal(t, truth.Title, a.Title)
			assert.Equal(t, truth.SiteName, a.SiteName)
			assert.Equal(t, truth.Lang, a.Language)
			assert.Equal(t, truth.Date, a.Date.Format("2006-01-02"))
			assert.Equal(t, truth.URL, a.URL)
			assert.Equal(t, truth.Categories, a.Categories)
			assert.Equal(t, truth.Tags, a.Tags)
			assert.Empty(t, a.Authors)
		})
	}
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, winnow.ErrNoContent},
		{"whitespace", []byte(" \n\t "), winnow.ErrNoContent},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>"), winnow.ErrNotHTML},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), winnow.ErrNotHTML},
		{"random binary", bytes.Repeat([]byte{0, 1, 2, 3, 0xff, 0x80, 7, 0}, 64), winnow.ErrNotHTML},
		{"doctype only", []byte("<!DOCTYPE html>"), winnow.ErrNoContent},
		{"inline links only", []byte(`<html><body><a href="/0">Story 0</a><a href="/1">Story 1</a><a href="/2">Story 2</a>` +
			`<a href="/3">Story 3</a><a href="/4">Story 4</a><a href="/5">Story 5</a></body></html>`), winnow.ErrNoContent},
		{"menu of links", []byte(`<html><body><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li>
			<li><a href="/c">Business and markets today</a></li><li><a href="/d">Culture and the arts this week</a></li></ul></body></html>`), winnow.ErrNoContent},
	}
	// Pages that parse but hold no content come back with an Article of metadata only;
	// input that is no page at all comes back with none.
	parsed := map[string]bool{"doctype only": true, "inline links only": true, "menu of links": true}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := winnow.Extract(bytes.NewReader(c.in), nil)
			assert.ErrorIs(t, err, c.want)
			if !parsed[c.name] {
				assert.Nil(t, a)
				return
			}
			require.NotNil(t, a)
			assert.Empty(t, a.Text)
			assert.Nil(t, a.Content)
		})
	}
}

// TestNoContentKeepsMetadata: a section front has no article, but its title, site, date
// and page type are still the page's, and come back with ErrNoContent; the content
// fields stay empty in every format.
func TestNoContentKeepsMetadata(t *testing.T) {
	var page strings.Builder
	page.WriteString(`<html lang="en"><head><title>Harbour news - The Coast Courier</title>
<meta property="og:site_name" content="The Coast Courier">
<meta property="article:published_time" content="2025-03-25T08:00:00Z"></head><body><nav><ul>`)
	for i := range 12 {
		fmt.Fprintf(&page, `<li><a href="/story/%d">A story about the harbour, number %d</a></li>`, i, i)
	}
	page.WriteString(`</ul></nav></body></html>`)
	a, err := winnow.Extract(strings.NewReader(page.String()), &winnow.Options{Markdown: true, HTML: true})
	require.ErrorIs(t, err, winnow.ErrNoContent)
	require.NotNil(t, a)
	assert.Equal(t, "Harbour news", a.Title)
	assert.Equal(t, "The Coast Courier", a.SiteName)
	assert.Equal(t, "en", a.Language)
	assert.Equal(t, "2025-03-25", a.Date.Format(time.DateOnly))
	assert.Empty(t, a.Text)
	assert.Empty(t, a.Markdown)
	assert.Empty(t, a.HTML)
	assert.Nil(t, a.Content)
}

func TestMalformedHTMLIsBestEffort(t *testing.T) {
	para := "This paragraph is long enough to count as prose, with commas, clauses and a full stop. "
	cases := map[string]string{
		"unclosed tags":    "<html><body><div><p>" + para + "<p>" + para + "<div><span>" + para,
		"stray </html>":    "<html><body><p>" + para + "</p></html><p>" + para + "</p></body>",
		"nul bytes":        "<html><body><p>" + para + "\x00</p><p>\x00" + para + "</p>",
		"broken utf-8":     "<html><body><p>" + para + "\xc3\x28 \xe2\x82</p><p>" + para + "</p>",
		"nested tables":    strings.Repeat("<table><tr><td>", 300) + "<p>" + para + para + "</p>",
		"deep nesting":     strings.Repeat("<div>", 5000) + "<p>" + para + para + "</p>",
		"entity surrogate": "<p>&#xD800;&#xDFFF; " + para + para + "</p>",
	}
	for name, page := range cases {
		t.Run(name, func(t *testing.T) {
			a, err := winnow.Extract(strings.NewReader(page), nil)
			require.NoError(t, err)
			assert.Contains(t, a.Text, "long enough to count as prose")
		})
	}
}

func TestLimits(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<p>Some words in a paragraph, with a comma.</p>", 2000) + "</body></html>"
	_, err := winnow.Extract(strings.NewReader(page), &winnow.Options{MaxBytes: 1000})
	assert.ErrorIs(t, err, winnow.ErrTooLarge)
	_, err = winnow.Extract(strings.NewReader(page), &winnow.Options{MaxNodes: 500})
	assert.ErrorIs(t, err, winnow.ErrTooLarge)
	a, err := winnow.Extract(strings.NewReader(page), &winnow.Options{MaxBytes: -1, MaxNodes: -1})
	require.NoError(t, err)
	assert.Equal(t, 2000, strings.Count(a.Text, "with a comma."))
}

// TestExtractNodeLeavesTreeAlone checks that the caller's tree is not modified.
func TestExtractNodeLeavesTreeAlone(t *testing.T) {
	b, err := os.ReadFile("testdata/pages/vi-vnexpress.html")
	require.NoError(t, err)
	doc, err := html.Parse(bytes.NewReader(b))
	require.NoError(t, err)
	var before bytes.Buffer
	require.NoError(t, html.Render(&before, doc))
	a, err := winnow.ExtractNode(doc, nil)
	require.NoError(t, err)
	var after bytes.Buffer
	require.NoError(t, html.Render(&after, doc))
	assert.Equal(t, before.String(), after.String())
	require.NotNil(t, a.Content)
	assert.Nil(t, a.Content.Parent, "Content is a tree of its own")
	_, err = winnow.ExtractNode(nil, nil)
	assert.ErrorIs(t, err, winnow.ErrNoContent)
}

// TestConcurrent extracts many pages from many goroutines sharing one Options; run with
// -race it shows the package has no shared mutable state.
func TestConcurrent(t *testing.T) {
	pages, err := winnowtest.Pages("testdata/pages")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	want := map[string]string{}
	for _, p := range pages {
		b, err := winnowtest.ReadPage(p)
		require.NoError(t, err)
		a, err := winnow.Extract(bytes.NewReader(b), nil)
		if err == nil {
			want[p] = a.Text
		}
	}
	opts := &winnow.Options{URL: "https://example.com/news/page.html"}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range pages {
				p := pages[(i+g)%len(pages)]
				b, _ := winnowtest.ReadPage(p)
				a, err := winnow.Extract(bytes.NewReader(b), opts)
				if err == nil {
					assert.Equal(t, want[p], a.Text, p)
				}
			}
		}()
	}
	wg.Wait()
}

// TestHiddenBodyIsFound: a page that parks its whole body in a hidden block until a
// script reveals it gives that body; a page with visible content leaves its hidden
// blocks out.
func TestHiddenBodyIsFound(t *testing.T) {
	const body = "The council voted on Tuesday to rebuild the old bridge, which has been closed since the spring floods damaged its piers."
	parked := `<html><body><div id="shell"></div><div hidden id="S:0"><article><h1>Bridge</h1><p>` + body + `</p><p>` + body + `</p></article></div></body></html>`
	a, err := winnow.Extract(strings.NewReader(parked), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, body)

	visible := `<html><body><article><p>` + body + `</p></article><div hidden><p>A hidden notice that no reader sees, long enough to be a paragraph.</p></div></body></html>`
	a, err = winnow.Extract(strings.NewReader(visible), nil)
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "hidden notice")
}
