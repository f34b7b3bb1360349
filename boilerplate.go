package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pruning inside the chosen container.
const (
	// maxDropShare protects the article from its own markup: a block that holds more than
	// this share of the container's text is not dropped for a class name or a heading
	// (wrappers like "content-with-sidebar" carry boilerplate words too).
	maxDropShare = 0.5
	// headedBoxShare: a block opened by a strong boilerplate heading is dropped if it is
	// smaller than this share of the container, or link-heavy.
	headedBoxShare = 0.35
	headedBoxLinks = 0.25
	// headedTinyShare: a block this small next to the container, opened by any
	// boilerplate heading ("About the author", "この記事を書いた人"), is dropped too.
	headedTinyShare = 0.1
	// linkDenseBlock and linkDenseParagraph: the link density above which a container
	// (a list, a div) or a single paragraph is navigation rather than prose.
	linkDenseBlock     = 0.5
	linkDenseParagraph = 0.7
	// shortLineUnits: below this length a paragraph is held to the container's link
	// limit ("Pages: 1 2 Show all", "Tags: a b").
	shortLineUnits = 50
	// readAlsoMaxUnits bounds the length of a "Read also: …" line.
	readAlsoMaxUnits = 250
	// datelineMaxUnits bounds a date line ("25/03/2025 17:53", "Updated March 3, 2025"):
	// a short block that holds a date and little else is the article's metadata,
	// which Article.Date carries, not its text.
	datelineMaxUnits = 60
	// discussionShare: when comment blocks hold more than this share of the chosen
	// text, the page is a discussion and its comments are kept.
	discussionShare = 0.5
	// articleBesideComments: a page whose text outside its comment blocks reaches this
	// is an article with comments under it (a blog post and its long thread), not a
	// discussion, however long the thread.
	articleBesideComments = 2500
	// linkPageMaxUnits: a chosen block of links shorter than this is a menu.
	linkPageMaxUnits = 300
	// maxCardUnits bounds a teaser card: a title and a line or two of summary. A longer
	// block is a section of text, whatever its links.
	maxCardUnits = 4 * unitsPerPoint
	// minCards is how many similar link cards make a teaser list.
	minCards = 3
	// cardListShare: a teaser list holding at least this share of the chosen text is
	// the page's content rather than a box.
	cardListShare = 0.5
	// minArticleUnits is the least text an extraction must keep to count as content.
	// A page whose only text is one short line outside any menu ("Test", "Sold out")
	// gives that line; pages of links and teasers give nothing once pruned, and so
	// ErrNoContent.
	minArticleUnits = 1
)

// dropReason says why a block was left out of the article.
type dropReason uint8

const (
	keep dropReason = iota
	dropCue
	dropHeading
	dropReadAlso
	dropLinkDense
	dropCards
	dropTitle
	dropDateline
	dropCredit
	dropPromo
	dropNumbers
	dropRepeat
	dropForm
	dropBio
	dropGallery
	dropCard
	dropButton
)

var dropNames = [...]string{
	keep: "kept", dropCue: "class/id/tag cue", dropHeading: "boilerplate heading",
	dropReadAlso: "read-also link", dropLinkDense: "link-dense", dropCards: "teaser cards",
	dropTitle: "title", dropDateline: "date line", dropCredit: "photo credit", dropNumbers: "number list",
	dropRepeat: "repeat of an earlier block", dropForm: "form", dropBio: "author's biography", dropGallery: "picture gallery",
	dropCard: "post card", dropButton: "call button",
	dropPromo: "note to the reader (call, notice, filing line, disclosure)",
}

func (d dropReason) String() string { return dropNames[d] }

