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
	// packed: the fast builder made doc (see fastParse). Its nodes sit in slabs shared by
	// the whole page and its strings are substrings of one copy of the page, so whatever
	// outlives the call is copied out of it (see packContent, detachStrings): one node or
	// one title kept by the caller would otherwise hold the whole page alive.
	packed bool
	// nodes: about how many nodes doc holds, as the parse's measure counted them (0
	// when unknown): the side table is allocated once at that size rather than grown
	// by doubling, which on a page of a million tiny elements tripled the bytes
	// allocated.
	nodes int
}

// extract runs the passes after parsing: metadata, cleaning and measuring, scoring,
// selection, pruning and rendering. It stops with the context's error once ctx is
// cancelled, looking at it during the measuring walk and between the passes. It reads doc
// and never writes to it, unless doc is owned: then the content tree is made of doc's own
// nodes (see contentTree).
func extract(ctx context.Context, doc *html.Node, o *Options, from source) (*Article, error) {
	meta, t, a, err := measurePage(ctx, doc, o, from.nodes)
	if err != nil {
		return nil, err
	}
	defer t.release() // the Article shares no memory with the side table
	defer releaseMeta(meta)
	t, roots, _, err := settleText(ctx, doc, meta, t, t.score(), a, o, from.nodes)
	if err != nil {
		return nil, err
	}
	if furnitureOnly(a.Text) {
		a.Text = ""
	}
	if !hasUnits(a.Text, minArticleUnits) {
		// The page's metadata is still worth having (a listing's title and section, a
		// shell's date): it comes back with the error, without content.
		a.Text = ""
		if from.packed {
			a.detachStrings()
		}
		return a, ErrNoContent
	}
	if err := ctxErr(ctx); err != nil {
		return nil, err
	}
	if o.Markdown || o.HTML {
		t.renderFormats(a, roots, o, baseURL(o.URL, meta.base))
	}
	// Last, since moving the parsed nodes into the content tree relinks them.
	a.Content = t.contentTree(roots, from)
	if from.packed {
		a.detachStrings()
	}
	return a, nil
}

// measurePage walks the parsed page once for its metadata and its side table, and reads
// the metadata that the choice of the article needs: the page's titles name its
// headline (see isHeadline), its declared type guards the rules for listings (see
// declaresStory). Extract and Explain both start here, so that both judge alike.
// sizeHint is about how many nodes doc holds, or 0 (see source).
func measurePage(ctx context.Context, doc *html.Node, o *Options, sizeHint int) (*pageMeta, *tree, *Article, error) {
	meta, t, err := walkPage(ctx, doc, o.MaxNodes, sizeHint)
	if err != nil {
		return nil, nil, nil, err
	}
	a := &Article{}
	fillMeta(a, meta, o, time.Now())
	t.headlines = newHeadlines(meta, a.Title)
	t.story = declaresStory(meta)
	t.looseStory = t.story && looseStory(meta)
	t.discussion = declaresDiscussion(meta, a.URL)
	t.shop = showsShop(meta)
	t.product = declaresProduct(meta)
	t.productLead, t.productUnits = productLead(meta)
	t.category = declaresCategory(meta)
	t.authors = a.Authors
	return meta, t, a, nil
}

// sharePageFacts gives u the facts measurePage read off the page's metadata for t: a
// second measure of the same page (extract's try with hidden elements) is judged by the
// same rules, a shop's or a thread's among them, as the first.
func (u *tree) sharePageFacts(t *tree) {
	u.headlines, u.story, u.looseStory = t.headlines, t.story, t.looseStory
	u.discussion, u.shop, u.product, u.category = t.discussion, t.shop, t.product, t.category
	u.productLead, u.productUnits = t.productLead, t.productUnits
	u.authors = t.authors
}

// choose selects the article's blocks in t among the scored candidates cands and prunes
// them.
func (t *tree) choose(cands []int32, desc string, o *Options) []int32 {
	main := t.selectMain(cands)
	if t.consentChoice(main) {
		main = t.selectMain(t.setAsideConsent(main, cands))
	}
	roots := t.rescueLead(main, desc)
	if len(roots) == len(main) {
		roots = t.rescueBeforeBody(roots, t.rescueStandfirst)
	}
	if len(roots) == len(main) {
		roots = t.rescueBeforeBody(roots, t.rescueIntro)
	}
	if len(roots) == len(main) {
		roots = t.rescueOpening(roots)
	}
	t.prune(roots)
	t.keepPosterNames(roots)
	t.keepQuoteAsides(roots)
	t.dropRepeats(roots)
	t.dropShopRepeats(roots)
	t.dropCardClones(roots)
	t.dropCardTwins(roots)
	t.dropDeadControls(roots)
	t.dropPostCards(roots)
	t.dropPostFigures(roots)
	t.dropAskBoxes(roots)
	t.dropEditNotes(roots)
	t.dropSignInNotices(roots)
	t.dropPostOrdinals(roots)
	t.dropReactionBars(roots)
	t.dropQuotedCopies(roots)
	t.dropFigureLines(roots)
	t.dropThreadStats(roots)
	t.dropPostButtons(roots)
	t.dropShortTimes(roots)
	t.dropRelativeTimes(roots)
	t.dropTwinTimes(roots)
	t.dropPosterBadges(roots)
	t.dropSiteNotices(roots)
	t.dropCallButtons(roots)
	t.dropContentsTables(roots)
	t.dropCallBoxes(roots)
	t.dropCreditCaptions(roots)
	t.dropFigureCaptions(roots)
	if o.NoTables {
		t.dropDataTables(roots)
	}
	return roots
}

// hiddenMinUnits is the least text the second try, with hidden elements, must find: a
// body a script reveals is a few paragraphs, where the hidden lines of an empty page are
// notices for screen readers ("Opens in a new window").
const hiddenMinUnits = 2 * unitsPerPoint

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
