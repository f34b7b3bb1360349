package winnow

import (
	"context"
	"strings"
	"testing"
)

// checkFewTags checks that when fewTagsShape clears a page, the measuring pass finds
// nothing it would act on: no overflow, no depth past the parser's, no more nodes than
// maxNodes.
func checkFewTags(t *testing.T, page string, maxNodes int) bool {
	t.Helper()
	if _, ok := fewTagsShape([]byte(page), maxNodes); !ok {
		return false
	}
	sh, err := measureShape(context.Background(), []byte(page))
	if err != nil {
		t.Fatalf("%q: %v", page, err)
	}
	if sh.overflow || sh.maxDepth > parserMaxDepth || maxNodes > 0 && sh.nodes > maxNodes {
		t.Fatalf("%.200q with maxNodes %d cleared, but measured: overflow %v, depth %d, %d nodes",
			page, maxNodes, sh.overflow, sh.maxDepth, sh.nodes)
	}
	return true
}

func TestFewTagsShape(t *testing.T) {
	text := "<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" +
		strings.Repeat("Plain words. ", 1000) + "</p></article></body></html>"
	if !checkFewTags(t, text, -1) {
		t.Error("a page of one huge text needs the measuring pass")
	}
	for _, c := range []struct {
		name, page string
		maxNodes   int
	}{
		{"many tags", strings.Repeat("<div>", maxFewTags+1), -1},
		{"formatting overflow", strings.Repeat("<b id=x>", maxActiveFormatting+1), -1},
		{"formatting overflow, upper case", strings.Repeat("<B>", maxActiveFormatting+1), -1},
		{"node limit", "<p>a<p>b<p>c<p>d", 5},
	} {
		if checkFewTags(t, c.page, c.maxNodes) {
			t.Errorf("%s: cleared without the measuring pass", c.name)
		}
	}
	// Deep and misnested, within the counts: still cleared, and rightly.
	for _, page := range []string{
		strings.Repeat("<div>", maxFewTags),
		strings.Repeat("<b><p>x</p>", maxActiveFormatting) + strings.Repeat("<p>y", 100),
		strings.Repeat("<table><td>", 60),
	} {
		checkFewTags(t, page, -1)
		checkFewTags(t, page, 500)
	}
}

// FuzzFewTags checks the proof of fewTagsShape against the measuring pass.
func FuzzFewTags(f *testing.F) {
	f.Add("<b><i><p>x<p>y</i></b><a href=1><a href=2>z", 100)
	f.Add(strings.Repeat("<u>", 8)+"<table><td><p>t", 20)
	f.Fuzz(func(t *testing.T, page string, maxNodes int) {
		checkFewTags(t, page, maxNodes)
	})
}
