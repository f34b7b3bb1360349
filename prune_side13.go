package winnow

import "golang.org/x/net/html/atom"

// Side columns: a page's layout sets its main column and its sidebar side by side in
// one wrapper, and when the choice settles on that wrapper (a listing of a few links,
// a thin category page) the sidebar's menus can hold more text than the column beside
// it, past the share up to which a block's cue is trusted (see maxDropShare). A block
// named a sidebar (see sidebarWords) or an <aside>, mostly links, beside a column with
// text of its own is the page's furniture whatever its size. A box of links beside
// paragraphs is another thing: a widget set in a page's text, whose list of posts is
// what the page shows.

// sidebarWords are the class and id words that name a page's side column.
var sidebarWords = map[string]bool{"sidebar": true}

// columnTags are the tags of a layout's column: a paragraph beside a box of links is
// the box's own intro, in the content.
var columnTags = map[atom.Atom]bool{atom.Div: true, atom.Section: true, atom.Main: true, atom.Article: true}

// sideColumn reports whether block i is a side column beside the content (see the
// file's comment): named a sidebar or an <aside>, denser in links than a block of text
// (see linkDenseBlock), with a sibling column (see columnTags) that holds text.
func (t *tree) sideColumn(i int32) bool {
	b := &t.nodes[i]
	if b.linkDensity() <= linkDenseBlock || b.tag != atom.Aside && !t.hasAttrWord(i, sidebarWords) || b.parent == none {
		return false
	}
	for c := t.nodes[b.parent].first; c != none; c = t.nodes[c].next {
		if cb := &t.nodes[c]; c != i && !cb.text && cb.units > 0 && columnTags[cb.tag] && !t.hasAttrWord(c, sidebarWords) {
			return true
		}
	}
	return false
}
