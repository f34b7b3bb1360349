package report

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/winnow-go/winnow/bench/evalset"
	"github.com/winnow-go/winnow/bench/runner"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func testSet(t *testing.T) *evalset.Set {
	truth, err := evalset.ParseTruthFile([]byte(`{
	 "a": {"articleBody": "one two three four five", "title": "Alpha", "author": ["Ann", "Bo"],
	       "date": "2020-01-02", "page_type": "article", "with": ["two three"], "without": ["menu"]},
	 "b": {"articleBody": "six seven eight", "title": "Beta", "date": "2020-01-03T23:30:00Z",
	       "page_type": "forum", "with": ["seven"], "without": ["login"], "siteName": "Site"}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	return &evalset.Set{Name: "toy", Pages: []*evalset.Page{
		{ID: "a", Truth: truth["a"]}, {ID: "b", Truth: truth["b"]},
	}}
}

func TestScore(t *testing.T) {
	set := testSet(t)
	res := []runner.Result{
		{Out: runner.Output{Text: "one two three four five menu", Title: "alpha ", Author: "Ann; Bo", Date: "2020-01-02", PageType: "Article"}},
		{Out: runner.Output{Text: "leftover", Title: "Beta"}, Err: "boom"},
	}
	sr := Score(set, "x", res)
	if sr.Failures != 1 || sr.Errors != 1 || sr.Pages != 2 {
		t.Errorf("failures = %+v", sr)
	}
	// page a: truth shingles {1234, 2345}, pred {1234, 2345, 345menu}: P 2/3, R 1.
	// page b: failed, empty text: P left out, R 0.
	if !near(sr.Shingle.P, 2.0/3) || !near(sr.Shingle.R, 0.5) || sr.Shingle.NP != 1 {
		t.Errorf("shingle = %+v", sr.Shingle)
	}
	// BoW: a P 5/6 R 1 F1 10/11; b 0.
	if !near(sr.BoW.F1, 5.0/11) || !near(sr.BoWByType["article"].F1, 10.0/11) || sr.BoWByType["forum"].F1 != 0 {
		t.Errorf("bow = %+v by type %+v", sr.BoW, sr.BoWByType)
	}
	// snippets: a tp1 fp1; b fn1 tn1 -> F1 = 2/(2+1+1).
	if sr.Snippets.TP != 1 || sr.Snippets.FP != 1 || sr.Snippets.FN != 1 || sr.Snippets.TN != 1 || !near(sr.Snippets.F1(), 0.5) {
		t.Errorf("snippets = %+v", sr.Snippets)
	}
	// title: a matches, b matches (metadata kept with the error); author only on a.
	if m := sr.Meta["title"]; m.Match != 2 || m.N != 2 {
		t.Errorf("title = %+v", m)
	}
	if m := sr.Meta["author"]; m.Match != 1 || m.N != 1 || m.Acc != 1 {
		t.Errorf("author = %+v", m)
	}
	if m := sr.Meta["date"]; m.Match != 1 || m.N != 2 {
		t.Errorf("date = %+v", m)
	}
	if m := sr.Meta["sitename"]; m.Match != 0 || m.N != 1 {
		t.Errorf("sitename = %+v", m)
	}
	// page_type: a right (case folded), b wrong (none given).
	if m := sr.Meta["page_type"]; m.Match != 1 || m.N != 2 || m.Acc != 0.5 {
		t.Errorf("page_type = %+v", m)
	}
	w := sr.Worst(1)
	if len(w) != 1 || w[0].ID != "b" {
		t.Errorf("worst = %+v", w)
	}
	f := sr.Figures()
	if !near(f["toy.bow_f1"], 5.0/11) || !near(f["toy.title"], 1) || f["toy.failures"] != 1 || !near(f["toy.bow_f1.article"], 10.0/11) {
		t.Errorf("figures = %v", f)
	}
	if _, ok := f["toy.pages_per_sec"]; ok {
		t.Error("untimed result has a speed")
	}
}

func TestRunRender(t *testing.T) {
	set := testSet(t)
	ok := []runner.Result{{Out: runner.Output{Text: "one two three four five", Title: "Alpha"}}, {Out: runner.Output{Text: "six seven eight"}}}
	a := Score(set, "winnow", ok)
	a.Timing = &runner.Timing{Pages: 2, Wall: time.Second, AllocBytes: 4 << 20}
	b := Score(set, "peer", []runner.Result{{Err: "x", Panic: true}, {Err: "t", Timeout: true}})
	run := &Run{Command: "go run .", Date: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), GoVersion: "go1.26",
		Workers: 2, Extractors: []string{"winnow", "peer"}, Sets: []string{"toy"}, Results: []*SetResult{a, b},
		Modules: map[string]string{"peer": "example.com/peer"}, Versions: map[string]string{"peer": "v1.0.0"}}
	tab := run.Table()
	for _, want := range []string{"toy shingle F1", "toy BoW F1", "toy snippet F1", "toy title", "toy sitename",
		"| winnow | 1.000 | 1.000 | 1.000 |", "| 2.0 | 2.00 | 0/2 |", "2/2 (1 panic(s), 1 timeout(s))"} {
		if !strings.Contains(tab, want) {
			t.Errorf("table lacks %q:\n%s", want, tab)
		}
	}
	types := run.TypeTables()
	if !strings.Contains(types, "| extractor | article (1) | forum (1) |") || !strings.Contains(types, "| winnow | 1.000 | 1.000 |") {
		t.Errorf("type table:\n%s", types)
	}
	md := run.Markdown()
	if !strings.Contains(md, "example.com/peer` v1.0.0") || !strings.Contains(md, "2026-01-02") {
		t.Errorf("markdown:\n%s", md)
	}
	figs := run.Figures("winnow")
	if figs["all.pages_per_sec"] != 2 || figs["all.alloc_per_page"] != 2<<20 || figs["toy.bow_f1"] != 1 {
		t.Errorf("figures = %v", figs)
	}
	var buf bytes.Buffer
	if err := run.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if _, ok := back["figures"].(map[string]any)["winnow"]; !ok {
		t.Errorf("JSON lacks figures: %s", buf.String()[:200])
	}
}

func TestSpeedTable(t *testing.T) {
	ms := time.Millisecond
	lat := func(ds ...time.Duration) *runner.Timing {
		tm := runner.Timing{Pages: len(ds), Bytes: int64(len(ds)) * 2e6, Mallocs: 300}
		for _, d := range ds {
			tm.CPU += d
			tm.Wall += d
		}
		tm = tm.Add(runner.Timing{Latencies: ds})
		return &tm
	}
	res := []*SetResult{
		{Set: "a", Extractor: "winnow", Pages: 2, Timing: lat(2*ms, 4*ms)},
		{Set: "b", Extractor: "winnow", Pages: 1, Timing: lat(6 * ms)},
		{Set: "a", Extractor: "html.Parse", Pages: 2, Timing: lat(4*ms, 4*ms)},
		{Set: "b", Extractor: "html.Parse", Pages: 1, Timing: lat(3 * ms)},
	}
	run := &Run{Extractors: []string{"winnow"}, Baselines: []string{"html.Parse"}, Sets: []string{"a", "b"}, Results: res, Timed: true}
	// winnow: 12 ms for 3 pages; html.Parse: 11 ms. Set a: 3 ms a page against 4; set b: 6 against 3.
	if x, ok := run.PerParse("winnow", "a"); !ok || !near(x, 0.75) {
		t.Errorf("PerParse(a) = %v, %v; want 0.75", x, ok)
	}
	if x, ok := run.PerParse("winnow", ""); !ok || !near(x, 12.0/11) {
		t.Errorf("PerParse(all) = %v, %v; want 12/11", x, ok)
	}
	if _, ok := run.PerParse("peer", "a"); ok {
		t.Error("PerParse of an extractor not run")
	}
	tab := run.SpeedTable()
	for _, want := range []string{
		"| extractor | pages per CPU-s | MB per CPU-s | MiB alloc/page | allocs/page | p50 ms | p99 ms | ÷ html.Parse, a | ÷ html.Parse, b | ÷ html.Parse, all |",
		"| winnow | 250.0 | 500.00 | 0.00 | 200 | 4.00 | 6.00 | 0.75× | 2.00× | 1.09× |",
		"| html.Parse | 272.7 | 545.45 | 0.00 | 200 | 4.00 | 4.00 | 1.00× | 1.00× | 1.00× |",
	} {
		if !strings.Contains(tab, want) {
			t.Errorf("speed table lacks %q:\n%s", want, tab)
		}
	}
	if strings.Contains(run.Table(), "html.Parse") {
		t.Error("the main table scores html.Parse")
	}
	run.Timed = false
	if run.SpeedTable() != "" {
		t.Error("an untimed run has a speed table")
	}
}

func TestCheckFloors(t *testing.T) {
	figs := map[string]float64{"wcxb-dev.bow_f1": 0.79, "readability.shingle_f1": 0.95}
	bad := CheckFloors(figs, map[string]float64{"wcxb-dev.bow_f1": 0.80, "readability.shingle_f1": 0.9})
	if len(bad) != 1 || !strings.Contains(bad[0], "wcxb-dev.bow_f1 = 0.7900 is below its floor 0.8000") {
		t.Errorf("bad = %q", bad)
	}
	bad = CheckFloors(figs, map[string]float64{"mercury.title": 0.5})
	if len(bad) != 1 || !strings.Contains(bad[0], "no such figure") {
		t.Errorf("missing = %q", bad)
	}
	if bad := CheckFloors(figs, map[string]float64{"readability.shingle_f1": 0.95}); len(bad) != 0 {
		t.Errorf("equal to floor should pass: %q", bad)
	}
	p := filepath.Join(t.TempDir(), "floors.json")
	os.WriteFile(p, []byte(`{"a.b": 0.5}`), 0o644)
	if m, err := ReadFloors(p); err != nil || m["a.b"] != 0.5 {
		t.Errorf("ReadFloors = %v, %v", m, err)
	}
}

func TestWriteSection(t *testing.T) {
	p := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	if err := WriteSection(p, "first"); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	if string(b) != "# Benchmarks\n\n"+BeginMarker+"\nfirst\n"+EndMarker+"\n" {
		t.Errorf("new file:\n%s", b)
	}
	os.WriteFile(p, []byte("intro\n"+BeginMarker+"\nold\n"+EndMarker+"\noutro\n"), 0o644)
	WriteSection(p, "new\n")
	b, _ = os.ReadFile(p)
	if string(b) != "intro\n"+BeginMarker+"\nnew\n"+EndMarker+"\noutro\n" {
		t.Errorf("replaced:\n%s", b)
	}
	os.WriteFile(p, []byte("no markers"), 0o644)
	WriteSection(p, "x")
	b, _ = os.ReadFile(p)
	if string(b) != "no markers\n\n"+BeginMarker+"\nx\n"+EndMarker+"\n" {
		t.Errorf("appended:\n%s", b)
	}
}

func TestLineDiff(t *testing.T) {
	truth := "Title line\n\nFirst  paragraph here.\nSecond paragraph.\n"
	got := "Menu\nFirst paragraph here. Second paragraph.\n\nShare this"
	missed, extra := LineDiff(truth, got)
	if len(missed) != 1 || missed[0] != "Title line" {
		t.Errorf("missed = %q", missed)
	}
	if len(extra) != 2 || extra[0] != "Menu" || extra[1] != "Share this" {
		t.Errorf("extra = %q", extra)
	}
}

func TestDiff(t *testing.T) {
	set := testSet(t)
	r := runner.Result{Out: runner.Output{Text: "one two three\nfour five\nmenu", Title: "Alpha"}}
	d := Diff("toy", set.Pages[0], "winnow", &r)
	for _, want := range []string{"toy/a (winnow)", "ok   title", "MISS author", `without found:  "menu"`, "+ menu", "truth lines missed (0 of 1)"} {
		if !strings.Contains(d, want) {
			t.Errorf("diff lacks %q:\n%s", want, d)
		}
	}
}
