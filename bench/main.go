// Command bench measures winnow and its Go peers on the evaluation sets of
// /work/shared/eval: text accuracy (shingle, bag-of-words and snippet F1),
// metadata exact match, speed on one core, allocation and failures.
//
//	cd bench && go run . -data ../../shared/eval -j 2
//
// See README.md for the flags.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/winnow-go/winnow/bench/evalset"
	"github.com/winnow-go/winnow/bench/peers"
	"github.com/winnow-go/winnow/bench/report"
	"github.com/winnow-go/winnow/bench/runner"
)

const winnowName = "winnow"

type config struct {
	data       string
	sets       string
	extractors string
	write      bool
	mdPath     string
	set, page  string
	worst      int
	jsonPath   string
	floorsPath string
	workers    int
	timing     bool
	timeout    time.Duration
	quiet      bool
	misses     string     // metadata field whose misses to list
	missList   []metaMiss // winnow's misses of that field, over the sets run
}

func main() {
	os.Exit(run(os.Args[1:]))
}

func allExtractors() []runner.Extractor {
	exs := append([]runner.Extractor{{Name: winnowName, Run: runWinnow}}, peers.All()...)
	return append(exs, peers.ParseFloor())
}

func run(args []string) int {
	var c config
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.StringVar(&c.data, "data", "../../shared/eval", "folder of the evaluation sets")
	fs.StringVar(&c.sets, "sets", "", "comma-separated sets to run (default: all in -data)")
	fs.StringVar(&c.extractors, "extractors", "", "comma-separated extractors (default: all; "+peers.ParseName+" is the parse alone, timed as the floor and never scored): "+strings.Join(names(allExtractors()), ","))
	fs.BoolVar(&c.write, "write", false, "rewrite the bench section of -md")
	fs.StringVar(&c.mdPath, "md", "../BENCHMARKS.md", "file that -write updates")
	fs.StringVar(&c.set, "set", "", "with -page: the set of the page")
	fs.StringVar(&c.page, "page", "", "print one page's diff (winnow, or the first of -extractors) and exit")
	fs.IntVar(&c.worst, "worst", 0, "print winnow's N lowest-scoring pages per set")
	fs.StringVar(&c.jsonPath, "json", "", "write machine-readable results to this file")
	fs.StringVar(&c.floorsPath, "floors", "", "JSON file of minimum figures for winnow, e.g. {\"wcxb-dev.bow_f1\": 0.8}; exit 1 below any")
	fs.IntVar(&c.workers, "j", 1, "pages extracted in parallel in the accuracy pass (the timing pass is always on one core)")
	fs.BoolVar(&c.timing, "timing", true, "measure speed and allocation on one core (with -j 1 the accuracy pass is timed directly)")
	fs.DurationVar(&c.timeout, "timeout", 20*time.Second, "per-page timeout; a timed-out page counts as failed")
	fs.BoolVar(&c.quiet, "q", false, "no progress on stderr")
	fs.StringVar(&c.misses, "misses", "", "list winnow's pages whose metadata field ("+strings.Join(report.MetaFields, ", ")+") misses the truth")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "bench: unexpected arguments %q\n", fs.Args())
		return 2
	}
	if c.misses != "" && !slices.Contains(report.MetaFields, c.misses) {
		fmt.Fprintf(os.Stderr, "bench: -misses: unknown field %q (have %s)\n", c.misses, strings.Join(report.MetaFields, ", "))
		return 2
	}
	exs, err := selectExtractors(c.extractors)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 2
	}
	if c.page != "" || c.set != "" {
		if c.page == "" || c.set == "" {
			fmt.Fprintln(os.Stderr, "bench: -set and -page go together")
			return 2
		}
		if exs = scored(exs); len(exs) == 0 {
			fmt.Fprintf(os.Stderr, "bench: -page needs an extractor that returns text (%s is only timed)\n", peers.ParseName)
			return 2
		}
		return pageDiff(&c, exs)
	}
	if !c.timing {
		// A baseline is only timed: without the timing pass it has nothing to show.
		if exs = scored(exs); len(exs) == 0 {
			fmt.Fprintf(os.Stderr, "bench: -timing=false leaves no extractor to run (%s is only timed)\n", peers.ParseName)
			return 2
		}
	}
	sets, err := selectSets(c.data, c.sets)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 2
	}
	var floors map[string]float64
	if c.floorsPath != "" {
		if floors, err = report.ReadFloors(c.floorsPath); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			return 2
		}
		if !slices.Contains(names(exs), winnowName) {
			fmt.Fprintln(os.Stderr, "bench: -floors needs winnow among -extractors")
			return 2
		}
	}

	start := time.Now()
	r := &report.Run{
		Command:    commandLine(args),
		Date:       start,
		GoVersion:  runtime.Version(),
		Platform:   runtime.GOOS + "/" + runtime.GOARCH,
		Workers:    c.workers,
		Extractors: names(scored(exs)),
		Baselines:  names(baselines(exs)),
		Sets:       sets,
		Timed:      c.timing,
	}
	r.Modules, r.Versions = versions(exs)
	for _, name := range sets {
		if err := benchSet(&c, r, filepath.Join(c.data, name), exs); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			return 1
		}
	}
	r.Seconds = time.Since(start).Seconds()

	fmt.Println(r.Table())
	if t := r.TypeTables(); t != "" {
		fmt.Println(strings.TrimLeft(t, "\n"))
	}
	if t := r.SpeedTable(); t != "" {
		fmt.Println(strings.TrimLeft(t, "\n"))
	}
	fmt.Printf("%d set(s), %d extractor(s), %s in all.\n", len(sets), len(exs), time.Duration(r.Seconds*float64(time.Second)).Round(time.Second))
	if c.worst > 0 {
		printWorst(r, exs, c.worst)
	}
	if c.misses != "" {
		printMisses(c.misses, c.missList)
	}
	if c.jsonPath != "" {
		if err := writeJSON(c.jsonPath, r); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			return 1
		}
	}
	if c.write {
		if err := report.WriteSection(c.mdPath, r.Markdown()); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "bench: wrote %s\n", c.mdPath)
	}
	if floors != nil {
		bad := report.CheckFloors(r.Figures(winnowName), floors)
		if len(bad) > 0 {
			fmt.Fprintf(os.Stderr, "bench: winnow is below %d floor(s) of %s:\n", len(bad), c.floorsPath)
			for _, m := range bad {
				fmt.Fprintln(os.Stderr, "  "+m)
			}
			return 1
		}
		fmt.Fprintf(os.Stderr, "bench: winnow meets all %d floor(s) of %s\n", len(floors), c.floorsPath)
	}
	return 0
}

