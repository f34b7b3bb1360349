package winnow

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/net/html"
)

// source tells extract where doc comes from.
type source struct {
	// owned: Extract parsed doc for this call only, and no one else sees it.
	owned bool
}

// extract runs the passes after parsing: metadata, cleaning and measuring, scoring,
// selection, pruning and rendering. It stops with the context's error once ctx is
// cancelled, looking at it during the measuring walk and between the passes. It reads doc
// and never writes to it, unless doc is owned: then the content tree is made of doc's own
// nodes (see contentTree).
func extract(ctx context.Context, doc *html.Node, o *Options, from source) (*Article, error) {
	meta := collectMeta(doc)
	t, err := buildTreeContext(ctx, doc, o.MaxNodes, meta.nodes)
	if err != nil {
		return nil, err
	}
	defer t.release() // the Article shares no memory with the side table
	a := &Article{}
	fillMeta(a, meta, o, time.Now())
	roots := t.rescueLead(t.selectMain(t.score()), a.Description)
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	t.prune(roots)
	if o.NoTables {
		t.dropDataTables(roots)
	}
	a.Text = t.renderText(roots)
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	if meta.ld.body != "" && countUnits(meta.ld.body) > ldBodyShare*countUnits(a.Text) {
		// The visible page holds a shell or a teaser; the article body is in JSON-LD.
		a.Text = bodyFromLD(meta.ld.body)
		roots = nil
	}
	finishMeta(a, meta, t, roots)
	if !hasUnits(a.Text, minArticleUnits) {
		return nil, ErrNoContent
	}
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	if o.Markdown || o.HTML {
		t.renderFormats(a, roots, o, baseURL(o.URL, meta.base))
	}
	// Last, since moving the parsed nodes into the content tree relinks them.
	a.Content = t.contentTree(roots, from.owned)
	return a, nil
}

// ldBodyShare: a JSON-LD articleBody replaces the visible text when it is this many
// times longer, as on pages that render the article with script, or show a teaser.
const ldBodyShare = 2

// countUnits measures a rendered text in the units the scorer uses.
func countUnits(s string) int32 {
	u, _ := textUnits(s)
	return u
}

func errTooManyNodes(limit int) error {
	return fmt.Errorf("%w: more than %d nodes", ErrTooLarge, limit)
}
