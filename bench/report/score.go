// Package report scores extraction results against a set's truth and renders
// the benchmark's tables, JSON, floors check and BENCHMARKS.md section.
package report

import (
	"sort"

	"github.com/winnow-go/winnow/bench/evalset"
	"github.com/winnow-go/winnow/bench/metrics"
	"github.com/winnow-go/winnow/bench/runner"
)

// MetaFields are the metadata fields compared, in column order. page_type is
// compared as text too: the share of pages whose type is right (wcxb-dev
// labels every page with one of seven types).
var MetaFields = []string{"title", "author", "date", "sitename", "page_type"}

// PageScore is one page's scores for one extractor.
type PageScore struct {
	ID       string                `json:"id"`
	PageType string                `json:"page_type,omitempty"`
	Shingle  *metrics.PageShingles `json:"shingle,omitempty"`
	BoW      *metrics.PageBoW      `json:"bow,omitempty"`
	Snippets *metrics.Snippets     `json:"snippets,omitempty"`
	Meta     map[string]bool       `json:"meta,omitempty"` // field -> matched, for annotated fields
	Err      string                `json:"error,omitempty"`
	Panic    bool                  `json:"panic,omitempty"`
	Timeout  bool                  `json:"timeout,omitempty"`
	Seconds  float64               `json:"seconds"`
}

// Rank is the figure pages are ranked by for -worst: the bag-of-words F1
// when the set has text truth, else the page's snippet F1, else the share of
// metadata fields matched.
func (p *PageScore) Rank() float64 {
	switch {
	case p.BoW != nil:
		return p.BoW.F1
	case p.Snippets != nil:
		s := *p.Snippets
		if s.TP+s.FP+s.FN == 0 {
			return 1
		}
		return s.F1()
	case len(p.Meta) > 0:
		n := 0
		for _, ok := range p.Meta {
			if ok {
				n++
			}
		}
		return float64(n) / float64(len(p.Meta))
	}
	return 1
}

// MetaScore is an exact-match rate.
type MetaScore struct {
	Match int     `json:"match"`
	N     int     `json:"n"`
	Acc   float64 `json:"accuracy"`
}

// SetResult is one extractor's scores on one set.
type SetResult struct {
	Set       string                   `json:"set"`
	Extractor string                   `json:"extractor"`
	Pages     int                      `json:"pages"`
	Failures  int                      `json:"failures"`
	Errors    int                      `json:"errors"`
	Panics    int                      `json:"panics"`
	Timeouts  int                      `json:"timeouts"`
	Shingle   *metrics.Score           `json:"shingle,omitempty"`
	BoW       *metrics.Score           `json:"bow,omitempty"`
	BoWByType map[string]metrics.Score `json:"bow_by_type,omitempty"`
	Snippets  *metrics.Snippets        `json:"snippets,omitempty"`
	Meta      map[string]MetaScore     `json:"meta,omitempty"`
	Timing    *runner.Timing           `json:"timing,omitempty"`
	Seconds   float64                  `json:"accuracy_pass_seconds"`
	PageList  []PageScore              `json:"page_scores,omitempty"`
}

// TruthMeta returns a page's truth for a metadata field and whether it is
// annotated.
func TruthMeta(t evalset.Truth, field string) (string, bool) {
	if field == "sitename" {
		return t.SiteName()
	}
	return t.Str(field)
}

// OutMeta returns an extractor's value for a metadata field.
func OutMeta(o *runner.Output, field string) string {
	switch field {
	case "title":
		return o.Title
	case "author":
		return o.Author
	case "date":
		return o.Date
	case "sitename":
		return o.SiteName
	case "page_type":
		return o.PageType
	}
	return ""
}

// ScorePage scores one page's result.
func ScorePage(p *evalset.Page, r *runner.Result) PageScore {
	ps := PageScore{ID: p.ID, Err: r.Err, Panic: r.Panic, Timeout: r.Timeout, Seconds: r.Dur.Seconds()}
	ps.PageType = p.Truth.Get("page_type")
	text := r.Out.Text
	if r.Failed() {
		text = ""
	}
	if body, ok := p.Truth.Body(); ok {
		sh := metrics.ShingleMatch(body, text)
		bw := metrics.BoWMatch(body, text)
		ps.Shingle, ps.BoW = &sh, &bw
	}
	with, okW := p.Truth.List("with")
	without, okWo := p.Truth.List("without")
	if okW || okWo {
		s := metrics.SnippetMatch(text, with, without)
		ps.Snippets = &s
	}
	for _, f := range MetaFields {
		truth, ok := TruthMeta(p.Truth, f)
		if !ok {
			continue
		}
		if ps.Meta == nil {
			ps.Meta = map[string]bool{}
		}
		got := OutMeta(&r.Out, f)
		if f == "date" {
			ps.Meta[f] = metrics.MatchDate(truth, got)
		} else {
			ps.Meta[f] = metrics.MatchText(truth, got)
		}
	}
	return ps
}

