package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages made of items: a listing, a shop's grid, a list of threads. Their content is
// many short similar blocks (a title, a date, a price, a line of summary), so prose
// scoring finds nothing it recognises and settles for the one paragraph the page has: a
// cookie notice, a footer's legal line, an intro. The items are told by their shape:
// siblings of one tag, repeated.
const (
	// minItems is how many siblings of one tag make a list of items.
	minItems = 4
	// minItemUnits: a group whose members average less text than this is a menu of
	// single words, not items.
	minItemUnits = 30
	// maxItemShare: no item holds more than this share of its list's text. Items are
	// alike; a page's layout blocks (a header, the main column, a footer) are not, and
	// one of them holds most of the text.
	maxItemShare = 0.4
	// minItemLinks: the items of a listing lead somewhere (a story, a product, a
	// thread), so some of their text is links; rows of a data table lead nowhere.
	minItemLinks = 0.05
	// listingShare: the items win over the prose choice when they hold this many times
	// its prose. On articles the two are the same text (paragraphs are items too) or the
	// items are a box of teasers smaller than the article.
	listingShare = 3
	// minListingUnits: fewer units of items are a box, not a page's content.
	minListingUnits = 300
	// listingMaxProse: a prose choice holding this much prose is an article (a few
	// paragraphs), and the items around it are its boxes: more news, comments, a feed.
	listingMaxProse = 1000
	// storyMaxProse: on a page that declares itself an article, the items win only
	// when the prose choice is next to nothing (a caption, a notice).
	storyMaxProse = 100
)

// declaresStory reports whether the page declares itself an article or a video, by its
// JSON-LD types or its og:type. Such a page's lists of items are boxes beside the story
// (more news, a playlist), even when the story is short.
func declaresStory(m *pageMeta) bool {
	og := strings.ToLower(m.meta["og:type"])
	if og == "article" || strings.HasPrefix(og, "video") {
		return true
	}
	for _, ty := range m.ld.types {
		if ldPageTypes[strings.ToLower(ty)] == typeArticle {
			return true
		}
	}
	return false
}

// preferItems returns the container of the page's items instead of best when the items
// hold several times the prose that best holds: the page is a listing, and best is the
// one paragraph it has (an intro, a notice). It marks the page as spread, since an
// item's links are its content.
func (t *tree) preferItems(best int32) int32 {
	good := float32(t.nodes[best].good)
	if good >= listingMaxProse || t.story && good >= storyMaxProse ||
		float32(t.nodes[t.body].units) < listingShare*good {
		return best
	}
	lb, items, held := t.listingMass(t.itemGroups(), best)
	if lb == none || t.isAncestor(best, lb) {
		return best
	}
	// The items best holds already (a thread's posts) are its own; the items around it
	// must outweigh them as well as its prose.
	if t.isAncestor(lb, best) {
		items -= held
	}
	if items < minListingUnits || float32(items) < listingShare*max(good, float32(held)) {
		return best
	}
	t.spread = true
	return lb
}

// listBoxKinds are the cues of boxes whose items are never a page's content, even
// when the box also carries a content word ("related products entry-section").
const listBoxKinds = 1<<cueRelated | 1<<cueSponsored | 1<<cueNav | 1<<cueFooter |
	1<<cueCookie | 1<<cueOverlay | 1<<cueNewsletter | 1<<cueShare

// isListBox reports whether block i is a box of related items, ads or furniture, by its
// cues, and small next to the page (a wrapper's class says little about its content).
func (t *tree) isListBox(i int32) bool {
	b := &t.nodes[i]
	return !b.text && b.kinds&listBoxKinds != 0 && float32(b.units) < boilerMaxShare*float32(t.nodes[t.body].units)
}

// Flags of itemGroups, per node.
const (
	itemIn  = 1 << iota // inside an item of a list
	itemOff             // inside page furniture: no list here is the page's content
)

