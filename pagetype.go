package winnow

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/winnow-go/winnow/internal/dates"
)

// Page types, the values of Article.PageType.
const (
	typeArticle       = "article"
	typeListing       = "listing"
	typeForum         = "forum"
	typeProduct       = "product"
	typeDocumentation = "documentation"
	typeCollection    = "collection"
	typeService       = "service"
	typeOther         = "other"
)

// pageShape counts, during the metadata walk, the structures that tell one kind of page
// from another.
type pageShape struct {
	prices    int // elements marked as a price
	carts     int // add-to-cart and buy controls
	posts     int // elements marked as a forum post or message
	pre       int // <pre> blocks
	code      int // <code> elements, inline or in blocks
	times     int // <time> elements: one per post in a thread or per card in a list
	articles  int // <article> elements
	teasers   int // h2/h3 headings that are links
	forms     int // <form> elements outside navigation
	textareas int
	tabs      int // tab panels (role="tabpanel")
	// buttons are the first links styled as buttons (see buttonTokens), up to
	// maxButtonLinks: the page type counts those inside the main content.
	buttons []*html.Node
}

// maxButtonLinks bounds the button links kept: a few inside the content are enough to
// tell, and a page of hundreds (a shop's grid) need not be followed further.
const maxButtonLinks = 64

// Class, id and itemprop words that mark the structures counted.
var (
	priceTokens = map[string]bool{"price": true, "prices": true, "productprice": true, "saleprice": true, "amount": true}
	cartTokens  = map[string]bool{"addtocart": true, "cart": true, "buynow": true, "addtobag": true, "basket": true, "checkout": true}
	postTokens  = map[string]bool{"postbody": true, "postbit": true, "message": true, "messages": true, "topic": true,
		"thread": true, "reply": true, "posts": true, "forum": true, "answer": true, "answers": true}
	// buttonTokens mark a link drawn as a button ("btn-primary", "wp-block-button__link"):
	// a call to act (Get a quote, Book now, Start free), the furniture of landing and
	// service pages, where an article's links are words of its sentences.
	buttonTokens = map[string]bool{"btn": true, "button": true}
)

// element counts one element of the walk; kinds and words are its cues (see
// elementCues), ctx the kinds of its ancestors.
func (s *pageShape) element(n *html.Node, kinds uint32, words wordSet, ctx uint32) {
	switch n.DataAtom {
	case atom.Pre:
		s.pre++
	case atom.Code:
		s.code++
	case atom.Time:
		s.times++
	case atom.Article:
		s.articles++
	case atom.H2, atom.H3:
		// A heading whose link stays on the page ("#install") is a section's permalink,
		// as documentation and long posts give every heading; a teaser links away.
		if f := firstElement(n); f != nil && f.DataAtom == atom.A && !strings.HasPrefix(attr(f, "href"), "#") {
			s.teasers++
		}
	case atom.Form:
		if (ctx|kinds)&furnitureKinds == 0 {
			s.forms++
		}
	case atom.Textarea:
		s.textareas++
	case atom.Div, atom.Section:
		if len(n.Attr) > 0 && attr(n, "role") == "tabpanel" {
			s.tabs++
		}
	}
	price, cart, post, button := s.tokens(n, words)
	if button && n.DataAtom == atom.A && len(s.buttons) < maxButtonLinks {
		s.buttons = append(s.buttons, n)
	}
	if price {
		s.prices++
	}
	if cart {
		s.carts++
	}
	if post && (ctx|kinds)&(1<<cueComments) == 0 {
		s.posts++
	}
}

// tokens reports which of the price, cart, post and button vocabularies n's class, id
// and itemprop hold; words are the lists they are in (see elementCues).
func (s *pageShape) tokens(n *html.Node, words wordSet) (price, cart, post, button bool) {
	price = words&wordPrice != 0 || attr(n, "itemprop") == "price"
	return price, words&wordCart != 0, words&wordPost != 0, words&wordButton != 0
}

