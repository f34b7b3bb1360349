package winnow

import (
	"context"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Gated mains: a shop's lock app, a "coming soon" gate or an anti-flicker script hides
// what the page's <main> holds (<main><div class="…-content" style="display:none">)
// and a script shows it once the visitor is let in. Every reader who gets the page
// sees it; the measure, which leaves hidden blocks out, finds <main> empty and settles
// for the little text around it: an announcement bar, a line of the footer. Measuring
// with every hidden block shown is no cure: the gate's own notices, menus' panels and
// pop-ups come back too, and one of them wins. A page whose <main> holds markup but no
// visible text, and whose chosen text is short, is measured again with the largest
// child of its <main>, and only that, shown.

// gatedTextUnits bounds the chosen text of a page whose <main> is gated: the bars and
// lines outside <main> are a sentence or two. A longer choice is the page's own text
// outside an unused <main>, and the table is not searched for one.
const gatedTextUnits = 5 * unitsPerPoint

// gatedMain returns, when the page's first <main> element has no visible text and the
// chosen text is shorter than gatedTextUnits, the child of <main> that holds the most
// nodes: the gated content. Its hidden siblings are the gate's own notices ("Access
// denied", "Log in to see this page"), which a script shows instead of the content to
// the visitors it turns away. It returns nil on any other page.
func (t *tree) gatedMain(text string) *html.Node {
	if hasUnits(text, gatedTextUnits) {
		return nil
	}
	for i := range t.nodes {
		b := &t.nodes[i]
		if b.text || b.tag != atom.Main {
			continue
		}
		if b.units > 0 {
			return nil
		}
		var gate *html.Node
		most := 0
		for c := b.n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			n := 0
			for range c.Descendants() {
				n++
			}
			if n > most {
				gate, most = c, n
			}
		}
		return gate
	}
	return nil
}

// ungated reports whether hidden element c is shown by the second measure of a gated
// page: it is the gated content (see gatedMain).
func (t *tree) ungated(c *html.Node) bool {
	return c == t.gate && c != nil
}

// gatedTry measures a gated page again (see gatedMain) and returns the new table, its
// choice and their text when that text is longer than the first choice's text, or
// ok false. t's page facts carry over (see sharePageFacts).
func (t *tree) gatedTry(ctx context.Context, doc *html.Node, text, desc string, o *Options, sizeHint int) (t2 *tree, roots []int32, text2 string, ok bool) {
	gate := t.gatedMain(text)
	if gate == nil {
		return nil, nil, "", false
	}
	t2 = newTree(ctx, doc, o.MaxNodes, sizeHint, false)
	t2.gate = gate
	w := pageWalk{t: t2, maxNodes: o.MaxNodes, cues: newCueCache()}
	err := w.children(doc, 0, 0, false, 0, false)
	releaseCueCache(w.cues)
	if err != nil {
		t2.release()
		return nil, nil, "", false
	}
	t2.measure()
	t2.sharePageFacts(t)
	roots = t2.choose(t2.score(), desc, o)
	if len(roots) == 0 {
		t2.release()
		return nil, nil, "", false
	}
	text2 = t2.renderText(roots)
	if countUnits(text2) <= countUnits(text) {
		t2.release()
		return nil, nil, "", false
	}
	return t2, roots, text2, true
}
