package winnow

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// contentPagesDir holds the pages TestContentMovedAsCopied extracts; WINNOW_CONTENT_PAGES
// names another directory (such as the evaluation sets) for a wider check.
func contentPagesDir() string {
	if d := os.Getenv("WINNOW_CONTENT_PAGES"); d != "" {
		return d
	}
	return "testdata/pages"
}

// TestContentMovedAsCopied checks that the content tree made of the parsed nodes
// themselves, as Extract makes it, is the tree ExtractNode copies, and that moving the
// nodes changes none of the other fields.
func TestContentMovedAsCopied(t *testing.T) {
	var pages []string
	err := filepath.WalkDir(contentPagesDir(), func(p string, d fs.DirEntry, err error) error {
		if err == nil && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".html.gz")) {
			pages = append(pages, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, p := range pages {
		b, err := readGzPage(p)
		if err != nil {
			t.Fatal(err)
		}
		src, err := decode(b, "")
		if err != nil {
			continue
		}
		o := (&Options{Markdown: true, HTML: true}).withDefaults()
		var out [2]*Article
		var errs [2]error
		for k, owned := range []bool{false, true} {
			doc, err := parseHTML(src)
			if err != nil {
				t.Fatal(err)
			}
			out[k], errs[k] = extract(context.Background(), doc, &o, source{owned: owned})
		}
		if errs[0] != nil || errs[1] != nil {
			if (errs[0] == nil) != (errs[1] == nil) {
				t.Errorf("%s: extracted once only", p)
			}
			continue
		}
		compared++
		copied, moved := out[0], out[1]
		if render(t, copied.Content) != render(t, moved.Content) {
			t.Errorf("%s: the moved content tree differs from the copy", p)
		}
		copied.Content, moved.Content = nil, nil
		if !reflect.DeepEqual(copied, moved) {
			t.Errorf("%s: moving the content tree changed the other fields", p)
		}
	}
	t.Logf("%d of %d pages compared", compared, len(pages))
	if compared < len(pages)/2 {
		t.Errorf("only %d of %d pages compared", compared, len(pages))
	}
}

func render(t *testing.T, n *html.Node) string {
	var sb strings.Builder
	if err := html.Render(&sb, n); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

// readGzPage reads a page, gunzipped when its name ends in .gz (winnowtest, which does
// the same, imports this package).
func readGzPage(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