// prune marks, inside each chosen root, the blocks that are boilerplate: boxes marked by
// their class or tag, boxes opened by a boilerplate heading, read-also lines, link-dense
// lists and teaser cards.
func (t *tree) prune(roots []int32) {
	var total int32
	for _, r := range roots {
		total += t.nodes[r].units
	}
	var comments int32
	for _, r := range roots {
		comments += t.commentUnits(r)
	}
	// A page made mostly of comments is a discussion (a forum thread, a Q&A page):
	// there the comments are the content. A shop's reviews are not (see showsShop).
	// A long article with a longer thread under it (a blog post) is still an article,
	// and so is a declared story with a story's length of its own (see commentedStory).
	t.keepComments = !t.shop && float32(comments) > float32(total)*discussionShare &&
		total-comments < articleBesideComments && !t.commentedStory(total-comments)
	t.roots, t.sectionH1s = roots, -1
	for _, r := range roots {
		if b := &t.nodes[r]; b.linkDensity() > linkDenseBlock && b.units < linkPageMaxUnits && !t.spread {
			// The chosen block is itself a few links: a menu, not an article. (A long
			// list of links is a listing, whose titles are its content.)
			b.drop = dropLinkDense
			continue
		}
		t.pruneChildren(r, total)
	}
	t.dropOfferGrids(roots)
	t.dropTooltips(roots)
	t.dropDrawnPictures(roots)
	t.dropShopTerms(roots)
	t.dropScriptStates(roots)
	t.dropDataText(roots)
	t.dropTemplateText(roots)
	t.dropGridLabels(roots)
	t.dropCardTerms(roots)
	t.dropBackLinks(roots)
	t.dropLiveRegions(roots)
	t.dropPaywallOffers(roots)
	t.dropTrailingPromos(roots)
	t.dropAuthorBio(roots)
	t.dropAuthorCards(roots)
	t.dropOrphanHeading(roots)
	t.dropLeadingDisclosures(roots)
	t.dropBylineNames(roots)
	t.keepAsideNotes(roots)
	t.dropReadingTimes(roots)
	t.dropReaderLines(roots)
	t.dropClosingDisclosures(roots)
	t.dropApparatus(roots)
}

// commentUnits sums the text of the outermost comment blocks under i.
func (t *tree) commentUnits(i int32) int32 {
	var sum int32
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		b := &t.nodes[c]
		if b.text {
			continue
		}
		if b.has(cueComments) {
			sum += b.units
			continue
		}
		sum += t.commentUnits(c)
	}
	return sum
}

func (t *tree) pruneChildren(parent int32, total int32) {
	nodes := t.nodes
	if !t.listed {
		// In a listing, teaser cards are the content (see preferItems).
		t.markCards(parent, total)
	}
	items := t.listedItems(parent)
	entries := t.entryTitles(parent)
	for c := nodes[parent].first; c != none; c = nodes[c].next {
		b := &nodes[c]
		if b.text || b.drop != keep || b.units == 0 {
			continue
		}
		if items != 0 && b.tag == items {
			// An item of a listing is content whatever its class or its first line
			// says ("tag-…", "Comment"); what it holds is judged inside it.
			if !t.dropThreadFurniture(parent, c) {
				t.pruneChildren(c, total)
			}
			continue
		}
		r := t.judge(c, total)
		if t.crossRefWhole(c, r) {
			continue // a document's "See also" heading or its list (see crossRefWhole)
		}
		if t.inRunningText(c) && (!metadataDrop(b, r) || t.entryLine(c)) {
			// A phrase of a sentence stays with its sentence, and what it holds too.
			continue
		}
		linkDense := r == dropLinkDense
		if r == dropLinkDense && (t.listedCard(c) || t.inListedItem(c) || t.entryTitle(c, entries) || t.headsEntry(c) || t.cardTitle(c) || t.riverHeader(c)) || r == dropHeading && (t.titlesListing(c, total) || t.frontSection(c)) || t.crossRefKept(c, r) {
			// A teaser card in a listing of links is content, its links with it, and
			// so is an item's linked name beside its price (see inListedItem); so
			// is the heading over a listing's entries (see titlesListing).
			r = keep
		}
		if r != keep {
			b.drop = r
			if r == dropHeading && t.isHeadingOnly(c) && !(t.listed && b.tag == atom.A) {
				// In a listing, a link that reads like a heading is an item's button
				// ("Comment", "Share"): the title after it is no box it opens.
				t.dropListAfter(c)
			}
			continue
		}
		if b.tag == atom.Table && t.gridDataTable(c) {
			// A table of data is kept whole: its cells name and link what they list.
			continue
		}
		if isCode(b.tag) {
			// Code is kept whole (see isCode): its spans are a highlighter's tokens
			// (a keyword "BY", a row of dates, "hljs-comment"), no bylines or boxes.
			continue
		}
		t.pruneKept(c, total, linkDense)
	}
	t.keepRunMates(parent, total)
}