// firstElement returns n's first element child.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// ldPageTypes maps schema.org types, lower case, to the page type they declare.
// ItemList is left out: pages of every kind embed one (a listicle, a carousel, a
// product's variants), so it is only a hint (see weightItemList).
var ldPageTypes = map[string]string{
	"product": typeProduct, "productgroup": typeProduct, "offer": typeProduct,
	"collectionpage": typeCollection, "searchresultspage": typeListing,
	"discussionforumposting": typeForum, "qapage": typeForum,
	"techarticle": typeDocumentation, "apireference": typeDocumentation,
	"article": typeArticle, "newsarticle": typeArticle, "blogposting": typeArticle,
	"reportagenewsarticle": typeArticle, "analysisnewsarticle": typeArticle, "opinionnewsarticle": typeArticle,
	"liveblogposting": typeArticle, "scholarlyarticle": typeArticle, "recipe": typeArticle,
	"service": typeService, "localbusiness": typeService, "professionalservice": typeService,
}

// urlPageTypes are URL path words that name a kind of page, checked in order; the first
// found votes with weightURLWord.
var urlPageTypes = []struct{ word, typ string }{
	{"/docs/", typeDocumentation}, {"/doc/", typeDocumentation}, {"/documentation/", typeDocumentation},
	{"/reference/", typeDocumentation}, {"/api/", typeDocumentation}, {"/manual/", typeDocumentation},
	{"/forum", typeForum}, {"/thread", typeForum}, {"/community/", typeForum},
	{"/discussion", typeForum}, {"/questions/", typeForum}, {"/comments/", typeForum},
	// The thread pages of the common forum software (phpBB, vBulletin, Invision's
	// and travel boards' showtopic).
	{"/viewtopic", typeForum}, {"/showthread", typeForum}, {"/showtopic", typeForum},
	{"/product/", typeProduct}, {"/products/", typeProduct}, {"/dp/", typeProduct}, {"/p/", typeProduct},
	{"/item/", typeProduct}, {"/itm/", typeProduct},
	{"/collections/", typeCollection}, {"/collection/", typeCollection}, {"/shop/", typeCollection},
	{"/product-category/", typeCollection}, // WooCommerce's address of a shop's category
	{"/c/", typeCollection},
	{"/tag/", typeListing}, {"/tags/", typeListing}, {"/category/", typeListing}, {"/categories/", typeListing},
	{"/page/", typeListing}, {"/search", typeListing}, {"/archive", typeListing},
	{"/services/", typeService}, {"/service/", typeService}, {"/solutions/", typeService},
	{"/pricing", typeService},
}

// urlHintTypes are path words that lean towards a kind of page without naming it: a blog
// also hosts its index, a tutorial may be a post. The first found votes with
// weightURLHint.
var urlHintTypes = []struct{ word, typ string }{
	{"/blog/", typeArticle}, {"/article", typeArticle}, {"/post/", typeArticle}, {"/posts/", typeArticle},
	{"/news/", typeArticle}, {"/stories/", typeArticle},
	{"/t/", typeForum}, {"/threads/", typeForum}, {"/question", typeForum}, {"/topic", typeForum},
	{"/book/", typeDocumentation}, {"/tutorial", typeDocumentation}, {"/handbook", typeDocumentation},
	{"/guide/", typeDocumentation}, {"/guides/", typeDocumentation},
}

// hostPageTypes are the first labels of host names that sites give to one kind of page
// (docs.example.com, forum.example.org), checked after a leading "www.".
var hostPageTypes = []struct{ prefix, typ string }{
	{"docs.", typeDocumentation}, {"doc.", typeDocumentation}, {"developer.", typeDocumentation},
	{"developers.", typeDocumentation}, {"wiki.", typeDocumentation},
	{"community.", typeForum}, {"forum.", typeForum}, {"forums.", typeForum}, {"discuss.", typeForum},
	{"discussion.", typeForum}, {"bbs.", typeForum},
	{"blog.", typeArticle}, {"store.", typeProduct}, {"shop.", typeCollection},
}