// itemGroups marks, under every element outside page furniture, its children of the most
// repeated tag when there are at least minItems of them with text: the items of a list.
// It returns, for each node, whether it lies inside such an item. Furniture is what the
// classifier marked as boilerplate, and <header>, <nav>, <aside>, <footer> and <menu>
// whatever their size: a site's mega-menu is a list of many items too.
func (t *tree) itemGroups() []uint8 {
	nodes := t.nodes
	flags := make([]uint8, len(nodes))
	type group struct {
		tag               atom.Atom
		n                 int
		units, top, links int32
	}
	var groups []group
	for p := range nodes {
		pb := &nodes[p]
		if pb.parent != none {
			flags[p] |= flags[pb.parent] & itemOff
		}
		if _, furniture := tagKinds[pb.tag]; furniture && !pb.text || pb.inBoiler || t.isListBox(int32(p)) {
			flags[p] |= itemOff
		}
		if pb.text || pb.first == none || pb.units == 0 || flags[p]&itemOff != 0 {
			continue
		}
		groups = groups[:0]
		for c := pb.first; c != none; c = nodes[c].next {
			cb := &nodes[c]
			if cb.text || cb.units == 0 {
				continue
			}
			found := false
			for k := range groups {
				if groups[k].tag == cb.tag {
					groups[k].n++
					groups[k].units += cb.units
					groups[k].top = max(groups[k].top, cb.units)
					groups[k].links += cb.linkUnits
					found = true
					break
				}
			}
			if !found {
				groups = append(groups, group{cb.tag, 1, cb.units, cb.units, cb.linkUnits})
			}
		}
		best := -1
		for k, g := range groups {
			alike := float32(g.top) <= maxItemShare*float32(g.units)
			linked := float32(g.links) >= minItemLinks*float32(g.units)
			if g.n >= minItems && alike && linked && g.units >= int32(g.n)*minItemUnits && (best < 0 || g.units > groups[best].units) &&
				t.shareClass(int32(p), g.tag, g.n) {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		for c := pb.first; c != none; c = nodes[c].next {
			if cb := &nodes[c]; !cb.text && cb.units > 0 && cb.tag == groups[best].tag {
				flags[c] |= itemIn
			}
		}
	}
	for i := 1; i < len(nodes); i++ {
		if p := nodes[i].parent; p != none {
			flags[i] |= flags[p] & itemIn
		}
	}
	return flags
}

// minSharedClass is the share of a list's items that carry one class name in common,
// counting those without a class as sharing any: cards of one template share theirs
// (rows of a table may alternate with plain ones), where the blocks of a page's layout
// ("product-summary", "tabs", "related-products") each have their own.
const minSharedClass = 0.6

// shareClass reports whether the n children of p with the given tag are alike by class
// (see minSharedClass).
func (t *tree) shareClass(p int32, tag atom.Atom, n int) bool {
	type count struct {
		name string
		n    int
	}
	var counts []count
	bare, top := 0, 0
	for c := t.nodes[p].first; c != none; c = t.nodes[c].next {
		b := &t.nodes[c]
		if b.text || b.units == 0 || b.tag != tag {
			continue
		}
		names := strings.Fields(attr(b.n, "class"))
		if len(names) == 0 {
			bare++
		}
		for _, name := range names {
			k := 0
			for k < len(counts) && counts[k].name != name {
				k++
			}
			if k == len(counts) {
				counts = append(counts, count{name, 0})
			}
			counts[k].n++
			top = max(top, counts[k].n)
		}
	}
	return float32(bare+top) >= minSharedClass*float32(n)
}

// listingMass returns the element whose subtree holds the most item text net of
// navigation and boilerplate, as selectByMass does for prose, the item text it holds,
// and the item text that the element prose holds. Text inside an item counts whatever its links (a listing's titles are links);
// text outside the items is judged as selectByMass judges it.
func (t *tree) listingMass(flags []uint8, prose int32) (best, items, held int32) {
	nodes := t.nodes
	type mass struct{ good, bad, ownItem, items int32 }
	m := make([]mass, len(nodes))
	for i := len(nodes) - 1; i >= 0; i-- {
		b := &nodes[i]
		mi := &m[i]
		switch {
		case b.text:
			if flags[i]&itemIn != 0 && !b.inBoiler {
				mi.ownItem, mi.items, mi.good = b.units, b.units, b.units
			}
		case b.block && b.ownUnits > 0:
			own := b.ownUnits - mi.ownItem
			link := min(b.ownLink, own)
			switch {
			case own <= 0:
			case b.inBoiler || float32(link) >= float32(own)*badLinkShare:
				mi.bad += own
			case own-link >= goodMinUnits:
				mi.good += own - link
				mi.bad += link
			}
		}
		if p := b.parent; p != none {
			mp := &m[p]
			mp.good += mi.good
			mp.bad += mi.bad
			mp.items += mi.items
			if !b.block {
				mp.ownItem += mi.ownItem
			}
		}
	}
	best = none
	var bestVal float32
	for i := range nodes {
		b := &nodes[i]
		if b.text || b.tag == atom.Html || b.n.Type != html.ElementNode {
			continue
		}
		v := float32(m[i].good) - badWeight*float32(m[i].bad)
		if v > bestVal || v == bestVal && best != none && t.isAncestor(best, int32(i)) {
			best, bestVal = int32(i), v
		}
	}
	if best == none {
		return none, 0, 0
	}
	return best, m[best].items, m[prose].items
}
