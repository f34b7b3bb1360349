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
	// single words, not items. A shop's card (a product's name and its price) holds
	// about 25 units.
	minItemUnits = 20
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
	// listedShare: a chosen block whose items hold this share of its text is a listing.
	listedShare = 0.6
	// listedMinLinks: a chosen block with less of its text in links than this is read
	// as prose without looking for items in it (the look costs a pass over the page).
	listedMinLinks = 0.1
	// listedProse: a listing whose prose holds less than this share of its text is a
	// list of links and short lines.
	listedProse = 0.5
)

// declaresStory reports whether the page declares itself an article or a video, by its
// JSON-LD types or its og:type. Such a page's lists of items are boxes beside the story
// (more news, a playlist), even when the story is short.
func declaresStory(m *pageMeta) bool {
	og := strings.ToLower(m.meta["og:type"])
	if og == "article" || strings.HasPrefix(og, "video") {
		return true
	}
	return declaresArticleLD(m)
}

// declaresArticleLD reports whether the page's JSON-LD declares an article.
func declaresArticleLD(m *pageMeta) bool {
	for _, ty := range m.ld.types {
		if ldPageTypes[strings.ToLower(ty)] == typeArticle {
			return true
		}
	}
	return false
}

// looseStory reports whether the page's claim to be a story rests on og:type article
// alone, with no JSON-LD article and no publication time: site plugins write that
// og:type on every page, a blog's index and its category pages too. Such a claim
// does not keep a page's list of items from being its content (see preferItems).
func looseStory(m *pageMeta) bool {
	return strings.ToLower(m.meta["og:type"]) == "article" && !declaresArticleLD(m) && !declaresPublished(m)
}

