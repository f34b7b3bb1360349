package winnow_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/winnow-go/winnow"
	"github.com/winnow-go/winnow/winnowtest"
)

// Markers put into a script and a style element in front of every fuzz input. Neither may
// ever reach the extracted text or title.
const (
	scriptMarker = "zqxjscriptmarker"
	styleMarker  = "zqxjstylemarker"
	markerPrefix = "<script>var " + scriptMarker + " = 1;</script><style>." + styleMarker + "{}</style>"
)

// fuzzHangLimit is how long one input of FuzzExtract may take, all its extractions
// together, before it counts as a hang: the inputs are at most a few hundred kilobytes,
// which take milliseconds, even with the fuzzer's instrumentation and the race detector.
const fuzzHangLimit = 20 * time.Second

// FuzzExtract feeds arbitrary bytes to Extract and checks the invariants every result must
// keep: no panic (a recovered panic comes back as an "internal error"), only the documented
// errors, valid UTF-8 in every field, nothing from <script> or <style> in the text, the same
// output for the same input, and never more than one blank line in a row. It is seeded
// from the golden pages and the charset pages under testdata. An input that takes
// longer than fuzzHangLimit is a hang, and fails.
func FuzzExtract(f *testing.F) {
	for _, dir := range []string{"testdata/pages", "testdata/charsets"} {
		pages, err := winnowtest.Pages(dir)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			f.Fatal(err)
		}
		for _, p := range pages {
			b, err := winnowtest.ReadPage(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	for _, c := range hostileCases() {
		if len(c.page) <= 64<<10 {
			f.Add(c.page)
		}
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		// A hang is a failure too: the fuzzing engine keeps the input of a worker that
		// dies, so the watchdog takes the process down.
		watchdog := time.AfterFunc(fuzzHangLimit, func() {
			panic(fmt.Sprintf("FuzzExtract: no result after %v on a page of %d bytes", fuzzHangLimit, len(page)))
		})
		defer watchdog.Stop()
		a, err := winnow.Extract(bytes.NewReader(page), nil)
		checkResult(t, a, err)
		b, err2 := winnow.Extract(bytes.NewReader(page), nil)
		if (err == nil) != (err2 == nil) || err != nil && err.Error() != err2.Error() {
			t.Fatalf("same input, different errors: %v, then %v", err, err2)
		}
		if err == nil && renderArticle(a) != renderArticle(b) {
			t.Fatalf("same input, different output:\n%s\nthen\n%s", renderArticle(a), renderArticle(b))
		}
		if bytes.Contains(page, []byte("zqxj")) {
			return
		}
		checkNoScriptText(t, append([]byte(markerPrefix), page...))
		// Appended, the markers may land in the body's script and style; or, after an
		// unclosed <textarea> or comment, not in a script at all: then there is nothing
		// to check.
		if marked := append(page[:len(page):len(page)], markerPrefix...); markersInScript(marked) {
			checkNoScriptText(t, marked)
		}
	})
}

// checkNoScriptText extracts a page holding the markers in a script and a style, and
// fails if they reach the text, the title or the description.
func checkNoScriptText(t *testing.T, page []byte) {
	t.Helper()
	a, err := winnow.Extract(bytes.NewReader(page), nil)
	checkResult(t, a, err)
	if err != nil {
		return
	}
	for _, s := range []string{a.Text, a.Title, a.Description} {
		if strings.Contains(s, scriptMarker) || strings.Contains(s, styleMarker) {
			t.Fatalf("text of a <script> or <style> was extracted: %q", s)
		}
	}
}

// markersInScript reports whether the parser puts every text holding a marker inside a
// <script> or <style> element of the page as winnow decodes it: in ISO-2022-JP, a
// broken escape leaves the decoder reading ASCII bytes as two-byte characters, so that
// a "</title>" of the raw bytes is no end tag and the markers after it are the title's
// text, not a script's.
func markersInScript(page []byte) bool {
	decoded, err := winnow.Decode(page, "")
	if err != nil {
		return false
	}
	doc, err := html.ParseWithOptions(bytes.NewReader(decoded), html.ParseOptionEnableScripting(false))
	if err != nil {
		return false
	}
	ok, found := true, false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && (strings.Contains(n.Data, scriptMarker) || strings.Contains(n.Data, styleMarker)) {
			found = true
			p := n.Parent
			ok = ok && p != nil && p.Type == html.ElementNode && p.Namespace == "" && (p.Data == "script" || p.Data == "style")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return ok && found
}

// checkResult checks the invariants of one extraction's result.
func checkResult(t *testing.T, a *winnow.Article, err error) {
	t.Helper()
	noContent := errors.Is(err, winnow.ErrNoContent)
	if err != nil {
		if !noContent && !errors.Is(err, winnow.ErrNotHTML) && !errors.Is(err, winnow.ErrTooLarge) {
			t.Fatalf("undocumented error: %v", err)
		}
		if a == nil {
			return
		}
		// Only ErrNoContent comes with an Article, and it holds metadata alone.
		if !noContent {
			t.Fatalf("an error (%v) and an article", err)
		}
		if a.Text != "" || a.Markdown != "" || a.HTML != "" || a.Content != nil {
			t.Fatalf("no content (%v), but content in the article: %q", err, a.Text)
		}
	}
	fields := append([]string{a.Title, a.SiteName, a.Language, a.Description, a.Image, a.URL, a.PageType, a.Text}, a.Authors...)
	fields = append(fields, a.Categories...)
	fields = append(fields, a.Tags...)
	for _, s := range fields {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in the output: %q", s)
		}
	}
	if strings.Contains(a.Text, "\n\n\n") {
		t.Fatalf("a run of blank lines in the text: %q", a.Text)
	}
	if !noContent && strings.TrimSpace(a.Text) == "" {
		t.Fatalf("an article without text")
	}
}

// renderArticle prints every field of an article, Content as HTML, for comparing two runs.
func renderArticle(a *winnow.Article) string {
	var b strings.Builder
	m := winnowtest.MetaOf(a, nil)
	b.WriteString(strings.Join([]string{m.Title, strings.Join(m.Authors, ";"), m.Date, m.Modified, m.SiteName,
		m.Language, m.Description, m.Image, m.URL, strings.Join(m.Categories, ";"), strings.Join(m.Tags, ";")}, "\n"))
	b.WriteString("\n" + a.PageType + "\n" + a.Text + "\n")
	if a.Content != nil {
		_ = html.Render(&b, a.Content)
	}
	return b.String()
}
