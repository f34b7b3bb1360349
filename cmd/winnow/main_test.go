package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const seedDir = "../../../shared/seed"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func decodeLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		recs = append(recs, m)
	}
	return recs
}

const page = `<html lang="en"><head><title>A quiet harbour</title></head><body><article>
<p>The harbour was quiet on Sunday morning, with only a few boats heading out past the breakwater.</p>
<p>Fishermen said the season had started late, but the catch was better than last year's.</p></article></body></html>`

func TestStdinText(t *testing.T) {
	code, out, errs := runCLI(t, page)
	assert.Equal(t, 0, code, errs)
	assert.Contains(t, out, "The harbour was quiet on Sunday morning")
	assert.Contains(t, out, "catch was better than last year's.\n")
}

func TestUsageErrors(t *testing.T) {
	code, _, errs := runCLI(t, "", "-format", "yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "unknown -format")
	code, _, _ = runCLI(t, "", "-no-such-flag")
	assert.Equal(t, 2, code)
}

func TestDirectoryBatchGoesOnPastFailures(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html"), []byte(page), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.html"), []byte("%PDF-1.4 binary"), 0o644))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page))
	zw.Close()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.html.gz"), gz.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.html.gz"), gz.Bytes()[:20], 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a page"), 0o644))

	code, out, errs := runCLI(t, "", dir)
	assert.Equal(t, 1, code)
	recs := decodeLines(t, out)
	require.Len(t, recs, 4)
	for i, name := range []string{"a.html", "b.html", "c.html.gz", "d.html.gz"} {
		assert.Equal(t, filepath.Join(dir, name), recs[i]["source"])
	}
	assert.Contains(t, recs[0]["text"], "harbour")
	assert.Equal(t, "A quiet harbour", recs[0]["title"])
	assert.Contains(t, recs[1]["error"], "not HTML")
	assert.Contains(t, recs[2]["text"], "harbour")
	assert.NotEmpty(t, recs[3]["error"])
	assert.Equal(t, 2, strings.Count(errs, "\n"), errs)
	assert.Contains(t, errs, "b.html")
}

func TestMissingFile(t *testing.T) {
	code, out, errs := runCLI(t, "", "-format", "json", "no/such/file.html")
	assert.Equal(t, 1, code)
	recs := decodeLines(t, out)
	require.Len(t, recs, 1)
	assert.NotEmpty(t, recs[0]["error"])
	assert.Contains(t, errs, "no/such/file.html")
}

type seedTruth struct {
	URL               string   `json:"url"`
	Title             string   `json:"title"`
	SiteName          string   `json:"sitename"`
	Tags              []string `json:"tags"`
	ParagraphsInOrder []string `json:"paragraphs_in_order"`
	MustNotContain    []string `json:"must_not_contain"`
}

// TestSeedCLI runs the CLI on the seed pages, as the README's first command does.
func TestSeedCLI(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(seedDir, "baogiaothong-truth.json"))
	if os.IsNotExist(err) {
		t.Skip("../shared/seed is not beside the repository")
	}
	require.NoError(t, err)
	var truth seedTruth
	require.NoError(t, json.Unmarshal(b, &truth))
	for _, name := range []string{"baogiaothong-page.html", "baogiaothong-page-inline.html"} {
		path := filepath.Join(seedDir, name)
		code, text, errs := runCLI(t, "", path)
		require.Equal(t, 0, code, errs)
		pos := 0
		for _, p := range truth.ParagraphsInOrder {
			i := strings.Index(text[pos:], p)
			if assert.GreaterOrEqual(t, i, 0, "%s: paragraph missing or out of order: %.60q", name, p) {
				pos += i + len(p)
			}
		}
		for _, s := range truth.MustNotContain {
			assert.NotContains(t, text, s, name)
		}
		code, out, errs := runCLI(t, "", "-format", "json", path)
		require.Equal(t, 0, code, errs)
		recs := decodeLines(t, out)
		require.Len(t, recs, 1)
		r := recs[0]
		assert.Equal(t, truth.Title, r["title"])
		assert.Equal(t, truth.SiteName, r["sitename"])
		assert.Equal(t, "vi", r["lang"])
		assert.True(t, strings.HasPrefix(r["date"].(string), "2025-03-25"), r["date"])
		assert.Equal(t, truth.URL, r["url"])
		var tags []string
		for _, v := range r["tags"].([]any) {
			tags = append(tags, v.(string))
		}
		assert.Equal(t, truth.Tags, tags)
	}
}

func TestExplain(t *testing.T) {
	page := `<html><body><nav><a href="/">Home</a> <a href="/a">World</a></nav><article>
<p>The harbour was quiet on Sunday morning, with only a few boats heading out past the breakwater.</p>
<p>Fishermen said the season had started late, but the catch was better than last year's.</p>
<div class="related"><h3>Related</h3><ul><li><a href="/x">Storm warning issued for the coast</a></li></ul></div>
</article></body></html>`
	code, out, errs := runCLI(t, page, "-explain")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "chosen")
	assert.Contains(t, out, "div.related")
	assert.Contains(t, out, "class/id/tag cue", "the related box is shown with the reason it was dropped")
	code, _, _ = runCLI(t, "", "-explain", "a.html", "b.html")
	assert.Equal(t, 2, code, "-explain takes one input")
}

// TestNoContentRecordKeepsMetadata: a page without an article still gives its metadata
// in its JSON line, beside the error, and no text; the exit status says it failed.
func TestNoContentRecordKeepsMetadata(t *testing.T) {
	front := `<html lang="en"><head><title>Harbour news - The Coast Courier</title></head><body><nav><ul>` +
		strings.Repeat(`<li><a href="/story">A story about the harbour and its boats</a></li>`, 12) +
		`</ul></nav></body></html>`
	code, out, _ := runCLI(t, front, "-format", "json")
	assert.Equal(t, 1, code)
	recs := decodeLines(t, out)
	require.Len(t, recs, 1)
	assert.Contains(t, recs[0]["error"], "no main content")
	assert.Equal(t, "Harbour news - The Coast Courier", recs[0]["title"])
	assert.NotContains(t, recs[0], "text")
}
