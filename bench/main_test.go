package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/winnow-go/winnow/bench/evalset"
	"github.com/winnow-go/winnow/bench/peers"
	"github.com/winnow-go/winnow/bench/runner"
)

func TestSelectExtractors(t *testing.T) {
	all, err := selectExtractors("")
	if err != nil || len(all) != 7 || all[0].Name != winnowName {
		t.Fatalf("default = %v, %v", names(all), err)
	}
	if b := baselines(all); len(b) != 1 || b[0].Name != peers.ParseName || len(scored(all)) != 6 {
		t.Errorf("baselines %v, scored %v: want html.Parse alone timed, the rest scored", names(b), names(scored(all)))
	}
	got, err := selectExtractors("readeck, winnow,readeck")
	if err != nil || strings.Join(names(got), ",") != "readeck,winnow" {
		t.Errorf("list = %v, %v", names(got), err)
	}
	if _, err := selectExtractors("nope"); err == nil {
		t.Error("unknown extractor accepted")
	}
}

func TestCommandLine(t *testing.T) {
	got := commandLine([]string{"-data", "../x y", "-j", "2"})
	if got != "cd bench && go run . -data '../x y' -j 2" {
		t.Errorf("commandLine = %q", got)
	}
}

// writeSet makes a one-page evaluation set with a synthetic article.
func writeSet(t *testing.T, root string) {
	dir := filepath.Join(root, "toy")
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for i := 0; i < 8; i++ {
		body.WriteString("<p>This synthetic paragraph describes how the benchmark reads a page and scores the text it gets back from every extractor.</p>\n")
	}
	html := `<!doctype html><html><head><title>Toy page</title></head><body><nav><a href="/">Home</a></nav><article><h1>Toy page</h1>` +
		body.String() + `</article><footer>Footer links</footer></body></html>`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(html))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "pages", "p1.html.gz"), gz.Bytes(), 0o644)
	truth := map[string]any{"p1": map[string]any{
		"articleBody": "This synthetic paragraph describes how the benchmark reads a page.",
		"title":       "Toy page",
		"with":        []string{"synthetic paragraph"},
		"without":     []string{"Footer links"},
		"url":         "https://example.com/toy",
	}}
	b, _ := json.Marshal(truth)
	os.WriteFile(filepath.Join(dir, "truth.json"), b, 0o644)
	os.WriteFile(filepath.Join(dir, "meta.json"), []byte(`{"p1": {"encoding": "utf-8"}}`), 0o644)
}

func TestRunEndToEnd(t *testing.T) {
	root := t.TempDir()
	writeSet(t, root)
	js := filepath.Join(root, "out.json")
	md := filepath.Join(root, "BENCHMARKS.md")
	floors := filepath.Join(root, "floors.json")
	os.WriteFile(floors, []byte(`{"toy.snippet_f1": 0.0}`), 0o644)
	args := []string{"-data", root, "-extractors", "winnow,readeck,html.Parse", "-json", js, "-write", "-md", md, "-floors", floors, "-q", "-worst", "1"}
	if code := run(args); code != 0 {
		t.Fatalf("run exit %d", code)
	}
	b, err := os.ReadFile(md)
	if err != nil || !strings.Contains(string(b), "toy BoW F1") || !strings.Contains(string(b), "<!-- bench:end -->") {
		t.Errorf("BENCHMARKS.md:\n%s (%v)", b, err)
	}
	// html.Parse is timed beside the others, in the speed table only.
	if !strings.Contains(string(b), "| html.Parse |") || !strings.Contains(string(b), "÷ html.Parse, toy") ||
		strings.Contains(string(b), "| html.Parse | 0.") {
		t.Errorf("BENCHMARKS.md should time html.Parse and never score it:\n%s", b)
	}
	var out struct {
		Baselines []string                      `json:"baselines"`
		Figures   map[string]map[string]float64 `json:"figures"`
	}
	if b, err := os.ReadFile(js); err != nil || json.Unmarshal(b, &out) != nil {
		t.Fatalf("json: %v", err)
	}
	if !slices.Equal(out.Baselines, []string{peers.ParseName}) || out.Figures["winnow"]["all.time_per_parse"] <= 0 ||
		out.Figures["winnow"]["all.p99_ms"] < out.Figures["winnow"]["all.p50_ms"] || out.Figures["winnow"]["all.mb_per_sec"] <= 0 {
		t.Errorf("json: baselines %v, winnow's figures %v", out.Baselines, out.Figures["winnow"])
	}
	if code := run([]string{"-data", root, "-extractors", "html.Parse", "-timing=false", "-q"}); code != 2 {
		t.Errorf("html.Parse without timing should be refused, exit %d", code)
	}
	if code := run([]string{"-data", root, "-extractors", "html.Parse", "-set", "toy", "-page", "p1"}); code != 2 {
		t.Errorf("-page with html.Parse alone should be refused, exit %d", code)
	}
	os.WriteFile(floors, []byte(`{"toy.snippet_f1": 1.1}`), 0o644)
	if code := run([]string{"-data", root, "-extractors", "winnow", "-floors", floors, "-q", "-timing=false"}); code != 1 {
		t.Errorf("floor above 1 should fail, exit %d", code)
	}
	os.WriteFile(floors, []byte(`{"nope.bow_f1": 0.1}`), 0o644)
	if code := run([]string{"-data", root, "-extractors", "winnow", "-floors", floors, "-q", "-timing=false"}); code != 1 {
		t.Errorf("missing figure should fail, exit %d", code)
	}
	if code := run([]string{"-data", root, "-set", "toy", "-page", "p1"}); code != 0 {
		t.Errorf("-page exit %d", code)
	}
	if code := run([]string{"-data", root, "-set", "toy", "-page", "zz"}); code != 2 {
		t.Errorf("-page unknown exit %d", code)
	}
	if code := run([]string{"-data", root, "-sets", "nope"}); code != 2 {
		t.Errorf("unknown set exit %d", code)
	}
}

func TestCollectMisses(t *testing.T) {
	set := &evalset.Set{Name: "toy", Pages: []*evalset.Page{
		{ID: "a", Truth: evalset.Truth{"date": {Str: "2024-03-05"}, "url": {Str: "https://example.com/a"}}},
		{ID: "b", Truth: evalset.Truth{"date": {Str: "2024-03-05"}}},
		{ID: "c", Truth: evalset.Truth{"title": {Str: "No date annotated"}}},
		{ID: "d", Truth: evalset.Truth{"date": {Str: ""}}},
	}}
	res := []runner.Result{
		{Out: runner.Output{Date: "2024-05-03"}},
		{Out: runner.Output{Date: "2024-03-05T10:00:00+02:00"}},
		{Out: runner.Output{Date: "2020-01-01"}},
		{Out: runner.Output{Date: "2021-02-02"}},
	}
	got := collectMisses(set, "date", res)
	want := []metaMiss{
		{set: "toy", id: "a", truth: "2024-03-05", got: "2024-05-03", url: "https://example.com/a"},
		{set: "toy", id: "d", truth: "", got: "2021-02-02"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("collectMisses = %+v, want %+v", got, want)
	}
}
