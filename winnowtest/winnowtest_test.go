package winnowtest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winnow-go/winnow/winnowtest"
)

// recorder is a testing.TB that records failures instead of failing the test, so the
// tests can check what Run reports.
type recorder struct {
	testing.TB
	failures []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }
func (r *recorder) Fatal(args ...any)                 { r.failures = append(r.failures, fmt.Sprint(args...)) }

const page = `<html lang="en"><head><title>Harbour news</title></head><body><article>
<p>The harbour was quiet on Sunday morning, with only a few boats heading out past the breakwater.</p>
<p>Fishermen said the season had started late, but the catch was better than last year's.</p>
</article></body></html>`

func TestRunWritesComparesAndReports(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "harbour.html"), []byte(page), 0o644))

	// No goldens yet: the failure says how to create them.
	r := &recorder{TB: t}
	winnowtest.Run(r, dir, nil)
	require.NotEmpty(t, r.failures)
	assert.Contains(t, r.failures[0], "-update")

	// With WINNOW_UPDATE set, Run writes them; then the same output passes.
	t.Setenv("WINNOW_UPDATE", "1")
	winnowtest.Run(&recorder{TB: t}, dir, nil)
	t.Setenv("WINNOW_UPDATE", "")
	text, err := os.ReadFile(filepath.Join(dir, "harbour.text"))
	require.NoError(t, err)
	assert.Contains(t, string(text), "The harbour was quiet")
	meta, err := os.ReadFile(filepath.Join(dir, "harbour.meta.json"))
	require.NoError(t, err)
	assert.Contains(t, string(meta), `"title": "Harbour news"`)
	r = &recorder{TB: t}
	winnowtest.Run(r, dir, nil)
	assert.Empty(t, r.failures)

	// A changed golden fails with the field and the first differing line.
	changed := strings.Replace(string(text), "quiet", "busy", 1)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "harbour.text"), []byte(changed), 0o644))
	r = &recorder{TB: t}
	winnowtest.Run(r, dir, nil)
	require.Len(t, r.failures, 1)
	assert.Contains(t, r.failures[0], "text changed")
	assert.Contains(t, r.failures[0], "first difference at line 1")
	assert.Contains(t, r.failures[0], "busy")
}

func TestRunNeedsPages(t *testing.T) {
	r := &recorder{TB: t}
	winnowtest.Run(r, t.TempDir(), nil)
	require.Len(t, r.failures, 1)
	assert.Contains(t, r.failures[0], "no saved pages")
}

func TestDiff(t *testing.T) {
	assert.Empty(t, winnowtest.Diff("same\n", "same\n"))
	d := winnowtest.Diff("a\nb\nc\nd\ne\nf\n", "a\nb\nc\nd\nX\nf\n")
	assert.Contains(t, d, "first difference at line 5")
	assert.Contains(t, d, "  - e")
	assert.Contains(t, d, "  + X")
	assert.Contains(t, d, "    d", "a line of context before the difference")
}

func TestPagesAndStem(t *testing.T) {
	assert.True(t, winnowtest.IsPage("a/b.HTML"))
	assert.True(t, winnowtest.IsPage("b.htm.gz"))
	assert.False(t, winnowtest.IsPage("b.html.golden"))
	assert.False(t, winnowtest.IsPage("b.md"))
	assert.Equal(t, "dir/page", winnowtest.Stem("dir/page.html.gz"))
}

func ExampleDiff() {
	fmt.Println(winnowtest.Diff("one\ntwo\nthree", "one\n2\nthree"))
	// Output:
	// first difference at line 2:
	//     one
	//   - two
	//   - three
	//   + 2
	//   + three
	// (want 3 lines, got 3)
}

// In a scraper's own tests, pin the saved pages under testdata/pages; run the tests once
// with -update to write the golden files, review them with git diff, and commit them.
func ExampleRun() {
	var t *testing.T // the *testing.T of a test function: func TestSavedPages(t *testing.T)
	if t != nil {
		winnowtest.Run(t, "testdata/pages", nil)
	}
}
