// Command structure measures the structure winnow's Markdown and clean HTML keep, on the
// evaluation sets of /work/shared/eval (read at run time):
//
//   - on pages with articleMarkdown (wcxb-dev): precision, recall and F1 of headings
//     (text and level), list items, table cells and code blocks of winnow's Markdown
//     against the truth's, read with goldmark; and the same for
//     github.com/JohannesKaufmann/html-to-markdown/v2 run on winnow's pruned tree
//     (Article.Content), with the time each takes to write Markdown;
//
//   - on pages with expected/<id>.html (readability): the same kinds in winnow's clean
//     HTML against the expected HTML;
//
//   - the round trip: winnow's Markdown read back by goldmark, against winnow's clean
//     HTML of the same page (both come from one model, so every kind should survive);
//
//   - on every set: shingle F1 of the Markdown's plain text and of the text output
//     against the truth's articleBody, where the set has one, and of the Markdown's plain
//     text against the text output.
//
//     cd bench && go run ./cmd/structure -data ../../shared/eval
//     cd bench && go run ./cmd/structure -write   # rewrite the formats section of ../BENCHMARKS.md
//     cd bench && go run ./cmd/structure -worst code_block            # pages losing most code blocks
//     cd bench && go run ./cmd/structure -worst code_block -page ID   # that page's unmatched blocks (~: text the other side has in another shape)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/winnow-go/winnow"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/winnow-go/winnow/bench/evalset"
	"github.com/winnow-go/winnow/bench/metrics"
	"github.com/winnow-go/winnow/bench/structure"
)

func main() {
	data := flag.String("data", "../../shared/eval", "folder of the evaluation sets")
	write := flag.Bool("write", false, "rewrite the formats section of -md")
	md := flag.String("md", "../BENCHMARKS.md", "file that -write updates")
	worst := flag.String("worst", "", "list the wcxb-dev pages that lose most of this kind (heading, list_item, table_cell, code_block) instead")
	page := flag.String("page", "", "with -worst: show this page's unmatched elements of the kind (all: every page's)")
	flag.Parse()
	if *worst != "" {
		if err := detail(os.Stdout, *data, *worst, *page); err != nil {
			fmt.Fprintln(os.Stderr, "structure:", err)
			os.Exit(1)
		}
		return
	}
	var out bytes.Buffer
	if err := measure(&out, *data); err != nil {
		fmt.Fprintln(os.Stderr, "structure:", err)
		os.Exit(1)
	}
	os.Stdout.Write(out.Bytes())
	if *write {
		if err := writeSection(*md, out.String()); err != nil {
			fmt.Fprintln(os.Stderr, "structure:", err)
			os.Exit(1)
		}
	}
}

// tally holds one renderer's counts per kind, over all pages and over the pages whose
// truth has that kind at all (annotators who left code unmarked on a page are not
// counted against the code blocks a renderer finds there).
type tally struct {
	all, annotated [structure.NumKinds]structure.Count
	dur            time.Duration
	pages          int // pages measured (and timed)
	failed         int // pages winnow found no article in, scored as empty output
}

func (t *tally) add(truth structure.Elements, m [structure.NumKinds]structure.Count) {
	for k := range structure.NumKinds {
		t.all[k].Add(m[k])
		if len(truth[k]) > 0 {
			t.annotated[k].Add(m[k])
		}
	}
}

var gm = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