// benchSet runs every extractor over one set: an accuracy pass with
// c.workers in parallel, then (if timing) a single-core timing pass.
func benchSet(c *config, r *report.Run, dir string, exs []runner.Extractor) error {
	t0 := time.Now()
	set, err := evalset.Load(dir, nil)
	if err != nil {
		return err
	}
	jobs := make([]runner.Job, len(set.Pages))
	for i, p := range set.Pages {
		jobs[i] = runner.Job{Raw: p.Raw, URL: p.Truth.Get("url")}
	}
	logf(c, "%s: %d pages loaded in %.1fs", set.Name, len(jobs), time.Since(t0).Seconds())
	for _, ex := range exs {
		if ex.Baseline {
			t := runner.Time(ex.Run, jobs, c.timeout, nil)
			r.Results = append(r.Results, &report.SetResult{Set: set.Name, Extractor: ex.Name, Pages: len(jobs), Timing: &t})
			logf(c, "%s: %-20s one core: %.1f pages/CPU-s (%.1f/s elapsed), %.2f MiB/page", set.Name, ex.Name,
				t.PagesPerSec(), t.PagesPerWallSec(), t.AllocPerPage()/(1<<20))
			continue
		}
		var res []runner.Result
		var tm *runner.Timing
		t1 := time.Now()
		if c.workers <= 1 && c.timing {
			rs, t := runner.RunTimed(ex.Run, jobs, c.timeout, nil)
			res, tm = rs, &t
		} else {
			res = runner.RunAll(ex.Run, jobs, c.workers, c.timeout, nil)
		}
		acc := time.Since(t1)
		sr := report.Score(set, ex.Name, res)
		if c.misses != "" && ex.Name == winnowName {
			c.missList = append(c.missList, collectMisses(set, c.misses, res)...)
		}
		sr.Seconds = acc.Seconds()
		if tm == nil && c.timing {
			timedOut := func(i int) bool { return res[i].Timeout }
			t := runner.Time(ex.Run, jobs, c.timeout, timedOut)
			tm = &t
		}
		sr.Timing = tm
		r.Results = append(r.Results, sr)
		msg := fmt.Sprintf("%s: %-20s accuracy pass %6.1fs, %d failed", set.Name, ex.Name, acc.Seconds(), sr.Failures)
		if tm != nil {
			msg += fmt.Sprintf("; one core: %.1f pages/CPU-s (%.1f/s elapsed), %.2f MiB/page",
				tm.PagesPerSec(), tm.PagesPerWallSec(), tm.AllocPerPage()/(1<<20))
		}
		logf(c, "%s", msg)
	}
	return nil
}

func logf(c *config, format string, a ...any) {
	if !c.quiet {
		fmt.Fprintf(os.Stderr, "bench: "+format+"\n", a...)
	}
}