// Structure thresholds for the page type.
const (
	// minListTeasers: a page of this many linked headings or <article> cards is a list.
	minListTeasers = 6
	// minCollectionPrices: this many prices on one page is a product grid.
	minCollectionPrices = 6
	// minForumPosts: this many post or message blocks is a thread (an article with a
	// few comment-like boxes has less); minSomePosts of them lean that way.
	minForumPosts = 15
	minSomePosts  = 5
	// maxThreadCarts: a page with more buy and cart controls than this is a shop's,
	// whatever message or review blocks it holds; a thread shows none, or a few in ads.
	maxThreadCarts = 2
	// minGridPrices: this many prices is a product grid even on a page that declares a
	// Product (one per item).
	minGridPrices = 15
	// minLDGridProducts: a page that declares this many products in JSON-LD is a
	// grid of them; a product's page declares one, with a few variants at most.
	minLDGridProducts = 10
	// minDocPre and minDocCode: this many code blocks, or code spans, is documentation.
	minDocPre  = 3
	minDocCode = 10
	// minListTimes: this many <time> elements date a thread's posts or a list's cards;
	// an article dates itself once or twice.
	minListTimes = 15
	// slugWords and longSlugWords: a last path segment of this many hyphen-joined
	// words is a headline turned into an address, the mark of a post or a thread;
	// catalogue and service pages have short names.
	slugWords     = 4
	longSlugWords = 7
	// linkShare: a page whose text is at least this share link text is mostly cards
	// and menus, a list or a grid.
	linkShare = 0.5
	// shortPageBytes: a main text this short is a list's or a grid's, not a post's.
	shortPageBytes = 1000
	// contentLinkShare and mostlyLinkShare: main content whose text is this share link
	// text is teasers (a list of posts or of products), where an article's or a
	// service's links are a few words in their sentences.
	contentLinkShare = 0.2
	mostlyLinkShare  = 0.35
	// headingsPerKUnit: main content with this many headings per 1,000 text units is a
	// landing page's stack of short claims, each under a heading; an article has
	// paragraphs between its headings.
	headingsPerKUnit = 4
	// minTabPanels: a tab set has at least two panels.
	minTabPanels = 2
	// minContentButtons: one link drawn as a button inside the main content is a call
	// to act; an article's body holds none (its share and subscribe buttons are
	// furniture around it).
	minContentButtons = 1
)

// Votes of the page-type signals. A page gets the type with the most votes; the
// declarations that are rarely wrong (a Product, a forum posting, og:type product)
// decide before any vote.
const (
	weightURLWord  = 2   // a path word naming the kind of page
	weightURLHint  = 1   // a path word leaning towards one
	weightHost     = 2   // a host label naming the kind of page
	weightLDType   = 3   // a JSON-LD Article type
	weightLDOther  = 1.5 // a JSON-LD Service or LocalBusiness: also set on a firm's posts
	weightItemList = 0.5 // a JSON-LD ItemList
	// weightLDProduct: a JSON-LD Product on a page that shows no price and no buy
	// control; firms declare their services so, to show review stars in search results.
	weightLDProduct = 1.5
	// weightOGArticle is small: CMS plugins set og:type article on every page.
	weightOGArticle = 1
	// weightRootPage: a site's front page presents a service or lists its posts.
	weightRootPage = 1.5
	weightRootList = 1
	// weightDatedRoot: a front page that shows a date is a newsroom's or a blog's,
	// listing its latest posts; a firm's front page is undated.
	weightDatedRoot = 1
	weightSlug      = 1.5 // a headline slug: a post (or a thread)
	weightLongSlug  = 1   // a long headline slug
	weightDatePath  = 2   // /2024/05/ or a day in the path: a dated post
	// weightPublished: a declared publication time is an article's (or a thread's); a
	// date found only in the text or in a page's modification time counts less.
	weightPublished = 1.5
	weightDated     = 1
	weightThreadPub = 1   // a declared publication time on a thread
	weightThreadDay = 0.5 // a date on a thread
	weightByline    = 1.5 // a named author: an article
	weightPoster    = 0.5 // a named author: a thread
	weightProse     = 1.5 // most text in long paragraphs
	weightPosts     = 3   // many post blocks
	weightSomePosts = 1
	weightTimes     = 1.5 // many <time> elements: a thread or a list
	weightCode      = 2   // code blocks or spans
	weightMuchCode  = 1.5 // both
	weightGrid      = 3   // many prices
	weightSomePrice = 1.5
	weightCart      = 2 // a price and a buy button
	weightTeasers   = 2 // many cards or linked headings
	weightLinks     = 1 // mostly link text, on the page or in the content
	weightShort     = 0.5
	weightHeadings  = 1 // many headings: not an article
	// weightTabs: text set out in tab panels is a product's, a service's or a manual's
	// (plans, platforms, specifications side by side); a story is read straight through.
	weightTabs    = 0.5
	weightChoppy  = 0.5 // mostly short blocks: not an article
	weightButtons = 1   // button links in the content: a call to act
	// weightService is every page's start for service, the type of pages that declare
	// nothing and show no structure of the others.
	weightService = 1.5
)

