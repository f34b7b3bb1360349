// Package winnowtest pins the behaviour of winnow on saved pages with golden files.
//
// A scraper's tests save the pages it depends on under a directory and call Run:
//
//	func TestPages(t *testing.T) {
//		winnowtest.Run(t, "testdata/pages", nil)
//	}
//
// For every page (name.html, name.htm, or either with .gz) Run extracts the article and
// compares it with the golden files beside the page: name.text holds the expected text
// and name.meta.json the expected metadata; when the Options given to Run ask for the
// other formats, name.md holds the expected Markdown (Options.Markdown) and
// name.html.golden the expected clean HTML (Options.HTML). A difference fails that page's subtest with
// the field that changed, the first differing line and a few lines around it. Run the
// tests with -update (or WINNOW_UPDATE=1) to write the golden files from the current
// output, then review them with git diff.
package winnowtest

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/winnow-go/winnow"
)

var update = flag.Bool("update", false, "rewrite winnow golden files from the current output")

// Updating reports whether golden files are being rewritten: the test binary runs with
// -update, or WINNOW_UPDATE is set to a non-empty value other than 0.
func Updating() bool {
	if *update {
		return true
	}
	v := os.Getenv("WINNOW_UPDATE")
	return v != "" && v != "0"
}

// Meta is the metadata written to a page's .meta.json golden file. Its fields are in a
// fixed order and dates are written as RFC 3339 (or YYYY-MM-DD when only the day is
// known), so golden files diff cleanly.
type Meta struct {
	Title       string   `json:"title"`
	Authors     []string `json:"authors"`
	Date        string   `json:"date"`
	Modified    string   `json:"modified"`
	SiteName    string   `json:"sitename"`
	Language    string   `json:"lang"`
	Description string   `json:"description"`
	Image       string   `json:"image"`
	URL         string   `json:"url"`
	Categories  []string `json:"categories"`
	Tags        []string `json:"tags"`
	PageType    string   `json:"page_type"`
	Error       string   `json:"error,omitempty"`
}

// MetaOf returns the golden metadata of an extraction. err, when not nil, is recorded
// with the fields of the Article returned beside it (a page with no main content keeps
// its metadata), or alone when there is none.
func MetaOf(a *winnow.Article, err error) Meta {
	if a == nil {
		m := Meta{Authors: []string{}, Categories: []string{}, Tags: []string{}}
		if err != nil {
			m.Error = err.Error()
		}
		return m
	}
	m := metaOf(a)
	if err != nil {
		m.Error = err.Error()
	}
	return m
}

func metaOf(a *winnow.Article) Meta {
	return Meta{
		Title: a.Title, Authors: orEmpty(a.Authors), Date: formatDate(a.Date, a.DateHasTime),
		Modified: formatDate(a.Modified, a.ModifiedHasTime), SiteName: a.SiteName,
		Language: a.Language, Description: a.Description, Image: a.Image, URL: a.URL,
		Categories: orEmpty(a.Categories), Tags: orEmpty(a.Tags), PageType: a.PageType,
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func formatDate(t time.Time, hasTime bool) string {
	switch {
	case t.IsZero():
		return ""
	case hasTime:
		return t.Format(time.RFC3339)
	}
	return t.Format(time.DateOnly)
}

// Pages returns the saved pages under dir, in lexical order.
func Pages(dir string) ([]string, error) {
	var pages []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && IsPage(p) {
			pages = append(pages, p)
		}
		return nil
	})
	slices.Sort(pages)
	return pages, err
}

// IsPage reports whether a file name is a saved page: .html or .htm, optionally .gz.
func IsPage(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm")
}

// Stem returns a page's path without its .html/.htm(.gz) ending: golden files are named
// Stem(page) + ".text" and Stem(page) + ".meta.json".
func Stem(page string) string {
	s := strings.TrimSuffix(page, ".gz")
	return strings.TrimSuffix(strings.TrimSuffix(s, ".html"), ".htm")
}

