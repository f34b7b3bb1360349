package main

import (
	"fmt"
	"strings"

	"github.com/winnow-go/winnow/bench/evalset"
	"github.com/winnow-go/winnow/bench/report"
	"github.com/winnow-go/winnow/bench/runner"
)

// metaMiss is one page where an extractor's metadata field does not match
// the truth.
type metaMiss struct {
	set, id, truth, got, url string
}

// collectMisses returns the pages of set whose field, as the extractor gave
// it in res (in page order), does not match the truth; pages without that
// field in their truth are left out.
func collectMisses(set *evalset.Set, field string, res []runner.Result) []metaMiss {
	var out []metaMiss
	for i, p := range set.Pages {
		ps := report.ScorePage(p, &res[i])
		if ok, has := ps.Meta[field]; !has || ok {
			continue
		}
		truth, _ := report.TruthMeta(p.Truth, field)
		out = append(out, metaMiss{set: set.Name, id: p.ID, truth: truth,
			got: report.OutMeta(&res[i].Out, field), url: p.Truth.Get("url")})
	}
	return out
}

// printMisses writes the misses as a table, one page a row, grouped by set.
func printMisses(field string, misses []metaMiss) {
	fmt.Printf("\nwinnow's %s misses (%d)\n\n| set | page | truth | got | url |\n|---|---|---|---|---|\n", field, len(misses))
	cell := func(s string) string {
		if s == "" {
			return "∅"
		}
		return strings.ReplaceAll(s, "|", "/")
	}
	for _, m := range misses {
		fmt.Printf("| %s | %s | %s | %s | %s |\n", m.set, m.id, cell(m.truth), cell(m.got), cell(m.url))
	}
}