// judge decides whether one block inside the article is boilerplate.
func (t *tree) judge(i int32, total int32) dropReason {
	b := &t.nodes[i]
	big := float32(b.units) > float32(total)*maxDropShare
	if big && !t.keepComments && !t.shop && b.kinds&boilerKinds == 1<<cueComments {
		// A comment block this big outside a discussion or a shop (whose reviews keep the
		// size guard) is the long thread under a long article (see articleBesideComments).
		big = false
	}
	if big && b.has(cueCookie) {
		// A consent dialog is never the article, however long the purposes and vendors
		// it lists (they can outweigh a short page): no article's wrapper is named for
		// cookies.
		big = false
	}
	if big && t.shopFooter(i) {
		big = false
	}
	if big && t.sideColumn(i) {
		big = false
	}
	ld := b.linkDensity()
	if b.tag == atom.H1 && t.isHeadline(i) && !t.entryHeadline(i) && !t.productHeadline() && !t.listingHeadline(i) {
		return dropTitle
	}
	// A sub-heading's classes style it or anchor it ("anchorWithStickyNavbar"); whether
	// it opens a boilerplate box is the heading rules' business.
	if b.kinds&boilerKinds != 0 && !big && !isSubheading(b.tag) && t.trustCue(i) && !(t.keepComments && b.kinds&boilerKinds == 1<<cueComments) {
		// A compound class with a boilerplate word ("article-related", "post-share") is
		// the boilerplate part of the article, so the boilerplate word wins, except
		// for <header>, which in an article holds sub-headings or a standfirst (a
		// lead's sentences, with no link) as often as bylines.
		if !(b.tag == atom.Header && (b.headings > 0 || b.ownUnits >= leadMinUnits && b.linkUnits == 0)) && !t.keptByKind(i) && !t.headsSection(i) && !t.componentHeader(i) && !t.heroHeader(i) && !t.tabPanel(i) && !t.cueMisread(i) && !t.riverHeader(i) {
			return dropCue
		}
	}
	if k, strong := t.headingKind(i); k != cueNone && !big {
		small := float32(b.units) < float32(total)*headedBoxShare
		tiny := float32(b.units) < float32(total)*headedTinyShare
		if (strong && (small || ld > headedBoxLinks) || tiny || ld > linkDenseBlock) && !((labelKinds[k] || t.postBadge(k)) && t.proseAfterLabel(i)) && !t.colonField(i) {
			return dropHeading
		}
	}
	if (b.tag == atom.Ul || b.tag == atom.Ol) && t.isNumberList(i) {
		return dropNumbers
	}
	if b.units <= datelineMaxUnits && b.ownUnits > 0 {
		s := t.inlineText(i)
		if isDateline(s) && !t.postHeader(i) {
			return dropDateline
		}
		if b.units <= creditMaxUnits && t.isCreditLine(i, s) {
			return dropCredit
		}
	}
	if b.units <= rightsLineMaxUnits && t.rightsLine(i, total) {
		return dropCredit // a copyright notice (see rightsLine)
	}
	if b.units <= readAlsoMaxUnits && ld > linkDenseBlock && b.firstText != none &&
		hasReadAlsoPrefix(t.nodes[b.firstText].n.Data) {
		return dropReadAlso
	}
	// On a spread page (a listing, a catalogue) the links are the content: the titles
	// of the items listed. A sub-heading that links to its own anchor (documentation
	// and wikis make every heading a permalink) is a heading, not a link; so is one in
	// a listing, where it is an item's title (see itemTitle), and one that heads the
	// prose after it (see headsProse). A term its description follows is defined, not
	// linked to (see describedTerm).
	if b.block && !big && !t.spread && !(isSubheading(b.tag) && (t.itemTitle(i) || t.selfLinked(i) || t.headsProse(i) || t.rankedHeading(i) || t.headsLongProse(i))) &&
		!t.describedTerm(i) && !t.entryHeadline(i) {
		limit := float32(linkDenseBlock)
		if (b.tag == atom.P || b.paras <= 1 && b.ownUnits > 0) && b.units >= shortLineUnits {
			limit = linkDenseParagraph
		}
		if ld > limit && !t.sectionList(i) && !(b.tag == atom.Table && ld <= dataTableLinks && t.gridDataTable(i)) && !t.announced(i) && !t.servicePartLinks(i) && !t.proseList(i) && !t.proseSection(i) && !t.gridCard(i) && !t.keptListItem(i, total) && !t.listedTitle(i) && !t.linkedSentence(i) && !t.keptWrapper(i) && t.keptLinks == 0 {
			return dropLinkDense
		}
	}
	if t.spread && !big && t.spreadMenuTree(i) {
		return dropLinkDense
	}
	return t.judgeBox(i, total)
}

// describedTermUnits is the least text of a <dd> that makes its <dt> a term being
// defined: a sentence about it.
const describedTermUnits = 40

// describedTerm reports whether block i is a <dt> followed by a <dd> of prose that
// describes it: an API reference's property or a glossary's word, whose link points to
// more about it and is no navigation.
func (t *tree) describedTerm(i int32) bool {
	s := t.nextElement(i)
	if t.nodes[i].tag != atom.Dt || s == none {
		return false
	}
	n := &t.nodes[s]
	return n.tag == atom.Dd && n.units >= describedTermUnits && n.linkDensity() <= linkDenseBlock
}