func measure(w *bytes.Buffer, data string) error {
	sets, err := evalset.List(data)
	if err != nil {
		return err
	}
	conv := converter.NewConverter(converter.WithPlugins(base.NewBasePlugin(), commonmark.NewCommonmarkPlugin(), table.NewTablePlugin()))
	var own, h2m, readab tally
	var trip [structure.NumKinds]structure.Count
	tripPages, tripExact := 0, 0
	type shingles struct{ text, md, mdVsText []metrics.PageShingles }
	sh := map[string]*shingles{}
	for _, name := range sets {
		set, err := evalset.Load(filepath.Join(data, name), nil)
		if err != nil {
			return err
		}
		s := &shingles{}
		sh[name] = s
		for _, p := range set.Pages {
			url := p.Truth.Get("url")
			plain, err := winnow.Extract(bytes.NewReader(p.Raw), &winnow.Options{URL: url})
			if err != nil {
				// A page winnow finds no article in (ErrNoContent) scores as empty
				// output, as in the text metrics: every element of its truth is
				// missed, by both renderers, and its text is missed too.
				if truthMD := p.Truth.Get("articleMarkdown"); truthMD != "" {
					truth := structure.Parse(truthMD)
					miss := structure.Match(truth, structure.Elements{})
					own.add(truth, miss)
					h2m.add(truth, miss)
					own.failed++
				}
				if exp, err := os.ReadFile(filepath.Join(set.Dir, "expected", p.ID+".html")); err == nil {
					truth := structure.ParseHTML(string(exp))
					readab.add(truth, structure.Match(truth, structure.Elements{}))
					readab.pages++
				}
				if body := p.Truth.Get("articleBody"); body != "" {
					s.text = append(s.text, metrics.ShingleMatch(body, ""))
					s.md = append(s.md, metrics.ShingleMatch(body, ""))
				}
				continue
			}
			a, err := winnow.Extract(bytes.NewReader(p.Raw), &winnow.Options{URL: url, Markdown: true, HTML: true})
			if err != nil {
				return fmt.Errorf("%s/%s: %v with formats, none without", name, p.ID, err)
			}
			mdText := structure.PlainText(a.Markdown)
			if body := p.Truth.Get("articleBody"); body != "" {
				s.text = append(s.text, metrics.ShingleMatch(body, a.Text))
				s.md = append(s.md, metrics.ShingleMatch(body, mdText))
			}
			s.mdVsText = append(s.mdVsText, metrics.ShingleMatch(plain.Text, mdText))

			// Round trip: what goldmark reads in the Markdown against the clean HTML.
			var rendered bytes.Buffer
			if err := gm.Convert([]byte(a.Markdown), &rendered); err == nil {
				want, got := structure.ParseHTML(a.HTML), structure.ParseHTML(rendered.String())
				m := structure.Match(want, got)
				exact := true
				for k := range structure.NumKinds {
					trip[k].Add(m[k])
					exact = exact && m[k].FP == 0 && m[k].FN == 0
				}
				tripPages++
				if exact {
					tripExact++
				}
			}

			if truthMD := p.Truth.Get("articleMarkdown"); truthMD != "" {
				truth := structure.Parse(truthMD)
				own.add(truth, structure.Match(truth, structure.Parse(a.Markdown)))
				ownT, h2mT := markdownTimes(conv, p.Raw, url)
				own.dur += ownT
				own.pages++
				h2m.dur += h2mT
				h2m.pages++
				b, err := conv.ConvertNode(a.Content, converter.WithDomain(url))
				if err == nil {
					h2m.add(truth, structure.Match(truth, structure.Parse(string(b))))
				}
			}
			if exp, err := os.ReadFile(filepath.Join(set.Dir, "expected", p.ID+".html")); err == nil {
				truth := structure.ParseHTML(string(exp))
				readab.add(truth, structure.Match(truth, structure.ParseHTML(a.HTML)))
				readab.pages++
			}
		}
	}
	fmt.Fprintf(w, "Structure of the Markdown against wcxb-dev `articleMarkdown` (%d pages; pooled counts, read with goldmark; %d of them with no article found, scored as empty):\n\n", own.pages+own.failed, own.failed)
	fmt.Fprintf(w, "| kind | winnow P | R | F1 | F1, pages whose truth has the kind | html-to-markdown v2 on the same tree: F1 | F1, pages with the kind |\n|---|---|---|---|---|---|---|\n")
	for k := range structure.NumKinds {
		c, ca, h, ha := own.all[k], own.annotated[k], h2m.all[k], h2m.annotated[k]
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", k, c.P(), c.R(), c.F1(), ca.F1(), h.F1(), ha.F1())
	}
	fmt.Fprintf(w, "\nExtraction with Markdown, per page on average (best of two, taken in turn): winnow with Options.Markdown %s; winnow's text extraction then html-to-markdown v2 on Article.Content %s.\n",
		perPage(own.dur, own.pages), perPage(h2m.dur, h2m.pages))
	fmt.Fprintf(w, "\nStructure of the clean HTML against readability `expected/` HTML (%d pages):\n\n| kind | P | R | F1 |\n|---|---|---|---|\n", readab.pages)
	for k := range structure.NumKinds {
		c := readab.all[k]
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f |\n", k, c.P(), c.R(), c.F1())
	}
	fmt.Fprintf(w, "\nRound trip, Markdown read back by goldmark against the clean HTML of the same page (%d pages, %d identical in every kind):\n\n| kind | elements | survived | extra |\n|---|---|---|---|\n", tripPages, tripExact)
	for k := range structure.NumKinds {
		c := trip[k]
		fmt.Fprintf(w, "| %s | %d | %.4f | %d |\n", k, c.TP+c.FN, c.R(), c.FP)
	}
	fmt.Fprintf(w, "\nShingle F1 of the Markdown's plain text and of the text output:\n\n| set | text vs truth | Markdown vs truth | difference | Markdown vs text |\n|---|---|---|---|---|\n")
	for _, name := range sets {
		s := sh[name]
		mt := metrics.ShingleScore(s.mdVsText).F1
		if len(s.text) == 0 {
			fmt.Fprintf(w, "| %s | – | – | – | %.4f |\n", name, mt)
			continue
		}
		t, m := metrics.ShingleScore(s.text).F1, metrics.ShingleScore(s.md).F1
		fmt.Fprintf(w, "| %s | %.4f | %.4f | %+.4f | %.4f |\n", name, t, m, m-t, mt)
	}
	return nil
}

