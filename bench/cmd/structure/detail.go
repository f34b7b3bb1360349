package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnow-go/winnow"

	"github.com/winnow-go/winnow/bench/evalset"
	"github.com/winnow-go/winnow/bench/structure"
)

// detailSet is the set whose truth has articleMarkdown.
const detailSet = "wcxb-dev"

// detail writes, for one kind, the wcxb-dev pages ordered by the elements they lose
// (false positives plus false negatives), or with page set, that page's unmatched
// elements on both sides: the error analysis behind the figures.
func detail(w io.Writer, data, kindName, page string) error {
	kind := structure.NumKinds
	for k := range structure.NumKinds {
		if k.String() == kindName {
			kind = k
		}
	}
	if kind == structure.NumKinds {
		return fmt.Errorf("unknown kind %q", kindName)
	}
	set, err := evalset.Load(filepath.Join(data, detailSet), nil)
	if err != nil {
		return err
	}
	type row struct {
		id string
		c  structure.Count
	}
	var rows []row
	var sum, annotated structure.Count
	var where placement
	nearShown := 0
	levelOnly, near := 0, 0
	for _, p := range set.Pages {
		if page != "" && page != "all" && p.ID != page {
			continue
		}
		truthMD := p.Truth.Get("articleMarkdown")
		if truthMD == "" {
			continue
		}
		a, err := winnow.Extract(bytes.NewReader(p.Raw), &winnow.Options{URL: p.Truth.Get("url"), Markdown: true})
		if err != nil {
			a = &winnow.Article{} // no article found: scored as empty output, as measure does
		}
		truth, pred := structure.Parse(truthMD), structure.Parse(a.Markdown)
		c := structure.Match(truth, pred)[kind]
		sum.Add(c)
		if len(truth[kind]) > 0 {
			annotated.Add(c)
		}
		rows = append(rows, row{p.ID, c})
		missed, extra := unmatched(truth[kind], pred[kind])
		truthText, predText := plainKey(kind, truthMD), plainKey(kind, a.Markdown)
		missedHere, extraHere := where.add(kind, len(truth[kind]) > 0, missed, extra, truthText, predText)
		lo, nr, ex := nearMisses(missed, extra)
		levelOnly += lo
		near += nr
		for _, e := range ex {
			if page == "" && nearShown < 60 {
				nearShown++
				fmt.Fprintf(w, "near %s: %s\n", p.ID, e)
			}
		}
		if page != "" {
			fmt.Fprintf(w, "%s %s: TP %d FP %d FN %d (~: the text is on the other side, in another shape)\n", p.ID, kind, c.TP, c.FP, c.FN)
			for i, s := range missed {
				fmt.Fprintf(w, "-%s %s\n", mark(missedHere[i]), clip(s))
			}
			for i, s := range extra {
				fmt.Fprintf(w, "+%s %s\n", mark(extraHere[i]), clip(s))
			}
		}
	}
	if page != "" {
		return nil
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].c.FP+rows[i].c.FN > rows[j].c.FP+rows[j].c.FN })
	fmt.Fprintf(w, "%s over %d pages: TP %d FP %d FN %d, P %.3f R %.3f F1 %.3f\n", kind, len(rows), sum.TP, sum.FP, sum.FN, sum.P(), sum.R(), sum.F1())
	fmt.Fprintf(w, "near misses: %d differ only in heading level, %d only in punctuation or spacing\n", levelOnly, near)
	where.write(w)
	fmt.Fprintf(w, "pages whose truth has the kind: TP %d FP %d FN %d, P %.3f R %.3f F1 %.3f\n", annotated.TP, annotated.FP, annotated.FN, annotated.P(), annotated.R(), annotated.F1())
	for _, r := range rows {
		if r.c.FP+r.c.FN == 0 {
			break
		}
		fmt.Fprintf(w, "%s\tTP %d\tFP %d\tFN %d\t%s\n", r.id, r.c.TP, r.c.FP, r.c.FN, set.Page(r.id).Truth.Get("page_type"))
	}
	return nil
}

// unmatched returns the truth's elements the prediction lacks and the prediction's
// elements the truth lacks, as multisets, each in document order.
func unmatched(truth, pred []string) (missed, extra []string) {
	have := map[string]int{}
	for _, s := range pred {
		have[s]++
	}
	for _, s := range truth {
		if have[s] > 0 {
			have[s]--
		} else {
			missed = append(missed, s)
		}
	}
	want := map[string]int{}
	for _, s := range truth {
		want[s]++
	}
	for _, s := range pred {
		if want[s] > 0 {
			want[s]--
		} else {
			extra = append(extra, s)
		}
	}
	return missed, extra
}

