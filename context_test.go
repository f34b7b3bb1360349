package winnow_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/winnow-go/winnow"
)

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	// Two collections empty every sync.Pool (the side tables are recycled through one),
	// so that what f allocates does not depend on what ran before it.
	runtime.GC()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestExtractContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a, err := winnow.ExtractContext(ctx, bytes.NewReader(flatPage(100<<10)), nil)
	if !errors.Is(err, context.Canceled) || a != nil {
		t.Fatalf("got %v, %v; want context.Canceled", a, err)
	}
	if !strings.HasPrefix(err.Error(), "winnow: ") {
		t.Errorf("error %q lacks the package prefix", err)
	}
}

// TestExtractContextStopsPromptly cancels extractions of large pages at several moments
// and checks that each returns soon after. The bound is loose, half a whole extraction:
// the scoring and selection passes do not look at the context, and take up to 40% of an
// extraction on a giant table; without the checks the overrun would be most of one.
func TestExtractContextStopsPromptly(t *testing.T) {
	if testing.Short() || winnow.RaceEnabled {
		t.Skip("times extractions of large pages")
	}
	opts := &winnow.Options{MaxNodes: -1}
	for _, shape := range []string{"flat", "table"} {
		page := shapePage(shape, 512<<10)
		full := time.Duration(1 << 62)
		for range 2 {
			start := time.Now()
			if _, err := winnow.Extract(bytes.NewReader(page), opts); err != nil && !errors.Is(err, winnow.ErrNoContent) {
				t.Fatal(err)
			}
			full = min(full, time.Since(start))
		}
		slack := max(full/2, 200*time.Millisecond)
		worst := time.Duration(0)
		for i := 1; i < 5; i++ {
			after := full * time.Duration(i) / 5
			// The best of three tries: a busy machine delays a try, never speeds one up.
			best := time.Duration(1 << 62)
			for range 3 {
				ctx, cancel := context.WithTimeout(context.Background(), after)
				start := time.Now()
				_, err := winnow.ExtractContext(ctx, bytes.NewReader(page), opts)
				took := time.Since(start)
				cancel()
				if err == nil || errors.Is(err, winnow.ErrNoContent) {
					best = 0 // finished first: the machine was quicker this time
					break
				}
				if !errors.Is(err, context.DeadlineExceeded) {
					t.Fatalf("%s: cancelled after %v: got %v, want context.DeadlineExceeded", shape, after, err)
				}
				best = min(best, took-after)
			}
			worst = max(worst, best)
		}
		t.Logf("%s: full extraction %v, longest overrun after cancellation %v", shape, full, worst)
		if worst > slack {
			t.Errorf("%s: returned %v after the cancellation, more than %v", shape, worst, slack)
		}
	}
}

// countingContext is a context whose Err reports cancellation from its cancelAt-th call
// on (never when cancelAt is 0), and which counts the calls.
type countingContext struct {
	context.Context
	calls, cancelAt int
}

func (c *countingContext) Err() error {
	c.calls++
	if c.cancelAt > 0 && c.calls >= c.cancelAt {
		return context.Canceled
	}
	return nil
}

// TestExtractContextChecks counts how often an extraction looks at its context, and
// cancels it at each of those moments in turn (at 40 of them, evenly spread, when there
// are more): every one must end the extraction with the context's error.
func TestExtractContextChecks(t *testing.T) {
	page := flatPage(256 << 10)
	ctx := &countingContext{Context: context.Background()}
	if _, err := winnow.ExtractContext(ctx, bytes.NewReader(page), nil); err != nil {
		t.Fatal(err)
	}
	// One look per 64 KiB read at least, in the measuring pass and in the parse.
	if min := 2 * len(page) / (64 << 10); ctx.calls < min {
		t.Fatalf("the context was looked at %d times, fewer than %d", ctx.calls, min)
	}
	total := ctx.calls
	step := max(1, total/40)
	for at := 1; at <= total; at += step {
		ctx := &countingContext{Context: context.Background(), cancelAt: at}
		a, err := winnow.ExtractContext(ctx, bytes.NewReader(page), nil)
		if !errors.Is(err, context.Canceled) || a != nil {
			t.Fatalf("cancelled at look %d of %d: got %v", at, total, err)
		}
	}
}

func shapePage(name string, size int) []byte {
	for _, s := range shapes {
		if s.name == name {
			return s.gen(size)
		}
	}
	panic("no shape " + name)
}

// TestMaxNodesBeforeTheTree checks that a page with more nodes than Options.MaxNodes
// fails before its tree is built: it costs a few times its size, not the tree's.
func TestMaxNodesBeforeTheTree(t *testing.T) {
	page := siblingsPage(1 << 20) // about 250,000 nodes
	var err error
	alloc := allocated(func() {
		_, err = winnow.Extract(bytes.NewReader(page), &winnow.Options{MaxNodes: 100_000})
	})
	if !errors.Is(err, winnow.ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	treeAlloc := allocated(func() { _, _ = html.Parse(bytes.NewReader(page)) })
	t.Logf("refused with %d bytes allocated; the tree alone takes %d", alloc, treeAlloc)
	if alloc*4 > treeAlloc {
		t.Errorf("refusing the page allocated %d bytes, more than a quarter of its tree's %d", alloc, treeAlloc)
	}
}

// formattingBomb is a page of a few kilobytes that golang.org/x/net/html turns into a
// tree of hundreds of thousands of nodes: open formatting elements, all different, are
// reopened in every paragraph that follows.
func formattingBomb(open, paras int) []byte {
	var b bytes.Buffer
	b.WriteString("<html><body><article><p>")
	for i := 0; i < open; i++ {
		fmt.Fprintf(&b, "<b id=%d>", i)
	}
	b.WriteString("</p>")
	for i := 0; i < paras; i++ {
		fmt.Fprintf(&b, "<p>%s %d</p>", sentence, i)
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// TestFormattingBomb checks that such a page costs winnow a bounded multiple of its size
// and keeps its text.
func TestFormattingBomb(t *testing.T) {
	page := formattingBomb(400, 2000)
	treeAlloc := allocated(func() { _, _ = html.Parse(bytes.NewReader(page)) })
	var a *winnow.Article
	var err error
	alloc := allocated(func() { a, err = winnow.Extract(bytes.NewReader(page), nil) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d bytes of page: html.Parse allocates %d, Extract %d", len(page), treeAlloc, alloc)
	if alloc > 150*uint64(len(page)) {
		t.Errorf("Extract allocated %d bytes for a page of %d", alloc, len(page))
	}
	if !strings.Contains(a.Text, "fund the new library") || !strings.Contains(a.Text, " 1999") {
		t.Errorf("the text was lost: %.200q", a.Text)
	}
}
