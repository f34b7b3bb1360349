package winnow

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkFastParse is BenchmarkParse's page=all with the fast builder: every golden page
// once per operation, parsed by fastParse, or by x/net/html where it falls back.
func BenchmarkFastParse(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no pages under testdata/pages: %v", err)
	}
	sort.Strings(paths)
	var pages [][]byte
	var total int64
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
		total += int64(len(src))
	}
	ctx := context.Background()
	b.Run("page=all", func(b *testing.B) {
		b.SetBytes(total)
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range pages {
				if _, ok := fastParse(ctx, src, 0); ok {
					continue
				}
				if _, err := html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
