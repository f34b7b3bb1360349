package winnow

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
	code      int // <pre> blocks
	articles  int // <article> elements
	teasers   int // h2/h3 headings that are links
	forms     int // <form> elements outside navigation
	textareas int
}

// Class, id and itemprop words that mark the structures counted.
var (
	priceTokens = map[string]bool{"price": true, "prices": true, "productprice": true, "saleprice": true, "amount": true}
	cartTokens  = map[string]bool{"addtocart": true, "cart": true, "buynow": true, "addtobag": true, "basket": true, "checkout": true}
	postTokens  = map[string]bool{"postbody": true, "postbit": true, "message": true, "messages": true, "topic": true,
		"thread": true, "reply": true, "posts": true, "forum": true, "answer": true, "answers": true}
)

// element counts one element of the walk; ctx holds the kinds of its ancestors.
func (s *pageShape) element(n *html.Node, kinds, ctx uint32) {
	switch n.DataAtom {
	case atom.Pre:
		s.code++
	case atom.Article:
		s.articles++
	case atom.H2, atom.H3:
		if n.FirstChild != nil && firstElement(n) != nil && firstElement(n).DataAtom == atom.A {
			s.teasers++
		}
	case atom.Form:
		if (ctx|kinds)&furnitureKinds == 0 {
			s.forms++
		}
	case atom.Textarea:
		s.textareas++
	}
	if attrHasToken(n, priceTokens) || attr(n, "itemprop") == "price" {
		s.prices++
	}
	if attrHasToken(n, cartTokens) {
		s.carts++
	}
	if (ctx|kinds)&(1<<cueComments) == 0 && attrHasToken(n, postTokens) {
		s.posts++
	}
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
var ldPageTypes = map[string]string{
	"product": typeProduct, "productgroup": typeProduct, "offer": typeProduct,
	"collectionpage": typeCollection, "itemlist": typeListing, "searchresultspage": typeListing,
	"discussionforumposting": typeForum, "qapage": typeForum,
	"techarticle": typeDocumentation, "apireference": typeDocumentation,
	"article": typeArticle, "newsarticle": typeArticle, "blogposting": typeArticle,
	"reportagenewsarticle": typeArticle, "analysisnewsarticle": typeArticle, "opinionnewsarticle": typeArticle,
	"liveblogposting": typeArticle, "scholarlyarticle": typeArticle, "recipe": typeArticle,
	"service": typeService, "localbusiness": typeService, "professionalservice": typeService,
}

// urlPageTypes are URL path words that name a kind of page, checked in order.
var urlPageTypes = []struct{ word, typ string }{
	{"/docs/", typeDocumentation}, {"/doc/", typeDocumentation}, {"/documentation/", typeDocumentation},
	{"/reference/", typeDocumentation}, {"/api/", typeDocumentation}, {"/manual/", typeDocumentation},
	{"/forum", typeForum}, {"/thread", typeForum}, {"/community/", typeForum},
	{"/discussion", typeForum}, {"/questions/", typeForum}, {"/comments/", typeForum},
	{"/product/", typeProduct}, {"/products/", typeProduct}, {"/dp/", typeProduct}, {"/p/", typeProduct},
	{"/item/", typeProduct}, {"/itm/", typeProduct},
	{"/collections/", typeCollection}, {"/collection/", typeCollection}, {"/shop/", typeCollection},
	{"/c/", typeCollection},
	{"/tag/", typeListing}, {"/tags/", typeListing}, {"/category/", typeListing}, {"/categories/", typeListing},
	{"/page/", typeListing}, {"/search", typeListing}, {"/archive", typeListing},
	{"/services/", typeService}, {"/service/", typeService}, {"/solutions/", typeService},
	{"/pricing", typeService},
}

// Structure thresholds for the page type.
const (
	// minListTeasers: a page of this many linked headings or <article> cards is a list.
	minListTeasers = 6
	// minCollectionPrices: this many prices on one page is a product grid.
	minCollectionPrices = 6
	// minForumPosts: this many post or message blocks is a thread (an article with a
	// few comment-like boxes has less).
	minForumPosts = 15
	// minGridPrices: this many prices is a product grid even on a page that declares a
	// Product (one per item).
	minGridPrices = 15
	// minDocCode: this many code blocks is documentation.
	minDocCode = 3
)

// pageType classifies the page: by its JSON-LD types first, then og:type, the URL's
// path and the page's structure.
func pageType(m *pageMeta, a *Article, t *tree, roots []int32) string {
	declared := ""
	for _, ty := range m.ld.types {
		if pt, ok := ldPageTypes[strings.ToLower(ty)]; ok {
			declared = pt
			if pt != typeArticle && pt != typeService {
				break
			}
		}
	}
	og := strings.ToLower(m.meta["og:type"])
	s := m.shape
	switch {
	case strings.HasPrefix(og, "product.group") || strings.HasPrefix(og, "product:group"):
		return typeCollection
	case declared == typeCollection || declared == typeListing:
		// Schema.org's CollectionPage and ItemList gather articles as well as products;
		// prices tell a shop's grid from a list of posts.
		if s.prices >= minCollectionPrices/2 {
			return typeCollection
		}
		return typeListing
	case declared != "" && declared != typeArticle && declared != typeService:
		return declared
	case strings.HasPrefix(og, "product") || strings.Contains(og, "item"):
		return typeProduct
	}
	fromURL := ""
	if u, err := url.Parse(a.URL); err == nil {
		p := strings.ToLower(u.Path) + "/"
		host := strings.ToLower(u.Hostname())
		if strings.HasPrefix(host, "docs.") || strings.HasPrefix(host, "developer.") || strings.HasPrefix(host, "developers.") {
			p = "/docs" + p
		}
		for _, w := range urlPageTypes {
			if strings.Contains(p, w.word) {
				fromURL = w.typ
				break
			}
		}
	}
	lists := max(s.articles, s.teasers)
	switch {
	case declared != typeArticle && (fromURL == typeForum || s.posts >= minForumPosts):
		return typeForum
	case declared != typeArticle && (fromURL == typeDocumentation || s.code >= minDocCode && a.Date.IsZero()):
		return typeDocumentation
	case s.prices >= minGridPrices || fromURL == typeCollection && s.prices >= minCollectionPrices:
		return typeCollection
	case (s.carts > 0 && s.prices > 0 || fromURL == typeProduct) && a.Date.IsZero():
		return typeProduct
	case lists >= minListTeasers && a.Date.IsZero() || fromURL == typeListing:
		return typeListing
	case declared == typeArticle || og == "article" || !a.Date.IsZero() || len(a.Authors) > 0 || isProse(a.Text):
		return typeArticle
	case lists >= minListTeasers:
		return typeListing
	case fromURL != "":
		return fromURL
	}
	return typeService
}

// Prose thresholds: an article's text is mostly long paragraphs; a service page's is
// headings, short claims and lists.
const (
	minProseRunes     = 3000
	proseParaRunes    = 250
	minProseParaShare = 0.5
)

// isProse reports whether a rendered text reads as an article: long enough, with most of
// it in long paragraphs.
func isProse(text string) bool {
	total := utf8.RuneCountInString(text)
	if total < minProseRunes {
		return false
	}
	long := 0
	for _, p := range strings.Split(text, "\n\n") {
		if n := utf8.RuneCountInString(p); n >= proseParaRunes {
			long += n
		}
	}
	return float64(long) >= minProseParaShare*float64(total)
}