// nearMisses counts the missed elements that an extra one matches but for the heading
// level, or but for punctuation and white space, with examples.
func nearMisses(missed, extra []string) (levelOnly, near int, examples []string) {
	strip := func(s string, level bool) string {
		if level && len(s) > 3 && s[0] == 'h' && s[2] == ' ' {
			s = s[3:]
		}
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, s)
	}
	byText := map[string]int{}
	for _, s := range extra {
		byText[strip(s, true)]++
	}
	for _, s := range missed {
		switch k := strip(s, true); {
		case len(s) > 3 && s[0] == 'h' && byText[k] > 0 && strip(s, false) != "" && hasLevelTwin(extra, s):
			levelOnly++
			byText[k]--
			examples = append(examples, "level "+clip(s))
		case byText[k] > 0 && k != "":
			near++
			byText[k]--
			examples = append(examples, "text "+clip(s))
		}
	}
	return levelOnly, near, examples
}

// hasLevelTwin reports whether extra holds heading s at another level.
func hasLevelTwin(extra []string, s string) bool {
	for _, e := range extra {
		if len(e) > 3 && e[3:] == s[3:] && e[:2] != s[:2] {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return strings.ReplaceAll(s, "\n", " ")
}

// placement splits a kind's unmatched elements by whether their text is on the other
// side in another shape (a list item the truth writes as a bare line, a heading winnow
// writes as a paragraph: the two disagree on the element, not on the content) or absent
// from it (the two chose different content); extra elements also by whether the truth
// has the kind on that page at all.
type placement struct {
	fpShape, fpAbsent [2]int // extra elements: [0] on pages whose truth has the kind, [1] on the others
	fnShape, fnAbsent int    // missed elements
}

// add counts one page's unmatched elements and reports, for each, whether its text is on
// the other side. truthText and predText are the sides' text as plainKey makes it.
func (p *placement) add(kind structure.Kind, truthHasKind bool, missed, extra []string, truthText, predText sideText) (missedHere, extraHere []bool) {
	for _, s := range missed {
		in := predText.holds(elementText(kind, s))
		missedHere = append(missedHere, in)
		if in {
			p.fnShape++
		} else {
			p.fnAbsent++
		}
	}
	side := 0
	if !truthHasKind {
		side = 1
	}
	for _, s := range extra {
		in := truthText.holds(elementText(kind, s))
		extraHere = append(extraHere, in)
		if in {
			p.fpShape[side]++
		} else {
			p.fpAbsent[side]++
		}
	}
	return missedHere, extraHere
}

func (p *placement) write(w io.Writer) {
	fmt.Fprintf(w, "extra, text in the truth in another shape: %d (+%d on pages whose truth lacks the kind); absent from the truth: %d (+%d)\n",
		p.fpShape[0], p.fpShape[1], p.fpAbsent[0], p.fpAbsent[1])
	fmt.Fprintf(w, "missed, text in winnow's Markdown in another shape: %d; absent from it: %d\n", p.fnShape, p.fnAbsent)
}

// elementText is the text of an element's key, without a heading's level.
func elementText(kind structure.Kind, key string) string {
	if kind == structure.Heading && len(key) > 3 && key[0] == 'h' && key[2] == ' ' {
		return key[3:]
	}
	return key
}

// sideText is one side's text for placement: its plain text and the keys of its
// lines, normalised as the kind's keys are.
type sideText struct {
	whole string
	lines map[string]bool
}

// minSubstringRunes is the shortest key found inside a longer line: a short key ("no",
// "price") turns up inside any text by chance, so it must be a line of its own.
const minSubstringRunes = 20

// holds reports whether the side holds key: as a line of its own (a heading written
// as a paragraph, a cell as a bare line), or inside a line when the key is long enough
// not to be there by chance.
func (t sideText) holds(key string) bool {
	return key != "" && (t.lines[key] || utf8.RuneCountInString(key) >= minSubstringRunes && strings.Contains(t.whole, key))
}

// plainKey is a Markdown document's text normalised as the kind's keys are, so that an
// element's key is found in it wherever the document holds its text.
func plainKey(kind structure.Kind, md string) sideText {
	norm := structure.Normalise
	if kind == structure.CodeBlock {
		norm = structure.NormaliseCode
	}
	t := sideText{whole: norm(structure.PlainText(md)), lines: map[string]bool{}}
	for l := range strings.SplitSeq(md, "\n") {
		t.lines[norm(strings.TrimLeft(l, " #>*-+|"))] = true
	}
	return t
}

func mark(here bool) string {
	if here {
		return "~"
	}
	return " "
}
