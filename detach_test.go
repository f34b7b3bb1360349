package winnow

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// pageSpan finds where the fast builder's copy of src lies in memory: the text of the
// first text node that occurs once in src is a substring of that copy at the same offset.
func pageSpan(t *testing.T, doc *html.Node, src string) (lo, hi uintptr) {
	t.Helper()
	for n := range doc.Descendants() {
		if n.Type != html.TextNode || len(n.Data) < 8 || strings.Count(src, n.Data) != 1 {
			continue
		}
		base := uintptr(unsafe.Pointer(unsafe.StringData(n.Data))) - uintptr(strings.Index(src, n.Data))
		return base, base + uintptr(len(src))
	}
	t.Fatal("no text node occurs once in the page")
	return 0, 0
}

// TestPackedArticleHoldsNoPage checks that nothing an Article carries out of a packed tree
// (its content tree's strings, its metadata) points into the fast builder's copy of the
// page, which would keep the whole page alive as long as the Article.
func TestPackedArticleHoldsNoPage(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	checked := 0
	for _, path := range pages[:min(len(pages), 12)] {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		src, err := decode(raw, "")
		require.NoError(t, err)
		doc, from, err := parseContext(context.Background(), src, 0)
		require.NoError(t, err)
		if !from.packed {
			continue
		}
		lo, hi := pageSpan(t, doc, string(src))
		inPage := func(s string) bool {
			if s == "" {
				return false
			}
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			return p >= lo && p < hi
		}
		o := (*Options)(nil).withDefaults()
		a, err := extract(context.Background(), doc, &o, from)
		if err != nil {
			continue
		}
		require.NotNil(t, a.Content, path)
		for _, s := range append([]string{a.Title, a.SiteName, a.Language, a.Description, a.Image, a.URL, a.Text},
			append(append(a.Authors, a.Categories...), a.Tags...)...) {
			require.False(t, inPage(s), "%s: metadata string %.40q points into the page", path, s)
		}
		// A content tree that is most of the page moves the page's nodes (see
		// mostlyKept); one that is clearly a small part of it must be a copy.
		pageNodes, contentNodes := 0, 0
		for range doc.Descendants() {
			pageNodes++
		}
		for range a.Content.Descendants() {
			contentNodes++
		}
		if 3*contentNodes >= pageNodes {
			continue
		}
		checked++
		for n := range a.Content.Descendants() {
			require.False(t, inPage(n.Data), "%s: content string %.40q points into the page", path, n.Data)
			for _, at := range n.Attr {
				require.False(t, inPage(at.Val), "%s: attribute %s=%.40q points into the page", path, at.Key, at.Val)
			}
		}
	}
	require.Positive(t, checked, "no page's content was a small part of it")
}

// TestPackedContentAsCopied checks that the compact copy of a packed tree's content is the
// tree copyNode makes of the same blocks.
func TestPackedContentAsCopied(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	require.NoError(t, err)
	for _, path := range pages {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		src, err := decode(raw, "")
		require.NoError(t, err)
		doc, from, err := parseContext(context.Background(), src, 0)
		require.NoError(t, err)
		o := (*Options)(nil).withDefaults()
		_, tr, _, err := measurePage(context.Background(), doc, &o, from.nodes)
		require.NoError(t, err)
		roots := []int32{tr.body}
		var packed, copied strings.Builder
		require.NoError(t, html.Render(&packed, tr.contentTree(roots, source{packed: true})))
		require.NoError(t, html.Render(&copied, tr.contentTree(roots, source{})))
		require.Equal(t, copied.String(), packed.String(), path)
	}
}

// TestPackedContentMovedWhenMostOfPage checks that a page that is nearly all content has
// its packed nodes moved into the content tree, not copied: a copy would hold such a page
// twice at its peak.
func TestPackedContentMovedWhenMostOfPage(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><article>")
	for i := range 200 {
		b.WriteString("<p>The river rose slowly through the night, and by morning the lower fields were under water again, paragraph ")
		b.WriteString(strings.Repeat("x", i%7+1))
		b.WriteString(".</p>")
	}
	b.WriteString("</article></body></html>")
	doc, from, err := parseContext(context.Background(), []byte(b.String()), 0)
	require.NoError(t, err)
	require.True(t, from.packed, "the fast builder should build this page")
	parsed := map[*html.Node]bool{}
	for n := range doc.Descendants() {
		parsed[n] = true
	}
	o := (*Options)(nil).withDefaults()
	a, err := extract(context.Background(), doc, &o, from)
	require.NoError(t, err)
	moved := 0
	for n := range a.Content.Descendants() {
		if parsed[n] {
			moved++
		}
	}
	require.Greater(t, moved, 400, "the paragraphs and their texts are the parsed nodes")
}

// TestBodyFromLDOwnsText checks that a JSON-LD body taken as the text is a string of its
// own even when it is one line left as it is: detachStrings no longer copies Text, so a
// piece of a packed page here would keep the page alive and change when it is reused.
func TestBodyFromLDOwnsText(t *testing.T) {
	page := []byte("x A body of one line, already collapsed and in NFC. y")
	body := unsafe.String(&page[2], len(page)-4)
	text := bodyFromLD(body)
	require.Equal(t, body, text)
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(text))), uintptr(unsafe.Pointer(&page[0]))
	require.False(t, p >= lo && p < lo+uintptr(len(page)), "the text points into the page")
	for _, body := range []string{"Line one.\nLine two.", "<p>One.</p><p>Two.</p>", "  spaced   out  "} {
		text := bodyFromLD(body)
		require.NotEmpty(t, text)
		b, p := uintptr(unsafe.Pointer(unsafe.StringData(body))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
		require.False(t, p >= b && p < b+uintptr(len(body)), "%q: the text points into the body", body)
	}
}