// selfLinked reports whether heading i holds no link but permalinks to itself: links
// to the id of the heading, of its parent or of an element inside it ("<h2 id=setup><a
// href=#setup>"), or placeholders ("#") that lead nowhere. A link to another part of the
// page (a forum post's "Re:" title pointing at its post) does not count. A heading with
// no link of its own (a card's title inside the card's link) is judged with its box.
func (t *tree) selfLinked(i int32) bool {
	only := true
	t.walk(i, func(j int32) bool {
		if n := t.nodes[j].n; t.nodes[j].tag == atom.A && n.Type == html.ElementNode {
			href := strings.TrimSpace(attr(n, "href"))
			// "#" and "" lead nowhere: a script's handle, not a link to follow.
			only = href == "" || href == "#" || href[0] == '#' && t.idNear(i, href[1:])
		}
		return only
	})
	return only
}

// idNear reports whether heading i, its parent or an element inside it has the given id.
func (t *tree) idNear(i int32, id string) bool {
	if p := t.nodes[i].parent; p != none && attr(t.nodes[p].n, "id") == id {
		return true
	}
	near := false
	t.walk(i, func(j int32) bool {
		if n := t.nodes[j].n; n.Type == html.ElementNode && attr(n, "id") == id {
			near = true
		}
		return !near
	})
	return near
}

// markCards drops the children of parent that form a teaser list: at least minCards
// siblings of the same tag and class, each a card whose title is a link. A list that
// holds most of the chosen text is not a box beside the content: it is the content (a
// listing, a search result page, a catalogue), and stays.
func (t *tree) markCards(parent, total int32) {
	nodes := t.nodes
	run, loose := 0, false
	var runStart int32 = none
	var prev int32 = none
	flush := func(end int32) {
		if loose && run < minNumberedRun {
			return
		}
		var units int32
		for c := runStart; run >= minCards && c != end; c = nodes[c].next {
			units += nodes[c].units
		}
		if run >= minCards && float32(units) < float32(total)*cardListShare && !t.spread {
			closing := t.closingRun(runStart, end)
			for c := runStart; c != end; c = nodes[c].next {
				if !nodes[c].text && t.isCard(c) && !t.postCard(c) && (closing || !t.describedCard(c)) {
					nodes[c].drop = dropCards
				}
			}
		}
	}
	for c := nodes[parent].first; c != none; c = nodes[c].next {
		if nodes[c].text {
			continue
		}
		if t.isCard(c) && (prev != none && (sameShape(nodes[prev].n, nodes[c].n) || t.numberedCards(prev, c))) {
			run++
		} else if t.isCard(c) && prev != none && run > 0 && sameCardShape(nodes[prev].n, nodes[c].n) {
			run, loose = run+1, true
		} else {
			flush(c)
			run, runStart, loose = 0, c, false
			if t.isCard(c) {
				run = 1
			}
		}
		prev = c
	}
	flush(none)
}

// isCardList reports whether block i holds a teaser list.
func (t *tree) isCardList(i int32) bool {
	n := 0
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		if !t.nodes[c].text && t.isCard(c) {
			n++
		}
	}
	return n >= minCards
}

// isCard reports whether block i is a teaser card: a block whose title is a link (a
// heading holding a link, or a link wrapping an image), with little text besides.
func (t *tree) isCard(i int32) bool {
	b := &t.nodes[i]
	if b.text || b.units == 0 || b.units > maxCardUnits {
		return false
	}
	found := false
	t.walk(i, func(j int32) bool {
		n := &t.nodes[j]
		switch {
		case isSubheading(n.tag) && n.linkUnits > 0 && n.linkUnits*2 >= n.units && !t.selfLinked(j) && !t.togglesPanel(j):
			// A heading that links to its own anchor is a section's permalink, as
			// documentation writes every heading, not a teaser's title.
			found = true
		case n.tag == atom.A && hasImage(n) && !t.featureCard(j):
			found = true
		}
		return !found
	})
	return found
}

// hasImage reports whether a link holds an image within a few levels.
func hasImage(b *blk) bool { return imageWithin(b.n, imageSearchDepth) }

// imageSearchDepth bounds the search for an image inside a card's link.
const imageSearchDepth = 3

func imageWithin(n *html.Node, depth int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Img || c.DataAtom == atom.Picture {
			return true
		}
		if depth > 1 && imageWithin(c, depth-1) {
			return true
		}
	}
	return false
}