// markdownTimes times a page's extraction with Markdown both ways, the best of two runs
// each, taken in turn so that the load on the machine weighs on both alike: winnow with
// Options.Markdown, and winnow's text extraction followed by html-to-markdown v2 on
// Article.Content.
func markdownTimes(conv *converter.Converter, raw []byte, url string) (own, h2m time.Duration) {
	own, h2m = time.Duration(1<<62), time.Duration(1<<62)
	for range 2 {
		t0 := time.Now()
		winnow.Extract(bytes.NewReader(raw), &winnow.Options{URL: url, Markdown: true})
		own = min(own, time.Since(t0))
		t0 = time.Now()
		if a, err := winnow.Extract(bytes.NewReader(raw), &winnow.Options{URL: url}); err == nil {
			conv.ConvertNode(a.Content, converter.WithDomain(url))
		}
		h2m = min(h2m, time.Since(t0))
	}
	return own, h2m
}

func perPage(d time.Duration, n int) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f ms", float64(d)/float64(n)/1e6)
}

const (
	beginMarker = "<!-- formats:begin -->"
	endMarker   = "<!-- formats:end -->"
)

// writeSection puts body between the formats markers of the file at path, adding the
// markers at the end of the file (or creating it) when they are not there yet.
func writeSection(path, body string) error {
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	section := beginMarker + "\n## Output formats: structure\n\nMeasured by `cd bench && go run ./cmd/structure -write` " +
		"(pages read from `../../shared/eval` at run time; the time per page is on this machine's shared cores, as a ratio only).\n\n" +
		body + "\n" + endMarker
	s := string(old)
	i, j := strings.Index(s, beginMarker), strings.Index(s, endMarker)
	switch {
	case i >= 0 && j > i:
		s = s[:i] + section + s[j+len(endMarker):]
	case len(s) > 0:
		s = strings.TrimRight(s, "\n") + "\n\n" + section + "\n"
	default:
		s = "# Benchmarks\n\n" + section + "\n"
	}
	return os.WriteFile(path, []byte(s), 0o644)
}
