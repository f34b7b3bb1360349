package winnow

import (
	"context"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// textPass names the pass of extract that gave the article's final text. Explain
// reports it, so that a block it lists as kept but the text lacks (or the reverse) is
// traced to the pass that replaced the text.
type textPass uint8

const (
	passChosen  textPass = iota // the blocks chosen and pruned in the first measure
	passHidden                  // a second measure that keeps hidden elements
	passLDBody                  // the JSON-LD articleBody
	passProduct                 // the JSON-LD product description
	passGated                   // a second measure inside the visible gate (see gatedTry)
)

var textPassNames = [...]string{
	passChosen:  "the chosen blocks",
	passHidden:  "a second measure with hidden elements kept",
	passLDBody:  "the JSON-LD articleBody",
	passProduct: "the JSON-LD product description",
	passGated:   "a second measure inside the visible gate",
}

func (p textPass) String() string { return textPassNames[p] }

// settleText runs the passes of extract from the choice of the article's blocks among
// the candidates cands to its final text: the choice, the tries that may replace its
// text (hidden elements, JSON-LD, the visible gate), the metadata that needs the text,
// and the hero slogans put back. Extract and Explain both call it, so that Explain
// reports the blocks and the pass the text really comes from. The tree and roots it
// returns are those the text was rendered from (roots is nil when the text is not
// rendered from blocks).
func settleText(ctx context.Context, doc *html.Node, meta *pageMeta, t *tree, cands []int32, a *Article, o *Options, sizeHint int) (*tree, []int32, textPass, error) {
	roots := t.choose(cands, a.Description, o)
	a.Text = t.renderText(roots)
	if err := ctxErr(ctx); err != nil {
		return t, roots, passChosen, err
	}
	pass := passChosen
	if !hasUnits(a.Text, minArticleUnits) {
		// Nothing visible is content: the page may hide its body until a script
		// reveals it (a streamed server render parked in a hidden block, a wrapper
		// hidden until the page has loaded). A second measure that keeps hidden
		// elements finds it; it costs a walk only on pages that would give nothing.
		if t2, err := buildTreeHidden(ctx, doc, o.MaxNodes, meta.nodes, true); err == nil {
			t2.sharePageFacts(t)
			if roots2 := t2.choose(t2.score(), a.Description, o); len(roots2) > 0 {
				if text := t2.renderText(roots2); hasUnits(text, hiddenMinUnits) {
					t, roots, a.Text, pass = t2, roots2, text, passHidden
				}
			}
		}
	}
	if meta.ld.body != "" && countUnits(meta.ld.body) > ldBodyShare*countUnits(a.Text) {
		// The visible page holds a shell or a teaser; the article body is in JSON-LD.
		a.Text, roots, pass = bodyFromLD(meta.ld.body), nil, passLDBody
	} else if desc, ok := productShell(meta, a.Text); ok {
		a.Text, roots, pass = desc, nil, passProduct
	} else if t2, roots2, text, ok := t.gatedTry(ctx, doc, a.Text, a.Description, o, sizeHint); ok {
		t, roots, a.Text, pass = t2, roots2, text, passGated
	}
	finishMeta(a, meta, t, roots)
	t.keepHeroSlogans(a, roots)
	return t, roots, pass, nil
}

// firstRoots returns the roots of the first measure's choice when the final text comes
// from it, for marking the candidates chosen; none otherwise.
func (t *tree) firstRoots(final *tree, roots []int32, pass textPass) []int32 {
	if final != t || pass != passChosen {
		return nil
	}
	return roots
}

// explainSettled writes the blocks the final text was rendered from, then the text's
// measure and the pass it comes from when that is not the first choice: a block the
// first measure kept is not in the text when a later pass replaced it.
func explainSettled(w io.Writer, t *tree, roots []int32, pass textPass, text string) {
	if pass != passChosen {
		fmt.Fprintf(w, "the text comes from %s, which replaced the first choice", pass)
		if roots == nil {
			fmt.Fprintf(w, " (no blocks)")
		} else {
			fmt.Fprintf(w, "; its blocks:")
		}
		fmt.Fprintf(w, "\n\n")
	}
	for _, r := range roots {
		t.explainBlock(w, r, 0)
	}
	fmt.Fprintf(w, "\ntext: %d units in %d paragraphs, from %s\n", countUnits(text), strings.Count(text, "\n\n")+1, pass)
	switch {
	case furnitureOnly(text):
		fmt.Fprintf(w, "too little text: it is only page furniture, and Extract gives none\n")
	case !hasUnits(text, minArticleUnits):
		fmt.Fprintf(w, "too little text: Extract gives none\n")
	}
}

// dropsInside reports whether a block inside i (not i itself) is dropped: Explain
// then lists i's children rather than i's text in one line, which would show the
// dropped text as kept.
func (t *tree) dropsInside(i int32) bool {
	end := t.subtreeEnd(i)
	for j := i + 1; j < end; j++ {
		if t.nodes[j].drop != keep {
			return true
		}
	}
	return false
}
