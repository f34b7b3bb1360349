package winnow_test

import (
	"path/filepath"
	"testing"

	"github.com/winnow-go/winnow"
	"github.com/winnow-go/winnow/winnowtest"
)

// formatPages are the golden pages whose Markdown (NAME.md) and clean HTML
// (NAME.html.golden) are pinned as well as their text: data tables, code blocks, nested
// lists, figures, quotes, and pages in several scripts.
var formatPages = []string{
	"en-docs", "en-blog-medium-like", "en-recipe", "en-product", "en-qa", "en-photo-story",
	"en-news-bbc-like", "ja-docs", "zh-blog", "vi-wordpress-blog", "vi-baogiaothong",
}

// TestGoldenFormats compares the Markdown and clean HTML of formatPages with their
// golden files. Run with -update to rewrite them, then review git diff.
func TestGoldenFormats(t *testing.T) {
	pages := make([]string, len(formatPages))
	for i, n := range formatPages {
		pages[i] = filepath.Join("testdata", "pages", n+".html")
	}
	winnowtest.RunPages(t, "testdata/pages", pages, &winnow.Options{Markdown: true, HTML: true})
}