// pageTypes orders the candidate types: on a tie the earlier, the more common kind on
// the web, wins.
var pageTypes = [...]string{typeArticle, typeService, typeListing, typeForum, typeProduct, typeDocumentation, typeCollection}

// typeVotes adds up the signals' votes per type.
type typeVotes map[string]float64

// pageType classifies the page: by the JSON-LD and og:type declarations that settle it,
// then by the votes of the URL, the other declarations and the page's structure.
func pageType(m *pageMeta, a *Article, t *tree, roots []int32) string {
	declared := map[string]bool{}
	products := 0
	for _, ty := range m.ld.types {
		if pt, ok := ldPageTypes[strings.ToLower(ty)]; ok {
			declared[pt] = true
			if pt == typeProduct {
				products++
			}
		}
	}
	og := strings.ToLower(m.meta["og:type"])
	s := m.shape
	switch {
	case strings.HasPrefix(og, "product.group") || strings.HasPrefix(og, "product:group"):
		return typeCollection
	case declared[typeCollection] || declared[typeListing]:
		// Schema.org's CollectionPage gathers articles as well as products; prices tell
		// a shop's grid from a list of posts.
		if s.prices >= minCollectionPrices/2 {
			return typeCollection
		}
		return typeListing
	case declared[typeArticle]:
	case declared[typeProduct] && products >= minLDGridProducts:
		return typeCollection
	case declared[typeProduct] && (s.prices > 0 || s.carts > 0):
		return typeProduct
	case declared[typeForum]:
		return typeForum
	case declared[typeDocumentation]:
		return typeDocumentation
	}
	if !declared[typeArticle] && (strings.HasPrefix(og, "product") || strings.Contains(og, "item")) {
		return typeProduct
	}
	v := typeVotes{}
	root := v.url(a.URL)
	v.sectionIndex(a.URL)
	v.declared(m, declared, og)
	v.dated(m, a, root)
	v.structure(s, a, t)
	v.content(t, roots)
	if buttonsIn(s.buttons, t, roots) >= minContentButtons {
		v[typeService] += weightButtons
	}
	v[typeService] += weightService
	best := pageTypes[0]
	for _, ty := range pageTypes[1:] {
		if v[ty] > v[best] {
			best = ty
		}
	}
	return shopTie(v, best, s)
}

// hostType returns the kind of page the first label of u's host names (see
// hostPageTypes), or "". Every prefix is a whole label, so at most one matches.
func hostType(u *url.URL) string {
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	for _, h := range hostPageTypes {
		if strings.HasPrefix(host, h.prefix) {
			return h.typ
		}
	}
	return ""
}