// preferItems returns the container of the page's items instead of best when the items
// hold several times the prose that best holds: the page is a listing, and best is the
// one paragraph it has (an intro, a notice). It marks the page as spread, since an
// item's links are its content.
func (t *tree) preferItems(best int32) int32 {
	b := &t.nodes[best]
	good := float32(b.good)
	// A story declared by its og:type alone (see looseStory) yields to the items
	// around best, which is then the listing's intro (a category's description), but
	// not to items beside it: those are the story's sidebar, and so are items that
	// only the whole page holds together with best.
	loose := t.story && t.looseStory
	// A choice inside boilerplate (a consent dialog's purposes, which no mass of
	// prose outweighed) is no story's prose, whatever the page declares.
	boxed := b.inBoiler
	story := t.story && !loose && !boxed
	prose := good >= listingMaxProse || story && good >= storyMaxProse ||
		float32(t.nodes[t.body].units) < listingShare*good
	if prose && (story || b.linkDensity() < listedMinLinks) {
		return best
	}
	lb, items, held := t.listingMass(t.itemGroups(), best)
	// best is itself a listing when items make most of its text (a blog's river of
	// posts, a list of threads): their links and furniture are then content.
	listed := !t.story && held >= minListingUnits && float32(held) >= t.listedMinShare()*float32(b.units)
	around := lb != none && t.isAncestor(lb, best) && !(loose && lb == t.body)
	switch {
	case lb == none || prose || lb == best || t.isAncestor(best, lb):
	case around && items-held >= minListingUnits && float32(items-held) >= listingShare*max(good, float32(held)),
		!around && (!loose || boxed) && items >= minListingUnits && float32(items) >= listingShare*good:
		// The items best holds already (a thread's posts) are its own; the items
		// around it must outweigh them as well as its prose.
		t.spread, t.listed = true, true
		return lb
	}
	if listed {
		t.listed = true
		// A list of links and short lines (titles, prices, dates): the links are
		// the content. A list of posts is prose, and judged as prose.
		t.spread = t.spread || float32(b.good) < listedProse*float32(b.units)
	}
	return best
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

// itemGroups marks, under every element outside page furniture, its items (see
// itemTag). It returns, for each node, whether it lies inside such an item. Furniture is
// what the classifier marked as boilerplate, boxes of related items and ads (see
// isListBox), and <header>, <nav>, <aside>, <footer> and <menu> whatever their size: a
// site's mega-menu is a list of many items too.
func (t *tree) itemGroups() []uint8 {
	nodes := t.nodes
	flags := make([]uint8, len(nodes))
	var groups []itemGroup
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
		var tag atom.Atom
		if tag, groups = t.itemTag(int32(p), groups); tag == 0 {
			continue
		}
		for c := pb.first; c != none; c = nodes[c].next {
			if cb := &nodes[c]; !cb.text && cb.units > 0 && cb.tag == tag {
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

// itemGroup gathers the children of one tag under a parent.
type itemGroup struct {
	tag               atom.Atom
	n                 int
	units, top, links int32
}

// itemTags are the elements that hold one item of a list: a list item, a card, a row.
// Paragraphs and headings are left out: a run of them is a text, not a list.
var itemTags = map[atom.Atom]bool{
	atom.Li: true, atom.Article: true, atom.Div: true, atom.Section: true, atom.Tr: true,
	atom.A: true, atom.Figure: true, atom.Dl: true,
}

// itemTag returns the tag of p's items: its children of the tag that holds the most
// text, when there are at least minItems of them with text, alike in size and class,
// partly links. It returns 0 when p has no items. groups is scratch space, returned for
// the next call.
func (t *tree) itemTag(p int32, groups []itemGroup) (atom.Atom, []itemGroup) {
	nodes := t.nodes
	groups = groups[:0]
	for c := nodes[p].first; c != none; c = nodes[c].next {
		cb := &nodes[c]
		if cb.text || cb.units == 0 || !itemTags[cb.tag] {
			continue
		}
		k := 0
		for k < len(groups) && groups[k].tag != cb.tag {
			k++
		}
		if k == len(groups) {
			groups = append(groups, itemGroup{tag: cb.tag})
		}
		g := &groups[k]
		g.n++
		g.units += cb.units
		g.top = max(g.top, cb.units)
		g.links += cb.linkUnits
	}
	best := -1
	for k, g := range groups {
		alike := float32(g.top) <= maxItemShare*float32(g.units)
		linked := float32(g.links) >= minItemLinks*float32(g.units)
		if g.n >= minItems && alike && linked && g.units >= int32(g.n)*minItemUnits &&
			(best < 0 || g.units > groups[best].units) && t.shareClass(p, g.tag, g.n) {
			best = k
		}
	}
	if best < 0 {
		return 0, groups
	}
	return groups[best].tag, groups
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

// listedItems returns the tag of parent's items when the chosen block is a listing (see
// preferItems) or the page's content is spread over many blocks (see selectByMass), or 0.
func (t *tree) listedItems(parent int32) atom.Atom {
	if !t.listed && !t.spread {
		return 0
	}
	tag, _ := t.itemTag(parent, nil)
	return tag
}

// itemTitle reports whether sub-heading i is the title of an item in a listing: in a
// listing, a heading that does not link to a person (see personTitle).
func (t *tree) itemTitle(i int32) bool {
	return t.listed && !t.personTitle(i)
}

// listedCard reports whether block i is a teaser card of a listing (see isCard), whose
// links are content. A card titled by a person's name is a poster's box beside a post
// (a forum's user column), not an item.
func (t *tree) listedCard(i int32) bool {
	return t.listed && t.isCard(i) && !t.personTitle(i)
}

// personTitle reports whether block i is titled by a link to a person's page: the link
// in its first sub-heading, or its first link when it has no sub-heading (a forum's
// "<h4><a href=/members/…>" or an avatar linking to the poster). That is a poster's name
// or a byline, not an item's title.
func (t *tree) personTitle(i int32) bool {
	h, first := none, none
	t.walk(i, func(j int32) bool {
		b := &t.nodes[j]
		if first == none && b.tag == atom.A && b.n.Type == html.ElementNode {
			first = j
		}
		if isSubheading(b.tag) {
			h = j
		}
		return h == none
	})
	if h != none {
		first = none
		t.walk(h, func(j int32) bool {
			if b := &t.nodes[j]; b.tag == atom.A && b.n.Type == html.ElementNode {
				first = j
			}
			return first == none
		})
	}
	return first != none && isAuthorURL(attr(t.nodes[first].n, "href"))
}
