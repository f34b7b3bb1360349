package winnow

import "golang.org/x/net/html/atom"

// Listings: a blog's index, a section front, a page of search results. Their content is
// the list of entries (titles, teasers, dates); the rules here keep the labels and
// titles that listings share with the boxes around an article from being pruned as such.

// titledListShare: a heading whose run of entries holds this share of the chosen text
// titles the content; a box's heading opens less.
const titledListShare = maxDropShare

// titlesListing reports whether block i, a heading alone, opens the entries that make
// most of a listing's chosen text ("Latest articles", "Neueste Beiträge", "最新文章"):
// the words that open a box of teasers beside an article title the page's own list
// on a listing, and the entries after it are its content.
func (t *tree) titlesListing(i, total int32) bool {
	if !t.listed || !t.isHeadingOnly(i) {
		return false
	}
	return float32(t.listAfter(i)) >= titledListShare*float32(total)
}

// listAfter returns the text of the run of entries after heading h: the element
// siblings after it of one tag and class (see sameShape), up to the first of another
// shape or the first text between them.
func (t *tree) listAfter(h int32) int32 {
	var sum int32
	first := none
	for s := t.nodes[h].next; s != none; s = t.nodes[s].next {
		b := &t.nodes[s]
		switch {
		case b.text && b.units > 0:
			return sum
		case b.text || b.units == 0:
		case first == none || sameShape(t.nodes[first].n, b.n):
			first = s
			sum += b.units
		default:
			return sum
		}
	}
	return sum
}

// entryHeadline reports whether <h1> i is the title of an entry in a listing: a linked
// <h1> that does not name the page nor a person. Some blogs title each entry of their
// index with an <h1> linking to it, where an article's own headline names the page
// and leads nowhere.
func (t *tree) entryHeadline(i int32) bool {
	b := &t.nodes[i]
	if b.tag != atom.H1 || !t.listed {
		return false
	}
	linked := b.inLink || b.linkUnits*2 >= b.units
	return linked && !t.personTitle(i) && !t.headlines.names(t.inlineText(i))
}

// consentBox reports whether block i is a consent dialog, whatever its size: named for
// cookies or consent, and not the page's body, main column or article, nor holding the
// page's <h1>. A consent platform's preference centre lists every purpose and vendor
// in sentences, and can outweigh a listing's short entries; the page's own column
// named after its topic ("category-cookies") holds the headline.
func (t *tree) consentBox(i int32) bool {
	b := &t.nodes[i]
	if !b.has(cueCookie) || t.pageWide(i) || b.tag == atom.Main || b.tag == atom.Article {
		return false
	}
	headline := false
	t.walk(i, func(j int32) bool {
		headline = t.nodes[j].tag == atom.H1 && !t.nodes[j].text
		return !headline
	})
	return !headline
}

// pageWide reports whether block i is the document's <html> or <body>, whose classes
// scripts fill with the page's state ("modal-open", "consent-shown") and its topic.
func (t *tree) pageWide(i int32) bool {
	tag := t.nodes[i].tag
	return i == t.body || tag == atom.Body || tag == atom.Html
}
