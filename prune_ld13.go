package winnow

import "golang.org/x/net/html/atom"

// keptListItem reports whether block i is an item of a list that is link-dense as a
// whole and was kept all the same: a list of linked titles that the article's own
// text introduces, or that makes up the article. The list was judged and kept, so its
// items, alike by nature, are content too: one linked title alone in its item is no
// more navigation than the list it belongs to, and dropping the items one by one
// (each all link, under the short-line limit) would undo the list's verdict. Only the
// link-dense rule yields: a "Read also:" item or a boilerplate heading still goes.
// A list kept only for being most of the article (see maxDropShare) does not count
// either: a page that is one list of links has no article, and its items say so.
// A list kept as a service page's grid of part links (see servicePartLinks) does not
// count: that rule trusts the items' own judgement to weed out a playlist or a menu.
func (t *tree) keptListItem(i, total int32) bool {
	b := &t.nodes[i]
	if b.tag != atom.Li || b.parent == none {
		return false
	}
	p := &t.nodes[b.parent]
	return (p.tag == atom.Ul || p.tag == atom.Ol) && p.linkDensity() > linkDenseBlock &&
		float32(p.units) <= float32(total)*maxDropShare && !t.servicePartLinks(b.parent)
}