// url votes for the kinds of page the address names and reports whether it is a site's
// front page.
func (v typeVotes) url(raw string) (root bool) {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return false
	}
	if ty := hostType(u); ty != "" {
		v[ty] += weightHost
	}
	p := strings.ToLower(u.Path) + "/"
	for _, w := range urlPageTypes {
		if strings.Contains(p, w.word) {
			v[w.typ] += weightURLWord
			break
		}
	}
	for _, w := range urlHintTypes {
		if strings.Contains(p, w.word) {
			v[w.typ] += weightURLHint
			break
		}
	}
	path := strings.Trim(u.Path, "/")
	if path == "" {
		v[typeService] += weightRootPage
		v[typeListing] += weightRootList
		return true
	}
	last := path[strings.LastIndexByte(path, '/')+1:]
	if words := strings.Count(last, "-") + 1; words >= slugWords {
		v[typeArticle] += weightSlug
		v[typeForum] += weightSlug - weightPoster
		if words >= longSlugWords {
			v[typeArticle] += weightLongSlug
		}
	}
	if _, ok := dates.FromURL(raw); ok || hasYearSegment(path) {
		v[typeArticle] += weightDatePath
	}
	return false
}

// hasYearSegment reports whether a path segment is a year of this century, as in
// /2024/05/title.
func hasYearSegment(path string) bool {
	for seg := range strings.SplitSeq(path, "/") {
		if len(seg) == 4 && seg[0] == '2' && seg[1] == '0' && isASCIIDigit(seg[2]) && isASCIIDigit(seg[3]) {
			return true
		}
	}
	return false
}

// declared votes for the types the page's JSON-LD and og:type declare.
func (v typeVotes) declared(m *pageMeta, declared map[string]bool, og string) {
	if declared[typeArticle] {
		v[typeArticle] += weightLDType
	}
	if declared[typeProduct] {
		v[typeProduct] += weightLDProduct
	}
	if declared[typeService] {
		v[typeService] += weightLDOther
	}
	for _, ty := range m.ld.types {
		if strings.EqualFold(ty, "ItemList") {
			v[typeListing] += weightItemList
			break
		}
	}
	if og == "article" {
		v[typeArticle] += weightOGArticle
	}
}

// dated votes for the kinds of page that carry a date and an author: articles and
// threads, and on a site's front page the list of its latest posts.
func (v typeVotes) dated(m *pageMeta, a *Article, root bool) {
	if root && !a.Date.IsZero() {
		v[typeListing] += weightDatedRoot
	}
	switch {
	case declaresPublished(m):
		v[typeArticle] += weightPublished
		v[typeForum] += weightThreadPub
	case !a.Date.IsZero():
		v[typeArticle] += weightDated
		v[typeForum] += weightThreadDay
	}
	if len(a.Authors) > 0 {
		v[typeArticle] += weightByline
		v[typeForum] += weightPoster
	}
}

// declaresPublished reports whether the page's markup gives its publication time
// (JSON-LD, a <meta> or an itemprop), leaving out the times of other pages' teasers.
func declaresPublished(m *pageMeta) bool {
	n := 0
	for _, s := range publishedSources(m) {
		if s != "" {
			n++
		}
	}
	for _, t := range m.times {
		if t.published && !t.visible && t.aside && t.value != "" {
			n-- // listed by publishedSources, but another page's
		}
	}
	return n > 0
}

