package winnow_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/winnow-go/winnow"
)

// benchPage is one golden page, read once for the benchmarks.
type benchPage struct {
	name string
	src  []byte
}

// loadBenchPages reads the golden pages under testdata/pages, in name order.
func loadBenchPages(b *testing.B) []benchPage {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no pages under testdata/pages: %v", err)
	}
	sort.Strings(paths)
	pages := make([]benchPage, 0, len(paths))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, benchPage{strings.TrimSuffix(filepath.Base(p), ".html"), src})
	}
	return pages
}

// benchEach runs fn as one sub-benchmark per page (page=NAME) and one over the whole set
// (page=all, one operation extracting every page), each with the bytes it reads. The
// set's benchmark also reports the process's CPU time per operation (cpu-ns/op, on Unix),
// which other work on a shared machine disturbs less than the wall time. The names let
// benchstat put Extract and Parse side by side:
//
//	benchstat -col .name -row /page results.txt
func benchEach(b *testing.B, fn func(b *testing.B, src []byte)) {
	pages := loadBenchPages(b)
	var total int64
	for _, p := range pages {
		total += int64(len(p.src))
	}
	b.Run("page=all", func(b *testing.B) {
		b.SetBytes(total)
		b.ReportAllocs()
		start := processCPU()
		for b.Loop() {
			for _, p := range pages {
				fn(b, p.src)
			}
		}
		if cpu := processCPU() - start; cpu > 0 {
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		}
	})
	for _, p := range pages {
		b.Run("page="+p.name, func(b *testing.B) {
			b.SetBytes(int64(len(p.src)))
			b.ReportAllocs()
			for b.Loop() {
				fn(b, p.src)
			}
		})
	}
}

// BenchmarkExtract measures the whole of Extract on each golden page: decoding, parsing,
// metadata, measuring, scoring, pruning and rendering.
func BenchmarkExtract(b *testing.B) {
	benchEach(b, func(b *testing.B, src []byte) {
		if _, err := winnow.Extract(bytes.NewReader(src), nil); err != nil && !errors.Is(err, winnow.ErrNoContent) {
			b.Fatal(err)
		}
	})
}

// BenchmarkParse is the floor under BenchmarkExtract: html.Parse alone on the same bytes.
func BenchmarkParse(b *testing.B) {
	benchEach(b, func(b *testing.B, src []byte) {
		if _, err := html.Parse(bytes.NewReader(src)); err != nil {
			b.Fatal(err)
		}
	})
}
