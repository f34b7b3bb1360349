package winnow

import (
	"context"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageWalk is the one walk over the parsed page that gathers its metadata (see pageMeta)
// and builds the side table (see tree): each element's tag, class, id and role are
// classified once for both. The two see different parts of the page: the metadata walk
// reads the <head> and hidden elements but not the text of scripts, styles or
// <noscript> (but for one that wraps the page: see wrapsPage); the table leaves out the <head>, hidden elements and what is never content
// (see skipTags).
type pageWalk struct {
	m        *pageMeta     // nil: no metadata is gathered
	t        *tree         // nil: no table is built
	maxNodes int           // the table's limit (when > 0)
	cues     *cueCache     // the cues of recent class, id and itemprop values (nil: none kept)
	parts    streamedParts // the parked parts of a streamed render (see select_streamed.go)
}

// walkPage gathers the metadata of doc and builds its side table in one walk. It fails
// as buildTreeContext does.
func walkPage(ctx context.Context, doc *html.Node, maxNodes, sizeHint int) (*pageMeta, *tree, error) {
	w := pageWalk{m: reusedPageMeta(), t: newTree(ctx, doc, maxNodes, sizeHint, false), maxNodes: maxNodes, cues: newCueCache()}
	if err := w.children(doc, 0, 0, true, 0, false); err != nil {
		w.t.release()
		releaseCueCache(w.cues)
		return nil, nil, err
	}
	w.t.measure()
	// The lines around the headline classify the same elements again (see scanAround):
	// they find the page's class names in the walk's cache.
	w.m.cues = w.cues
	return w.m, w.t, nil
}

// spareMetaMaps holds the <meta> maps (see pageMeta) of extractions that are done with
// them, cleared, for the next ones: made for a few dozen names, the map is one of the
// larger allocations of the metadata.
var spareMetaMaps sync.Pool

// reusedPageMeta is newPageMeta with a spare <meta> map when there is one.
func reusedPageMeta() *pageMeta {
	if mm, ok := spareMetaMaps.Get().(map[string]string); ok {
		return &pageMeta{meta: mm}
	}
	return newPageMeta()
}

// releaseMeta hands m's <meta> map over for reuse. The map must not be used afterwards;
// the strings it held may.
func releaseMeta(m *pageMeta) {
	releaseCueCache(m.cues)
	m.cues = nil
	mm := m.meta
	m.meta = nil
	clear(mm)
	spareMetaMaps.Put(mm)
}

// children walks n's children. depth is n's depth, ctx the cue kinds of n and its
// ancestors (for the metadata), meta whether the metadata walk reads them, parent n's
// index in the table (which has no children yet) or none when the table leaves n out,
// inLink whether n is inside a link.
func (w *pageWalk) children(n *html.Node, depth int, ctx uint32, meta bool, parent int32, inLink bool) error {
	_, err := w.childrenAfter(n, depth, ctx, meta, parent, none, inLink)
	return err
}

// childrenAfter is children when parent may already have children in the table: prev
// is its last one, or none. It returns parent's last child in the table afterwards.
func (w *pageWalk) childrenAfter(n *html.Node, depth int, ctx uint32, meta bool, parent, prev int32, inLink bool) (int32, error) {
	meta = meta && depth <= maxMetaDepth
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if meta {
			w.m.nodes++
		}
		switch c.Type {
		case html.TextNode:
			if meta && ctx&(asideKinds|1<<cueFooter) == 0 {
				w.m.noteShortDate(c.Data, w.m.htmlLang)
			}
			if meta && ctx&(asideKinds|1<<cueCookie) == 0 {
				w.m.noteEditStamp(c.Data)
			}
			if parent != none && c.Data != "" && (n.DataAtom != atom.Noscript || !looksLikeMarkup(c.Data)) {
				prev = w.t.add(blk{n: c, text: true, inLink: inLink}, parent, prev)
			}
		case html.ElementNode:
			self, err := w.element(c, depth, ctx, meta, parent, prev, inLink)
			if err != nil {
				return none, err
			}
			if self != none {
				prev = self
			}
			if c.DataAtom == atom.Template && parent != none && w.t != nil {
				// The part of a streamed render that fills this place (see
				// streamedParts) is read here, where the reader sees it.
				if part := w.parts.place(c, w.t.nodes[w.t.body].n); part != nil {
					if prev, err = w.childrenAfter(part, depth, ctx, false, parent, prev, inLink); err != nil {
						return none, err
					}
				}
			}
		case html.DocumentNode:
			var err error
			if prev, err = w.childrenAfter(c, depth+1, ctx, meta, parent, prev, inLink); err != nil {
				return none, err
			}
		}
		if parent != none && len(w.t.nodes) >= w.t.checkAt {
			if err := w.t.check(w.maxNodes); err != nil {
				return none, err
			}
		}
	}
	return prev, nil
}

// element reads one element and walks its children; the arguments are its parent's, as
// children takes them. It returns the element's index in the table, or none when the
// table leaves it out.
func (w *pageWalk) element(c *html.Node, depth int, ctx uint32, meta bool, parent, prev int32, inLink bool) (int32, error) {
	// An accordion's button that holds a heading's text is the heading (see
	// isHeadingButton); other never-content elements stay out of the table.
	info := tagInfoOf(c.DataAtom)
	headingRow := parent != none && buttonHoldsHeading(c) // see buttonHoldsHeading
	inTable := parent != none && (!info.skip || isHeadingButton(c, c.Parent) || headingRow) && !isScriptNotice(c)
	if !meta && !inTable {
		return none, nil
	}
	kinds, words, hidden := elementInfoFacts(c, info, w.cues, inTable && !w.t.showHidden)
	kinds = headingRowKinds(kinds, headingRow)
	hidden = hidden && !w.t.ungated(c)
	if inTable = inTable && (w.t.showHidden && !(hidden && w.parts.placed(c)) || !hidden); !meta && !inTable {
		return none, nil
	}
	descend := meta && w.m.element(c, kinds, words, ctx)
	self := none
	if inTable {
		inLink = inLink || c.DataAtom == atom.A && isNavLink(c) && !isSelfAnchor(c)
		var headings int32 // the element itself, when a subheading (see blk.headings)
		if isSubheading(c.DataAtom) {
			headings = 1
		}
		self = w.t.add(blk{n: c, tag: c.DataAtom, block: info.class&classBlock != 0, inLink: inLink, kinds: kinds, headings: headings}, parent, prev)
		if c.DataAtom == atom.Body {
			w.t.body = self
		}
	}
	if !descend && self == none {
		return none, nil
	}
	if c.DataAtom != atom.Body && c.DataAtom != atom.Html {
		// Body classes describe the page ("comments-open", "has-sidebar"), not a box
		// around what follows.
		ctx |= kinds
	}
	return self, w.children(c, depth+1, ctx, descend, self, inLink)
}