// sameShape reports whether two elements have the same tag and class: items of one list.
func sameShape(a, b *html.Node) bool {
	return a.DataAtom == b.DataAtom && attr(a, "class") == attr(b, "class")
}

// walk visits the subtree of i in document order while fn returns true.
func (t *tree) walk(i int32, fn func(int32) bool) {
	end := t.nodes[i].next
	for p := t.nodes[i].parent; end == none && p != none; p = t.nodes[p].parent {
		end = t.nodes[p].next
	}
	if end == none {
		end = int32(len(t.nodes))
	}
	for j := i; j < end; j++ {
		if !fn(j) {
			return
		}
	}
}

// Prose-rich blocks: a class word says "nav" or "ranking", but the block holds several
// paragraphs with hardly a link in them. Such a block is content named after a feature
// of the page ("content-nav-section", "ranking-list").
const (
	proseRichParas = 3
	proseRichLinks = 0.15
)

// alwaysTrusted are the kinds of boilerplate that are prose by nature (comments,
// newsletter and paywall pitches, cookie notices, advertorials): a class naming them is
// believed however much prose the block holds.
const alwaysTrusted = 1<<cueComments | 1<<cueNewsletter | 1<<cueCookie | 1<<cueSponsored

// shareMaxProse: a block named for sharing alone ("print", "share") that holds this much
// text with hardly a link is prose named after a feature of the page (a recipe's
// printable step, "tip-print-step"): share buttons and their labels are a few words.
// Its links stay under shareProseLinks: a teaser with a link or two is still furniture.
const (
	shareMaxProse   = 2 * unitsPerPoint
	shareProseLinks = 0.05
)

// trustCue reports whether block i's boilerplate cue is to be believed. Cues from the tag
// itself (<nav>, <aside>, <footer>) always are. An overlay (a modal, a log-in panel) is
// believed when it holds a form, whatever its prose: its labels and notices read like
// sentences.
func (t *tree) trustCue(i int32) bool {
	b := &t.nodes[i]
	if b.kinds&boilerKinds == 1<<cueShare && b.units >= shareMaxProse && b.linkDensity() < shareProseLinks || t.proseTagBox(i) {
		return false
	}
	if b.kinds&alwaysTrusted != 0 || b.paras < proseRichParas || isRelatedBox(b) {
		return true
	}
	if _, ok := tagKinds[b.tag]; ok {
		return true
	}
	if b.linkDensity() >= proseRichLinks {
		return true
	}
	if b.has(cueOverlay) {
		form := false
		t.walk(i, func(j int32) bool {
			form = t.nodes[j].tag == atom.Form
			return !form
		})
		return form
	}
	return false
}

// isStructuralAside reports whether a block is an <aside>, <nav> or <footer>: elements
// that say by their tag that they are not the main content, however much text they hold
// (a live feed in a sidebar can outweigh the article beside it).
func isStructuralAside(b *blk) bool {
	return b.tag == atom.Aside || b.tag == atom.Nav || b.tag == atom.Footer
}

// Lead rescue: many sites print the article's standfirst (the same words as its meta
// description) in a header block far from the body's container, where sibling gathering
// cannot reach it.
const (
	leadPrefixRunes = 40  // how much of the description the lead must start with
	leadMinUnits    = 80  // shorter blocks are captions and labels, not a standfirst
	leadMaxRatio    = 3.0 // the lead is at most this many times longer than the description
)

// rescueLead prepends to roots the block before them that reads as the page's
// standfirst, its text starting like the page's description (see isLead), when the
// chosen text does not hold it already.
func (t *tree) rescueLead(roots []int32, desc string) []int32 {
	if len(roots) == 0 || desc == "" {
		return roots
	}
	prefix := []rune(collapse(desc))
	if len(prefix) < leadPrefixRunes {
		return roots
	}
	want, whole := string(prefix[:leadPrefixRunes]), string(prefix)
	descUnits := countUnits(desc)
	first := roots[0]
	var opening []string // the roots' opening text, read once a candidate turns up
	for i := int32(1); i < first; i++ {
		b := &t.nodes[i]
		if b.text || !b.block || b.linkDensity() > siblingMaxLinks || t.isAncestor(i, first) {
			continue
		}
		if t.isLead(i, want, whole, descUnits) {
			// The chosen text may already hold these words (a lead repeated in the body).
			if opening == nil {
				for _, r := range roots {
					opening = append(opening, t.inlineText(r))
				}
			}
			for _, o := range opening {
				if strings.Contains(o, want) {
					return roots
				}
			}
			return append([]int32{i}, roots...)
		}
	}
	return roots
}
