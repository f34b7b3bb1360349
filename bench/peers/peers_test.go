package peers

import (
	"strings"
	"testing"
	"time"

	"github.com/winnow-go/winnow/bench/runner"
)

// A synthetic article, written for this test.
func page() []byte {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Testing the adapters - Example Site</title>
<meta property="og:site_name" content="Example Site">
<meta name="author" content="Jane Tester">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Testing the adapters</h1>`)
	for i := 0; i < 12; i++ {
		b.WriteString(`<p>The quick benchmark paragraph number ` + string(rune('a'+i)) +
			` talks at length about adapters, readers and extractors, so that every library finds enough text here to call it an article worth keeping.</p>`)
	}
	b.WriteString(`</article><footer>Copyright footer text</footer></body></html>`)
	return []byte(b.String())
}

func TestPeers(t *testing.T) {
	raw := page()
	for _, ex := range All() {
		r := runner.RunOne(ex.Run, raw, "https://example.com/a/test", 20*time.Second)
		if r.Failed() {
			t.Errorf("%s failed: %s", ex.Name, r.Err)
			continue
		}
		if !strings.Contains(r.Out.Text, "benchmark paragraph number c") {
			t.Errorf("%s: text misses the body: %q", ex.Name, r.Out.Text)
		}
		t.Logf("%s: title=%q author=%q date=%q site=%q text=%d bytes in %v",
			ex.Name, r.Out.Title, r.Out.Author, r.Out.Date, r.Out.SiteName, len(r.Out.Text), r.Dur)
	}
	// No URL at all must not crash the adapters.
	for _, ex := range All() {
		if r := runner.RunOne(ex.Run, raw, "", 20*time.Second); r.Panic {
			t.Errorf("%s panicked without a URL: %s", ex.Name, r.Err)
		}
	}
}