func pageDiff(c *config, exs []runner.Extractor) int {
	ex := exs[0]
	if i := slices.Index(names(exs), winnowName); i >= 0 {
		ex = exs[i]
	}
	set, err := evalset.Load(filepath.Join(c.data, c.set), &evalset.Options{Only: func(id string) bool { return id == c.page }})
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 2
	}
	p := set.Page(c.page)
	if p == nil {
		fmt.Fprintf(os.Stderr, "bench: no page %q in %s\n", c.page, c.set)
		return 2
	}
	res := runner.RunOne(ex.Run, p.Raw, p.Truth.Get("url"), c.timeout)
	fmt.Print(report.Diff(set.Name, p, ex.Name, &res))
	return 0
}

func printWorst(r *report.Run, exs []runner.Extractor, n int) {
	name := exs[0].Name
	if slices.Contains(names(exs), winnowName) {
		name = winnowName
	}
	for _, set := range r.Sets {
		sr := r.Result(set, name)
		if sr == nil {
			continue
		}
		fmt.Printf("\n%s: %s's %d lowest-scoring pages\n\n| page | type | BoW F1 | shingle F1 | snippets tp/fn/fp | metadata missed | error |\n|---|---|---:|---:|---|---|---|\n", set, name, n)
		for _, p := range sr.Worst(n) {
			bow, sh, snip := "–", "–", "–"
			if p.BoW != nil {
				bow = fmt.Sprintf("%.3f", p.BoW.F1)
				sh = fmt.Sprintf("%.3f", p.Shingle.F1())
			}
			if p.Snippets != nil {
				snip = fmt.Sprintf("%d/%d/%d", p.Snippets.TP, p.Snippets.FN, p.Snippets.FP)
			}
			var missed []string
			for _, f := range report.MetaFields {
				if ok, has := p.Meta[f]; has && !ok {
					missed = append(missed, f)
				}
			}
			errText := p.Err
			if len(errText) > 60 {
				errText = errText[:60] + "…"
			}
			fmt.Printf("| %s | %s | %s | %s | %s | %s | %s |\n", p.ID, p.PageType, bow, sh, snip, strings.Join(missed, ", "), strings.ReplaceAll(errText, "|", "/"))
		}
	}
}

func writeJSON(path string, r *report.Run) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := r.WriteJSON(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func names(exs []runner.Extractor) []string {
	out := make([]string, len(exs))
	for i, e := range exs {
		out[i] = e.Name
	}
	return out
}

// scored returns the extractors whose output is scored (all but baselines).
func scored(exs []runner.Extractor) []runner.Extractor {
	return slices.DeleteFunc(slices.Clone(exs), func(e runner.Extractor) bool { return e.Baseline })
}

// baselines returns the extractors that are only timed.
func baselines(exs []runner.Extractor) []runner.Extractor {
	return slices.DeleteFunc(slices.Clone(exs), func(e runner.Extractor) bool { return !e.Baseline })
}

func selectExtractors(list string) ([]runner.Extractor, error) {
	all := allExtractors()
	if list == "" {
		return all, nil
	}
	var out []runner.Extractor
	for _, n := range strings.Split(list, ",") {
		n = strings.TrimSpace(n)
		i := slices.Index(names(all), n)
		if i < 0 {
			return nil, fmt.Errorf("unknown extractor %q (have %s)", n, strings.Join(names(all), ", "))
		}
		if !slices.Contains(names(out), n) {
			out = append(out, all[i])
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no extractor selected")
	}
	return out, nil
}

func selectSets(data, list string) ([]string, error) {
	have, err := evalset.List(data)
	if err != nil {
		return nil, err
	}
	if len(have) == 0 {
		return nil, fmt.Errorf("no evaluation sets in %s", data)
	}
	if list == "" {
		return have, nil
	}
	var out []string
	for _, n := range strings.Split(list, ",") {
		n = strings.TrimSpace(n)
		if !slices.Contains(have, n) {
			return nil, fmt.Errorf("unknown set %q in %s (have %s)", n, data, strings.Join(have, ", "))
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out, nil
}

// versions returns each extractor's module path and version from the build
// information.
func versions(exs []runner.Extractor) (modules, vers map[string]string) {
	modules, vers = map[string]string{}, map[string]string{}
	deps := map[string]string{}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			v := d.Version
			if d.Replace != nil {
				if d.Replace.Version != "" {
					v = d.Replace.Version
				} else {
					v += " => " + d.Replace.Path
				}
			}
			deps[d.Path] = v
		}
	}
	for _, e := range exs {
		if e.Module == "" {
			continue
		}
		modules[e.Name] = e.Module
		if v, ok := deps[e.Module]; ok {
			vers[e.Name] = v
		} else {
			vers[e.Name] = "(unknown)"
		}
	}
	return modules, vers
}

func commandLine(args []string) string {
	parts := []string{"cd bench && go run ."}
	for _, a := range args {
		if strings.ContainsAny(a, " \t'\"$") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		parts = append(parts, a)
	}
	return strings.Join(parts, " ")
}
