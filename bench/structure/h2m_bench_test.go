package structure

import (
	"bytes"
	"os"
	"testing"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/winnow-go/winnow"
)

// BenchmarkHTMLToMarkdown times html-to-markdown v2 on winnow's pruned tree of the page
// that the root package's BenchmarkRender uses, for a like-for-like comparison.
func BenchmarkHTMLToMarkdown(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/pages/en-docs.html")
	if err != nil {
		b.Skip("no testdata beside the bench module")
	}
	a, err := winnow.Extract(bytes.NewReader(raw), &winnow.Options{URL: "https://example.com/docs/page.html"})
	if err != nil {
		b.Fatal(err)
	}
	conv := converter.NewConverter(converter.WithPlugins(base.NewBasePlugin(), commonmark.NewCommonmarkPlugin(), table.NewTablePlugin()))
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := conv.ConvertNode(a.Content, converter.WithDomain("https://example.com/docs/page.html")); err != nil {
			b.Fatal(err)
		}
	}
}
