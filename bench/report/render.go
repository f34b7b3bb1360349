package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/winnow-go/winnow/bench/runner"
)

// Run is a whole benchmark run.
type Run struct {
	Command    string            `json:"command"`
	Date       time.Time         `json:"date"`
	GoVersion  string            `json:"go_version"`
	Platform   string            `json:"platform"`
	Workers    int               `json:"workers"`
	Versions   map[string]string `json:"versions"` // extractor name -> module version
	Modules    map[string]string `json:"modules"`  // extractor name -> module path
	Extractors []string          `json:"extractors"`
	Baselines  []string          `json:"baselines,omitempty"` // timed, not scored: the floor (html.Parse)
	Sets       []string          `json:"sets"`
	Results    []*SetResult      `json:"results"`
	Seconds    float64           `json:"seconds"`
	Timed      bool              `json:"timed"`
}

// Result returns an extractor's result on a set, or nil.
func (r *Run) Result(set, extractor string) *SetResult {
	for _, sr := range r.Results {
		if sr.Set == set && sr.Extractor == extractor {
			return sr
		}
	}
	return nil
}

// Total sums an extractor's timing and failures over all sets.
func (r *Run) Total(extractor string) (t TimingSum) {
	for _, sr := range r.Results {
		if sr.Extractor != extractor {
			continue
		}
		t.Pages += sr.Pages
		t.Failures += sr.Failures
		t.Panics += sr.Panics
		t.Timeouts += sr.Timeouts
		if sr.Timing != nil {
			t.Timing = t.Timing.Add(*sr.Timing)
			t.Timed = true
		}
	}
	return t
}

