package winnow

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkNFCPages measures validNFC, the check of a decoded page, over the pages of
// testdata/pages.
func BenchmarkNFCPages(b *testing.B) {
	names, _ := filepath.Glob("testdata/pages/*.html")
	var pages [][]byte
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
	}
	b.Run("page=all", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				validNFC(p)
			}
		}
	})
}