// ReadPage returns a saved page's bytes, decompressing .gz files.
func ReadPage(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(strings.ToLower(path), ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// Golden file endings for the structured formats, asked for by Options.Markdown and
// Options.HTML. The HTML golden does not end in .html, so that it is never taken for a
// saved page.
const (
	MarkdownExt = ".md"
	HTMLExt     = ".html.golden"
)

// Run extracts every saved page under dir with opts and compares the result with its
// golden files, one subtest per page. With -update it writes them instead.
func Run(t testing.TB, dir string, opts *winnow.Options) {
	t.Helper()
	pages, err := Pages(dir)
	if err != nil {
		t.Fatalf("winnowtest: %v", err)
	}
	if len(pages) == 0 {
		t.Fatalf("winnowtest: no saved pages (.html, .htm, .gz) under %s", dir)
	}
	RunPages(t, dir, pages, opts)
}

// RunPages is Run for a chosen list of pages under dir (subtests are named by the
// page's path below dir).
func RunPages(t testing.TB, dir string, pages []string, opts *winnow.Options) {
	t.Helper()
	for _, p := range pages {
		name := strings.TrimPrefix(filepath.ToSlash(Stem(p)), filepath.ToSlash(dir)+"/")
		runner, ok := t.(interface {
			Run(string, func(*testing.T)) bool
		})
		if !ok {
			checkPage(t, p, opts)
			continue
		}
		runner.Run(name, func(t *testing.T) { checkPage(t, p, opts) })
	}
}

func checkPage(t testing.TB, page string, opts *winnow.Options) {
	t.Helper()
	raw, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	a, err := winnow.Extract(bytes.NewReader(raw), opts)
	if err != nil && !errors.Is(err, winnow.ErrNoContent) {
		t.Fatalf("extract %s: %v", page, err)
	}
	content := a // nil with an error: an Article beside ErrNoContent holds metadata only
	if err != nil {
		content = nil
	}
	text := ""
	if content != nil {
		text = content.Text + "\n"
	}
	metaJSON, jerr := json.MarshalIndent(MetaOf(a, err), "", "  ")
	if jerr != nil {
		t.Fatal(jerr)
	}
	metaJSON = append(metaJSON, '\n')
	stem := Stem(page)
	Golden(t, stem+".text", "text", []byte(text))
	Golden(t, stem+".meta.json", "metadata", metaJSON)
	if opts != nil && opts.Markdown {
		Golden(t, stem+MarkdownExt, "markdown", withNewline(content, func(a *winnow.Article) string { return a.Markdown }))
	}
	if opts != nil && opts.HTML {
		Golden(t, stem+HTMLExt, "html", withNewline(content, func(a *winnow.Article) string { return a.HTML }))
	}
}

// withNewline returns a field of the article ending in a line break, or nothing when
// there is no article.
func withNewline(a *winnow.Article, field func(*winnow.Article) string) []byte {
	if a == nil {
		return nil
	}
	return []byte(field(a) + "\n")
}

// Golden compares got with the golden file at path, or writes it when updating. field
// names what is compared, in the failure message.
func Golden(t testing.TB, path, field string, got []byte) {
	t.Helper()
	if Updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("winnowtest: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Fatalf("%s: golden file missing; run the tests with -update to create it", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	if d := Diff(string(want), string(got)); d != "" {
		t.Errorf("%s changed (%s):\n%s\nrun with -update to accept the new output, then review git diff", field, path, d)
	}
}

// contextLines is how many lines around the first difference a diff shows.
const contextLines = 3

// Diff describes the first difference between two texts: the line where they part, with
// a few lines of context, marked "-" for want and "+" for got. It returns "" when they
// are equal.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "first difference at line %d:\n", i+1)
	for j := max(0, i-contextLines); j < i; j++ {
		fmt.Fprintf(&sb, "    %s\n", clip(wl[j]))
	}
	for j := i; j < min(len(wl), i+contextLines); j++ {
		fmt.Fprintf(&sb, "  - %s\n", clip(wl[j]))
	}
	for j := i; j < min(len(gl), i+contextLines); j++ {
		fmt.Fprintf(&sb, "  + %s\n", clip(gl[j]))
	}
	fmt.Fprintf(&sb, "(want %d lines, got %d)", len(wl), len(gl))
	return sb.String()
}

// maxLineShown bounds a line in a diff.
const maxLineShown = 200

func clip(s string) string {
	if r := []rune(s); len(r) > maxLineShown {
		return string(r[:maxLineShown]) + "…"
	}
	return s
}