// Score scores an extractor's results (in page order) on a set.
func Score(set *evalset.Set, extractor string, results []runner.Result) *SetResult {
	sr := &SetResult{Set: set.Name, Extractor: extractor, Pages: len(set.Pages)}
	var sh []metrics.PageShingles
	var bw []metrics.PageBoW
	byType := map[string][]metrics.PageBoW{}
	var snip metrics.Snippets
	hasSnip := false
	meta := map[string]MetaScore{}
	for i, p := range set.Pages {
		r := &results[i]
		if r.Failed() {
			sr.Failures++
			switch {
			case r.Panic:
				sr.Panics++
			case r.Timeout:
				sr.Timeouts++
			default:
				sr.Errors++
			}
		}
		ps := ScorePage(p, r)
		if ps.Shingle != nil {
			sh = append(sh, *ps.Shingle)
			bw = append(bw, *ps.BoW)
			if ps.PageType != "" {
				byType[ps.PageType] = append(byType[ps.PageType], *ps.BoW)
			}
		}
		if ps.Snippets != nil {
			snip = snip.Add(*ps.Snippets)
			hasSnip = true
		}
		for f, ok := range ps.Meta {
			m := meta[f]
			m.N++
			if ok {
				m.Match++
			}
			meta[f] = m
		}
		sr.PageList = append(sr.PageList, ps)
	}
	if len(sh) > 0 {
		s, b := metrics.ShingleScore(sh), metrics.BoWScore(bw)
		sr.Shingle, sr.BoW = &s, &b
	}
	if len(byType) > 0 {
		sr.BoWByType = map[string]metrics.Score{}
		for t, l := range byType {
			sr.BoWByType[t] = metrics.BoWScore(l)
		}
	}
	if hasSnip {
		sr.Snippets = &snip
	}
	if len(meta) > 0 {
		sr.Meta = map[string]MetaScore{}
		for f, m := range meta {
			m.Acc = float64(m.Match) / float64(m.N)
			sr.Meta[f] = m
		}
	}
	return sr
}

// Worst returns the n pages with the lowest Rank, worst first (ties by id).
func (sr *SetResult) Worst(n int) []PageScore {
	l := append([]PageScore(nil), sr.PageList...)
	sort.SliceStable(l, func(i, j int) bool {
		ri, rj := l[i].Rank(), l[j].Rank()
		if ri != rj {
			return ri < rj
		}
		return l[i].ID < l[j].ID
	})
	if n < len(l) {
		l = l[:n]
	}
	return l
}

// Figures returns the set's named figures, keyed "<set>.<metric>": shingle_f1,
// shingle_p, shingle_r, bow_f1, bow_p, bow_r, bow_f1.<page_type>, snippet_f1,
// snippet_p, snippet_r, title, author, date, sitename (exact-match rates),
// failures, and when timed pages_per_sec (per CPU-second, one core) and
// alloc_per_page (bytes).
func (sr *SetResult) Figures() map[string]float64 {
	f := map[string]float64{}
	k := func(m string) string { return sr.Set + "." + m }
	if sr.Shingle != nil {
		f[k("shingle_f1")], f[k("shingle_p")], f[k("shingle_r")] = sr.Shingle.F1, sr.Shingle.P, sr.Shingle.R
	}
	if sr.BoW != nil {
		f[k("bow_f1")], f[k("bow_p")], f[k("bow_r")] = sr.BoW.F1, sr.BoW.P, sr.BoW.R
	}
	for t, s := range sr.BoWByType {
		f[k("bow_f1."+t)] = s.F1
	}
	if sr.Snippets != nil {
		f[k("snippet_f1")], f[k("snippet_p")], f[k("snippet_r")] = sr.Snippets.F1(), sr.Snippets.Precision(), sr.Snippets.Recall()
	}
	for name, m := range sr.Meta {
		f[k(name)] = m.Acc
	}
	f[k("failures")] = float64(sr.Failures)
	if sr.Timing != nil {
		f[k("pages_per_sec")] = sr.Timing.PagesPerSec()
		f[k("alloc_per_page")] = sr.Timing.AllocPerPage()
	}
	return f
}
