package report

import (
	"fmt"
	"strings"

	"github.com/winnow-go/winnow/bench/evalset"
	"github.com/winnow-go/winnow/bench/metrics"
	"github.com/winnow-go/winnow/bench/runner"
)

// lines splits text into its non-empty lines, white space collapsed.
func lines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = metrics.CollapseSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// LineDiff returns the truth lines not found in the extracted text (missed)
// and the extracted lines not found in the truth (extra). A line is found
// when, white space collapsed, it occurs anywhere in the other text, so that
// a different line splitting is not reported.
func LineDiff(truth, got string) (missed, extra []string) {
	ct, cg := metrics.CollapseSpace(truth), metrics.CollapseSpace(got)
	for _, l := range lines(truth) {
		if !strings.Contains(cg, l) {
			missed = append(missed, l)
		}
	}
	for _, l := range lines(got) {
		if !strings.Contains(ct, l) {
			extra = append(extra, l)
		}
	}
	return missed, extra
}

// Diff renders one page's result against its truth: scores, metadata, the
// snippets missed or wrongly kept, and the line diff of the text.
func Diff(set string, p *evalset.Page, extractor string, r *runner.Result) string {
	var b strings.Builder
	ps := ScorePage(p, r)
	fmt.Fprintf(&b, "%s/%s (%s) in %.3fs", set, p.ID, extractor, r.Dur.Seconds())
	if ps.PageType != "" {
		fmt.Fprintf(&b, ", page type %s", ps.PageType)
	}
	if u := p.Truth.Get("url"); u != "" {
		fmt.Fprintf(&b, ", %s", u)
	}
	b.WriteString("\n")
	if r.Failed() {
		fmt.Fprintf(&b, "FAILED: %s\n", r.Err)
	}
	if ps.Shingle != nil {
		pr, _ := ps.Shingle.Precision()
		rc, _ := ps.Shingle.Recall()
		fmt.Fprintf(&b, "shingle P %.3f R %.3f F1 %.3f; BoW P %.3f R %.3f F1 %.3f\n",
			pr, rc, ps.Shingle.F1(), ps.BoW.P, ps.BoW.R, ps.BoW.F1)
	}
	for _, f := range MetaFields {
		truth, ok := TruthMeta(p.Truth, f)
		if !ok {
			continue
		}
		mark := "ok  "
		if !ps.Meta[f] {
			mark = "MISS"
		}
		fmt.Fprintf(&b, "%s %-8s truth %q, got %q\n", mark, f, truth, OutMeta(&r.Out, f))
	}
	text := r.Out.Text
	if r.Failed() {
		text = ""
	}
	if ps.Snippets != nil {
		s := ps.Snippets
		fmt.Fprintf(&b, "snippets: tp %d fn %d fp %d tn %d\n", s.TP, s.FN, s.FP, s.TN)
		ct := metrics.CollapseSpace(text)
		with, _ := p.Truth.List("with")
		for _, w := range with {
			if !strings.Contains(ct, metrics.CollapseSpace(w)) || ct == "" {
				fmt.Fprintf(&b, "  with missed:    %q\n", w)
			}
		}
		without, _ := p.Truth.List("without")
		for _, w := range without {
			if ct != "" && strings.Contains(ct, metrics.CollapseSpace(w)) {
				fmt.Fprintf(&b, "  without found:  %q\n", w)
			}
		}
	}
	if body, ok := p.Truth.Body(); ok {
		missed, extra := LineDiff(body, text)
		fmt.Fprintf(&b, "\n--- truth lines missed (%d of %d)\n", len(missed), len(lines(body)))
		for _, l := range missed {
			b.WriteString("- " + l + "\n")
		}
		fmt.Fprintf(&b, "\n+++ extracted lines not in the truth (%d of %d)\n", len(extra), len(lines(text)))
		for _, l := range extra {
			b.WriteString("+ " + l + "\n")
		}
	} else {
		fmt.Fprintf(&b, "\nextracted text (%d lines):\n", len(lines(text)))
		for _, l := range lines(text) {
			b.WriteString("  " + l + "\n")
		}
	}
	return b.String()
}
