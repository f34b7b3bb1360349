package winnow

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html/atom"
)

// Explain extracts the page read from r and writes to w how the extractor saw it: the
// best candidates for the article's container with their scores, the container chosen,
// and every block inside it with its measures, its cues and the decision taken (kept,
// or dropped and why). It is meant for people: when a golden test breaks or a page
// comes out wrong, the report shows which rule did it. The format may change.
func Explain(w io.Writer, r io.Reader, opts *Options) (err error) {
	defer recoverInto(&err)
	o := opts.withDefaults()
	raw, err := readLimited(r, o.MaxBytes)
	if err != nil {
		return err
	}
	src, err := decode(raw, o.Charset)
	if err != nil {
		return err
	}
	doc, err := parseHTML(src)
	if err != nil {
		return err
	}
	meta, t, a, err := measurePage(context.Background(), doc, &o, 0)
	if err != nil {
		return err
	}
	defer t.release()
	cands := t.score()
	a.Text = ""
	final, roots, pass, err := settleText(context.Background(), doc, meta, t, cands, a, &o, 0)
	if err != nil {
		return err
	}
	if m := t.massBest; m != none {
		b := &t.nodes[m]
		fmt.Fprintf(w, "by prose mass: %s  good=%d bad=%d\n", t.path(m), b.good, b.bad)
	}
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	t.explainCandidates(bw, cands, t.firstRoots(final, roots, pass))
	explainSettled(bw, final, roots, pass, a.Text)
	return nil
}

// explainTopN is how many candidates the report lists.
const explainTopN = 12

func (t *tree) explainCandidates(w io.Writer, cands, roots []int32) {
	top := t.topN(cands, explainTopN)
	fmt.Fprintf(w, "candidates (best %d of %d):\n", len(top), len(cands))
	for _, c := range top {
		mark := " "
		if slices.Contains(roots, c) {
			mark = "*"
		}
		b := &t.nodes[c]
		fmt.Fprintf(w, " %s %7.1f  %s  units=%d links=%.2f paras=%d good=%d bad=%d%s\n", mark, b.score, t.path(c),
			b.units, b.linkDensity(), b.paras, b.good, b.bad, cueList(b.kinds))
	}
	fmt.Fprintf(w, "\nchosen: %d block(s); * marks a chosen candidate\n\n", len(roots))
}

// explainBlock prints a kept container and its children: containers recursively,
// paragraphs on one line each, dropped blocks with their reason.
func (t *tree) explainBlock(w io.Writer, i int32, depth int) {
	b := &t.nodes[i]
	ind := strings.Repeat("  ", depth)
	verdict := b.drop.String()
	if b.drop == keep && depth == 0 {
		verdict = "chosen"
	}
	fmt.Fprintf(w, "%s%s  units=%d links=%.2f paras=%d%s  → %s", ind, t.path(i), b.units, b.linkDensity(), b.paras, cueList(b.kinds), verdict)
	if b.drop != keep || b.paras <= 1 && !t.dropsInside(i) {
		fmt.Fprintf(w, "  %q\n", clipText(t.inlineText(i), 60))
		return
	}
	fmt.Fprintln(w)
	for c := b.first; c != none; c = t.nodes[c].next {
		if n := &t.nodes[c]; !n.text && n.units > 0 {
			t.explainBlock(w, c, depth+1)
		}
	}
}

// path names a node by its tag, id and first classes, and those of two ancestors.
func (t *tree) path(i int32) string {
	var parts []string
	for n := i; n != none && len(parts) < 3; n = t.nodes[n].parent {
		b := &t.nodes[n]
		if b.tag == 0 || b.tag == atom.Html {
			break
		}
		s := b.n.Data
		if id := attr(b.n, "id"); id != "" {
			s += "#" + id
		}
		if cls := strings.Fields(attr(b.n, "class")); len(cls) > 0 {
			s += "." + strings.Join(cls[:min(2, len(cls))], ".")
		}
		parts = append(parts, s)
	}
	slices.Reverse(parts)
	return strings.Join(parts, " > ")
}

func cueList(kinds uint32) string {
	var names []string
	for k := cueKind(1); k < numCueKinds; k++ {
		if kinds&(1<<k) != 0 {
			names = append(names, k.String())
		}
	}
	if len(names) == 0 {
		return ""
	}
	return " cues=" + strings.Join(names, ",")
}

func clipText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
