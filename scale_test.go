package winnow_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/winnow-go/winnow"
)

// The page shapes of the scaling benchmark and the hostile-input corpus. Each generator
// writes a page of about size bytes (never less) whose cost would expose a step that is
// not linear in the page: many blocks, deep nesting, many siblings, huge attributes, one
// huge text node, huge tables.
var shapes = []struct {
	name string
	gen  func(size int) []byte
}{
	{"flat", flatPage},
	{"deep", deepPage},
	{"siblings", siblingsPage},
	{"attrs", attrsPage},
	{"text", textPage},
	{"table", tablePage},
}

// shapeSizes are the page sizes the benchmark measures.
var shapeSizes = []int{10 << 10, 100 << 10, 1 << 20, 10 << 20}

// sentence is prose long enough, and punctuated enough, to count as a paragraph.
const sentence = "The council met on Tuesday to discuss the budget, and the members agreed, after a long debate, to fund the new library. "

// deepLevels is the nesting depth of the deep shape: far past the 512 open elements
// golang.org/x/net/html accepts.
const deepLevels = 10_000

func pageHead(b *bytes.Buffer, title string) {
	b.WriteString("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>")
	b.WriteString(title)
	b.WriteString("</title></head><body>\n")
}

func pageTail(b *bytes.Buffer) []byte {
	b.WriteString("</body></html>\n")
	return b.Bytes()
}

// flatPage is an article of size bytes: paragraphs of a few sentences, a heading now and
// then, all in one <article>.
func flatPage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 512)
	pageHead(&b, "Flat")
	b.WriteString("<article>\n")
	for i := 0; b.Len() < size; i++ {
		if i%10 == 0 {
			fmt.Fprintf(&b, "<h2>Section %d</h2>\n", i/10+1)
		}
		fmt.Fprintf(&b, "<p>%s%s%s</p>\n", sentence, sentence, sentence)
	}
	b.WriteString("</article>\n")
	return pageTail(&b)
}

// deepPage nests <div>s deepLevels deep (or as deep as fits in size) with a paragraph at
// the bottom, and repeats such towers until the page is size bytes.
func deepPage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 512)
	pageHead(&b, "Deep")
	const perLevel = len("<div></div>")
	levels := min(deepLevels, max(1, (size-len(sentence))/perLevel))
	for b.Len() < size {
		b.WriteString(strings.Repeat("<div>", levels))
		fmt.Fprintf(&b, "<p>%s</p>", sentence)
		b.WriteString(strings.Repeat("</div>", levels))
		b.WriteString("\n")
	}
	return pageTail(&b)
}

// siblingsPage is one <div> holding tiny elements side by side: a 10 MB page holds more
// than a million of them.
func siblingsPage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 512)
	pageHead(&b, "Siblings")
	b.WriteString("<div>")
	for b.Len() < size {
		b.WriteString("<i>w</i>")
	}
	b.WriteString("</div>\n")
	return pageTail(&b)
}

// attrsPage is a short article whose bytes are nearly all in attributes: an inline
// data: image of size bytes and a long class list.
func attrsPage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 2048)
	pageHead(&b, "Attributes")
	b.WriteString("<article><p>" + sentence + sentence + "</p>")
	b.WriteString(`<p class="`)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&b, "c%d ", i)
	}
	b.WriteString(`">` + sentence + `</p><img alt="chart" src="data:image/png;base64,`)
	for b.Len() < size {
		b.WriteString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk")
	}
	b.WriteString(`"><p>` + sentence + sentence + "</p></article>\n")
	return pageTail(&b)
}

// textPage is one paragraph: a single text node of size bytes.
func textPage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 512)
	pageHead(&b, "Text")
	b.WriteString("<article><p>")
	for b.Len() < size {
		b.WriteString(sentence)
	}
	b.WriteString("</p></article>\n")
	return pageTail(&b)
}

// tablePage is one table of ten columns with as many rows as fit in size bytes.
func tablePage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 512)
	pageHead(&b, "Table")
	b.WriteString("<p>" + sentence + sentence + "</p><table><thead><tr>")
	for c := 0; c < 10; c++ {
		fmt.Fprintf(&b, "<th>Column %d</th>", c)
	}
	b.WriteString("</tr></thead><tbody>\n")
	for r := 0; b.Len() < size; r++ {
		b.WriteString("<tr>")
		for c := 0; c < 10; c++ {
			fmt.Fprintf(&b, "<td>%d.%d</td>", r, c)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
	return pageTail(&b)
}

// BenchmarkScale extracts each shape at each size, beside html.Parse alone on the same
// bytes as the reference. Divide ns/op and B/op by the size for the cost per byte.
func BenchmarkScale(b *testing.B) {
	opts := &winnow.Options{MaxBytes: -1, MaxNodes: -1}
	for _, s := range shapes {
		for _, size := range shapeSizes {
			page := s.gen(size)
			b.Run(fmt.Sprintf("%s/%s/extract", s.name, sizeName(size)), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				for b.Loop() {
					_, _ = winnow.Extract(bytes.NewReader(page), opts)
				}
			})
			b.Run(fmt.Sprintf("%s/%s/parse", s.name, sizeName(size)), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				for b.Loop() {
					_, _ = html.Parse(bytes.NewReader(page))
				}
			})
		}
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}