// Figures returns every named figure of an extractor: the sets' figures
// (see SetResult.Figures) and all.failures, all.pages_per_sec and
// all.alloc_per_page over all sets run.
func (r *Run) Figures(extractor string) map[string]float64 {
	f := map[string]float64{}
	for _, sr := range r.Results {
		if sr.Extractor != extractor {
			continue
		}
		for k, v := range sr.Figures() {
			f[k] = v
		}
	}
	t := r.Total(extractor)
	f["all.failures"] = float64(t.Failures)
	if t.Timed {
		f["all.pages_per_sec"] = t.Timing.PagesPerSec()
		f["all.alloc_per_page"] = t.Timing.AllocPerPage()
		f["all.mb_per_sec"] = t.Timing.MBPerSec()
		f["all.p50_ms"] = ms(t.Timing.P50)
		f["all.p99_ms"] = ms(t.Timing.P99)
		if x, ok := r.PerParse(extractor, ""); ok {
			f["all.time_per_parse"] = x
		}
	}
	return f
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// PerParse returns an extractor's CPU time per page over the first baseline's
// (html.Parse alone) on the same set, or over all sets timed when set is "",
// and whether both were timed there.
func (r *Run) PerParse(extractor, set string) (float64, bool) {
	if len(r.Baselines) == 0 {
		return 0, false
	}
	timing := func(ex string) (runner.Timing, bool) {
		if set == "" {
			s := r.Total(ex)
			return s.Timing, s.Timed
		}
		if sr := r.Result(set, ex); sr != nil && sr.Timing != nil {
			return *sr.Timing, true
		}
		return runner.Timing{}, false
	}
	e, ok1 := timing(extractor)
	b, ok2 := timing(r.Baselines[0])
	if !ok1 || !ok2 || e.PagesPerSec() <= 0 || b.PagesPerSec() <= 0 {
		return 0, false
	}
	// Time per page is the inverse of pages per second.
	return b.PagesPerSec() / e.PagesPerSec(), true
}

// SpeedTable renders the single-core figures of every extractor and baseline
// over all sets timed, and each one's CPU time per page over html.Parse's per
// set; "" when the run was not timed.
func (r *Run) SpeedTable() string {
	if !r.Timed {
		return ""
	}
	var b strings.Builder
	b.WriteString("\nSpeed on one core (GOMAXPROCS=1), every page of every set once:\n\n")
	b.WriteString("| extractor | pages per CPU-s | MB per CPU-s | MiB alloc/page | allocs/page | p50 ms | p99 ms |")
	var parseCols []string
	if len(r.Baselines) > 0 {
		for _, set := range r.Sets {
			if sr := r.Result(set, r.Baselines[0]); sr != nil && sr.Timing != nil {
				parseCols = append(parseCols, set)
				fmt.Fprintf(&b, " ÷ %s, %s |", r.Baselines[0], set)
			}
		}
		fmt.Fprintf(&b, " ÷ %s, all |", r.Baselines[0])
	}
	b.WriteString("\n|---|---:|---:|---:|---:|---:|---:|")
	if len(r.Baselines) > 0 {
		b.WriteString(strings.Repeat("---:|", len(parseCols)+1))
	}
	b.WriteString("\n")
	for _, ex := range append(slices.Clone(r.Extractors), r.Baselines...) {
		t := r.Total(ex)
		if !t.Timed {
			continue
		}
		tm := t.Timing
		fmt.Fprintf(&b, "| %s | %.1f | %.2f | %.2f | %.0f | %.2f | %.2f |", ex, tm.PagesPerSec(), tm.MBPerSec(),
			tm.AllocPerPage()/(1<<20), float64(tm.Mallocs)/float64(max(tm.Pages, 1)), ms(tm.P50), ms(tm.P99))
		if len(r.Baselines) > 0 {
			for _, set := range append(parseCols, "") {
				if x, ok := r.PerParse(ex, set); ok {
					fmt.Fprintf(&b, " %.2f× |", x)
				} else {
					b.WriteString(" – |")
				}
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

type column struct {
	head string
	get  func(sr *SetResult) (float64, bool)
	set  string
}

func (r *Run) columns() []column {
	var cols []column
	for _, set := range r.Sets {
		var srs []*SetResult
		for _, ex := range r.Extractors {
			if sr := r.Result(set, ex); sr != nil {
				srs = append(srs, sr)
			}
		}
		some := func(f func(*SetResult) bool) bool {
			for _, sr := range srs {
				if f(sr) {
					return true
				}
			}
			return false
		}
		if some(func(sr *SetResult) bool { return sr.Shingle != nil }) {
			cols = append(cols, column{set + " shingle F1", func(sr *SetResult) (float64, bool) {
				if sr.Shingle == nil {
					return 0, false
				}
				return sr.Shingle.F1, true
			}, set})
			cols = append(cols, column{set + " BoW F1", func(sr *SetResult) (float64, bool) {
				if sr.BoW == nil {
					return 0, false
				}
				return sr.BoW.F1, true
			}, set})
		}
		if some(func(sr *SetResult) bool { return sr.Snippets != nil }) {
			cols = append(cols, column{set + " snippet F1", func(sr *SetResult) (float64, bool) {
				if sr.Snippets == nil {
					return 0, false
				}
				return sr.Snippets.F1(), true
			}, set})
		}
		for _, f := range MetaFields {
			if !some(func(sr *SetResult) bool { _, ok := sr.Meta[f]; return ok }) {
				continue
			}
			cols = append(cols, column{set + " " + f, func(sr *SetResult) (float64, bool) {
				m, ok := sr.Meta[f]
				return m.Acc, ok
			}, set})
		}
	}
	return cols
}

// Table renders the main Markdown table: a row per extractor, a column per
// set and metric, then speed, allocation and failures over all sets.
func (r *Run) Table() string {
	cols := r.columns()
	var b strings.Builder
	b.WriteString("| extractor |")
	for _, c := range cols {
		b.WriteString(" " + c.head + " |")
	}
	b.WriteString(" pages per CPU-s (1 core) | MiB alloc/page | failures |\n|---|")
	for range cols {
		b.WriteString("---:|")
	}
	b.WriteString("---:|---:|---:|\n")
	for _, ex := range r.Extractors {
		b.WriteString("| " + ex + " |")
		for _, c := range cols {
			sr := r.Result(c.set, ex)
			if sr == nil {
				b.WriteString(" – |")
				continue
			}
			if v, ok := c.get(sr); ok {
				fmt.Fprintf(&b, " %.3f |", v)
			} else {
				b.WriteString(" – |")
			}
		}
		t := r.Total(ex)
		if t.Timed {
			fmt.Fprintf(&b, " %.1f | %.2f |", t.Timing.PagesPerSec(), t.Timing.AllocPerPage()/(1<<20))
		} else {
			b.WriteString(" – | – |")
		}
		fmt.Fprintf(&b, " %s |\n", t.FailureText())
	}
	return b.String()
}

// TimingSum is an extractor's totals over all sets.
type TimingSum struct {
	Pages, Failures, Panics, Timeouts int
	Timing                            runner.Timing
	Timed                             bool
}

// FailureText is "N" or "N (P panics, T timeouts)".
func (t TimingSum) FailureText() string {
	var extra []string
	if t.Panics > 0 {
		extra = append(extra, fmt.Sprintf("%d panic(s)", t.Panics))
	}
	if t.Timeouts > 0 {
		extra = append(extra, fmt.Sprintf("%d timeout(s)", t.Timeouts))
	}
	s := fmt.Sprintf("%d/%d", t.Failures, t.Pages)
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
}

// pageTypeOrder is WCXB's order of page types.
var pageTypeOrder = []string{"article", "forum", "product", "collection", "listing", "documentation", "service"}

// TypeTables renders, for each set with page types, the BoW F1 per type.
func (r *Run) TypeTables() string {
	var b strings.Builder
	for _, set := range r.Sets {
		counts := map[string]int{}
		var first *SetResult
		for _, ex := range r.Extractors {
			if sr := r.Result(set, ex); sr != nil && len(sr.BoWByType) > 0 {
				first = sr
				break
			}
		}
		if first == nil {
			continue
		}
		for t, s := range first.BoWByType {
			counts[t] = s.N
		}
		types := orderTypes(counts)
		fmt.Fprintf(&b, "\nBag-of-words F1 by page type (%s):\n\n| extractor |", set)
		for _, t := range types {
			fmt.Fprintf(&b, " %s (%d) |", t, counts[t])
		}
		b.WriteString("\n|---|")
		for range types {
			b.WriteString("---:|")
		}
		b.WriteString("\n")
		for _, ex := range r.Extractors {
			sr := r.Result(set, ex)
			if sr == nil {
				continue
			}
			b.WriteString("| " + ex + " |")
			for _, t := range types {
				if s, ok := sr.BoWByType[t]; ok {
					fmt.Fprintf(&b, " %.3f |", s.F1)
				} else {
					b.WriteString(" – |")
				}
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func orderTypes(counts map[string]int) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range pageTypeOrder {
		if _, ok := counts[t]; ok {
			out = append(out, t)
			seen[t] = true
		}
	}
	var rest []string
	for t := range counts {
		if !seen[t] {
			rest = append(rest, t)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// Markdown renders the BENCHMARKS.md section body.
func (r *Run) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Generated with `%s` on %s, %s %s", r.Command, r.Date.UTC().Format("2006-01-02"), r.GoVersion, r.Platform)
	fmt.Fprintf(&b, " (accuracy pass with %d worker(s); the run took %s).\n\n", r.Workers, fmtDur(r.Seconds))
	b.WriteString("Extractors:\n\n")
	for _, ex := range r.Extractors {
		if mod := r.Modules[ex]; mod != "" {
			fmt.Fprintf(&b, "- %s: `%s` %s\n", ex, mod, r.Versions[ex])
		} else {
			fmt.Fprintf(&b, "- %s: this repository\n", ex)
		}
	}
	b.WriteString("\n")
	b.WriteString(r.Table())
	b.WriteString(r.TypeTables())
	b.WriteString(r.SpeedTable())
	b.WriteString(`
Shingle F1: 4-token shingles of \w+ tokens, mean P and R over pages, F1 = 2PR/(P+R).
BoW F1: lower-cased \w+ tokens, per-page F1, macro-averaged. Snippet F1: with/without
snippets after white-space collapsing, pooled. Metadata: exact-match rate after collapsing
white space and lower-casing (dates: same day). Speed and allocation: every page once,
one after the other, with GOMAXPROCS=1; speed is pages per CPU-second of the process
(user+system, GC included), which a busy machine does not distort the way elapsed time
does; MB per CPU-s counts the pages' bytes as published; p50 and p99 are the elapsed time
of one page. html.Parse is x/net/html's parse of the page's bytes alone, with no decoding
and no extraction: the floor. "÷ html.Parse" is CPU time per page over html.Parse's on the
same pages. Failures: errors, panics and 20 s timeouts (a failed page scores as empty text).
`)
	return b.String()
}

func fmtDur(sec float64) string {
	d := time.Duration(sec * float64(time.Second)).Round(time.Second)
	return d.String()
}

// WriteJSON writes the run as indented JSON.
func (r *Run) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(struct {
		*Run
		Figures map[string]map[string]float64 `json:"figures"`
	}{r, r.allFigures()})
}

func (r *Run) allFigures() map[string]map[string]float64 {
	out := map[string]map[string]float64{}
	for _, ex := range r.Extractors {
		f := r.Figures(ex)
		for k, v := range f {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				delete(f, k)
			}
		}
		out[ex] = f
	}
	return out
}

// CheckFloors compares figures with their floors and returns one message per
// figure below its floor or missing, sorted.
func CheckFloors(figures, floors map[string]float64) []string {
	var bad []string
	for k, floor := range floors {
		v, ok := figures[k]
		switch {
		case !ok:
			bad = append(bad, fmt.Sprintf("%s: no such figure in this run (floor %.4g); was the set run?", k, floor))
		case v < floor:
			bad = append(bad, fmt.Sprintf("%s = %.4f is below its floor %.4f", k, v, floor))
		}
	}
	sort.Strings(bad)
	return bad
}

// ReadFloors reads a floors file: a JSON object of figure name to minimum.
func ReadFloors(path string) (map[string]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]float64
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Section markers in BENCHMARKS.md.
const (
	BeginMarker = "<!-- bench:begin -->"
	EndMarker   = "<!-- bench:end -->"
)

// WriteSection replaces the text between the markers in the file at path
// with body, appending the markers when the file has none and creating the
// file when it does not exist.
func WriteSection(path, body string) error {
	section := BeginMarker + "\n" + strings.TrimRight(body, "\n") + "\n" + EndMarker
	old, err := os.ReadFile(path)
	var out string
	switch {
	case os.IsNotExist(err):
		out = "# Benchmarks\n\n" + section + "\n"
	case err != nil:
		return err
	default:
		s := string(old)
		i := strings.Index(s, BeginMarker)
		j := strings.Index(s, EndMarker)
		if i >= 0 && j > i {
			out = s[:i] + section + s[j+len(EndMarker):]
		} else {
			if s != "" && !strings.HasSuffix(s, "\n") {
				s += "\n"
			}
			out = s + "\n" + section + "\n"
		}
	}
	return os.WriteFile(path, []byte(out), 0o644)
}