// structure votes for the kinds of page the counted structures show.
func (v typeVotes) structure(s pageShape, a *Article, t *tree) {
	prose, choppy := textShape(t.shapeText(a.Text))
	if prose && (t == nil || !t.listed || t.cardPage) {
		// The prose of a listing's items (a river of full posts) is no article's.
		v[typeArticle] += weightProse
	}
	if choppy {
		v[typeArticle] -= weightChoppy
	}
	if s.tabs >= minTabPanels {
		v[typeArticle] -= weightTabs
	}
	switch {
	case s.carts > maxThreadCarts:
		// A shop: its message and review blocks are not a thread's posts.
	case s.posts >= minForumPosts:
		v[typeForum] += weightPosts
	case s.posts >= minSomePosts:
		v[typeForum] += weightSomePosts
	}
	if s.times >= minListTimes {
		v[typeForum] += weightTimes
		v[typeListing] += weightTimes
	}
	if s.pre >= minDocPre || s.code >= minDocCode {
		v[typeDocumentation] += weightCode
		if s.pre >= minDocPre && s.code >= minDocCode {
			v[typeDocumentation] += weightMuchCode
		}
	}
	switch {
	case s.prices >= minGridPrices:
		v[typeCollection] += weightGrid
	case s.prices >= minCollectionPrices:
		v[typeCollection] += weightSomePrice
	}
	if s.carts > 0 && s.prices > 0 {
		v[typeProduct] += weightCart
	}
	if max(s.articles, s.teasers) >= minListTeasers {
		v[typeListing] += weightTeasers
	}
	if t != nil && len(t.nodes) > 0 {
		if b := t.nodes[t.body]; b.units > 0 && float64(b.linkUnits) >= linkShare*float64(b.units) {
			v[typeListing] += weightLinks
			v[typeCollection] += weightLinks
		}
	}
	if len(a.Text) < shortPageBytes {
		v[typeListing] += weightShort
		v[typeCollection] += weightShort
	}
}

// content votes by the shape of the main content: the roots chosen by the scorer.
func (v typeVotes) content(t *tree, roots []int32) {
	if t == nil {
		return
	}
	var units, links, headings int32
	for _, r := range roots {
		units += t.nodes[r].units
		links += t.nodes[r].linkUnits
		headings += t.nodes[r].headings
		u, l := t.droppedUnits(r)
		units, links = units-u, links-l
	}
	if units == 0 {
		return
	}
	for _, share := range [...]float64{contentLinkShare, mostlyLinkShare} {
		if float64(links) >= share*float64(units) {
			v[typeListing] += weightLinks
			v[typeCollection] += weightLinks
		}
	}
	if float64(headings)*1000 >= headingsPerKUnit*float64(units) {
		v[typeArticle] -= weightHeadings
	}
}

// buttonsIn counts the button links inside the main content: the subtrees of roots.
func buttonsIn(buttons []*html.Node, t *tree, roots []int32) int {
	if t == nil || len(roots) == 0 {
		return 0
	}
	n := 0
	for _, b := range buttons {
	up:
		for e := b.Parent; e != nil; e = e.Parent {
			for _, r := range roots {
				if t.nodes[r].n == e {
					n++
					break up
				}
			}
		}
	}
	return n
}

// Prose thresholds: an article's text is mostly long paragraphs; a service page's is
// headings, short claims and lists.
const (
	minProseRunes     = 3000
	proseParaRunes    = 250
	minProseParaShare = 0.5
)

// Choppy-text thresholds: a landing page's text is a stack of blocks too short to be
// sentences of a paragraph (headings, claims, button labels), where an article's short
// blocks (its headings, a caption) are fewer than its paragraphs.
const (
	shortBlockRunes    = 80
	minChoppyBlocks    = 5
	minShortBlockShare = 0.5
)

// textShape reads a rendered text in one pass: prose reports whether it reads as an
// article (long enough, with most of it in long paragraphs), choppy whether most of its
// blocks are short.
func textShape(text string) (prose, choppy bool) {
	total, long, blocks, short := 0, 0, 0, 0
	for p := range strings.SplitSeq(text, "\n\n") {
		n := runeCount(p)
		total += n
		blocks++
		switch {
		case n >= proseParaRunes:
			long += n
		case n < shortBlockRunes:
			short++
		}
	}
	prose = total >= minProseRunes && float64(long) >= minProseParaShare*float64(total)
	choppy = blocks >= minChoppyBlocks && float64(short) >= minShortBlockShare*float64(blocks)
	return prose, choppy
}
