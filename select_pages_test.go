package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// shopGrid is a category page: a one-line intro, a grid of product cards (a linked
// name and a price each), a cookie notice that is the page's only sentence-like text,
// and a footer.
func shopGrid(cards int) string {
	var b strings.Builder
	b.WriteString(`<html><body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><h1>Garden chairs</h1><p>Chairs for the terrace and the balcony.</p><ul class="grid">`)
	for i := range cards {
		fmt.Fprintf(&b, `<li class="card"><a href="/p/%d"><img src="/i/%d.jpg"></a><h3><a href="/p/%d">Folding teak chair model %c</a></h3><span class="price">€ %d9.00</span> <span>In stock, ships in 2 days</span></li>`, i, i, i, 'A'+i, 3+i)
	}
	b.WriteString(`</ul></main><div class="site-notice" role="dialog"><p>We use cookies to improve your experience on our site, to analyse traffic and to show you offers. By continuing, you agree.</p></div>
<footer><p>© Garden Shop</p></footer></body></html>`)
	return b.String()
}

func TestListingPrefersItems(t *testing.T) {
	text := runPasses(t, shopGrid(12))
	assert.Contains(t, text, "Folding teak chair model A")
	assert.Contains(t, text, "Folding teak chair model L")
	assert.Contains(t, text, "€ 149.00")
	assert.NotContains(t, text, "We use cookies")
	assert.NotContains(t, text, "Garden Shop")
}

func TestArticleKeepsProseOverItems(t *testing.T) {
	// An article of a few paragraphs above a long box of teasers: the teasers are more
	// text, but the article holds enough prose to be the content.
	var b strings.Builder
	b.WriteString(`<html><body><main><article><h1>Title</h1>`)
	for range 6 {
		b.WriteString(para("The council met on Tuesday."))
	}
	b.WriteString(`</article><section class="more"><h2>More news</h2><ul>`)
	for i := range 40 {
		fmt.Fprintf(&b, `<li><h3><a href="/n/%d">Another story about the town number %d</a></h3><span>Two hours ago, by the desk</span></li>`, i, i)
	}
	b.WriteString(`</ul></section></main></body></html>`)
	text := runPasses(t, b.String())
	assert.Contains(t, text, "The council met on Tuesday.")
	assert.NotContains(t, text, "Another story about the town")
}

func TestItemGroups(t *testing.T) {
	// Four layout blocks under <body>, one of which holds most of the text, are not items;
	// the cards of the grid are.
	tr := treeOf(t, shopGrid(6))
	flags := tr.itemGroups()
	var cards, inside int
	for i := range tr.nodes {
		b := &tr.nodes[i]
		if b.tag.String() == "li" && flags[i]&itemIn != 0 {
			cards++
		}
		if b.tag.String() == "main" && flags[i]&itemIn != 0 {
			inside++
		}
	}
	assert.Equal(t, 6, cards)
	assert.Zero(t, inside, "the page's layout blocks are not items")
}

// treeOf parses a page and measures it.
func treeOf(t *testing.T, page string) *tree {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.classify()
	return tr
}

// shopRuleText runs one pruning rule over the <main> of page, on a shop's page or not,
// and returns the text left.
func shopRuleText(t *testing.T, page string, shop bool, rule func(*tree, []int32)) string {
	tr := treeOf(t, page)
	tr.shop = shop
	roots := []int32{lastOfTag(tr, atom.Main)}
	rule(tr, roots)
	return tr.renderText(roots)
}

// lastOfTag returns the index of the last element of tag a in tr, or none.
func lastOfTag(tr *tree, a atom.Atom) int32 {
	at := none
	for i := range tr.nodes {
		if tr.nodes[i].tag == a {
			at = int32(i)
		}
	}
	return at
}

func TestListingItemsSurviveTheirClasses(t *testing.T) {
	// A blog's river of posts: each post's class names its tags and author, as blog
	// engines write them ("tag-travel", "author-anna"), and opens with a "Comment" link.
	// In a listing those are items, not tag boxes or comment threads.
	var b strings.Builder
	b.WriteString(`<html><body><main><section class="blog-list">`)
	for i := range 8 {
		fmt.Fprintf(&b, `<article class="entry tag-travel tag-food author-anna"><a href="/p/%d#comments">Comment</a>
<h2><a href="/p/%d">Weekend trip number %d</a></h2><p class="date">March %d, 2025</p>
<p>We took the early train and walked the old town before lunch, then ate far too much.</p></article>`, i, i, i, i+1)
	}
	b.WriteString(`</section></main></body></html>`)
	text := runPasses(t, b.String())
	assert.Contains(t, text, "Weekend trip number 0")
	assert.Contains(t, text, "Weekend trip number 7")
	assert.Contains(t, text, "We took the early train")
}

func TestPersonTitle(t *testing.T) {
	tr := treeOf(t, `<html><body>
<div id=poster><h4><a href="/members/anna.12/">anna</a></h4><span>Member</span></div>
<div id=card><h3><a href="/p/1">A title</a></h3><a href="/author/anna">Anna</a></div>
<div id=avatar><a href="/u/bob"><img src=a.jpg></a> bob</div></body></html>`)
	byID := func(id string) int32 {
		for i := range tr.nodes {
			if tr.nodes[i].n.Type == html.ElementNode && attr(tr.nodes[i].n, "id") == id {
				return int32(i)
			}
		}
		t.Fatalf("no #%s", id)
		return none
	}
	assert.True(t, tr.personTitle(byID("poster")))
	assert.False(t, tr.personTitle(byID("card")), "the byline after the title is not the title")
	assert.True(t, tr.personTitle(byID("avatar")))
}

func TestListingOfShortCards(t *testing.T) {
	// A shop's grid whose cards hold a short name and a price each, about 25 units,
	// under an intro that is the page's only sentence.
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Desk accessories</h1><p>Choose from hundreds of accessories designed to complement your standing desk and your office, shipped free.</p><div class="grid">`)
	for i := range 16 {
		fmt.Fprintf(&b, `<div class="card"><a href="/p/%d">Bamboo desk mat model %c</a><div class="price">$ %d9 +</div></div>`, i, 'A'+i, 3+i)
	}
	b.WriteString(`</div></main><footer><p>© Desk Shop</p></footer></body></html>`)
	text := runPasses(t, b.String())
	assert.Contains(t, text, "Bamboo desk mat model A")
	assert.Contains(t, text, "Bamboo desk mat model P")
	assert.Contains(t, text, "$ 189 +")
}

// cardSections is a listing made of sections of a few teaser cards each (a linked
// title, a byline, a line of summary): no section holds much of the page, and the
// sections, each named after its topic, are no items of one list.
func cardSections(sections, cards int) string {
	var b strings.Builder
	b.WriteString(`<html><body><header><nav><a href="/">Home</a> <a href="/reviews">Reviews</a></nav></header><main><h1>Electronics</h1>`)
	for s := range sections {
		fmt.Fprintf(&b, `<section class="shelf-%d"><header><a href="/s/%d">Section %d</a></header><ul class="cards">`, s, s, s)
		for c := range cards {
			fmt.Fprintf(&b, `<li class="card"><h3><a href="/r/%d-%d">The best gadget of kind %d-%d</a></h3><p>by Ann Writer</p><p>We tested a dozen of them over two months, and this one, %d-%d, was the one we kept using.</p></li>`, s, c, s, c, s, c)
		}
		b.WriteString(`</ul></section>`)
	}
	b.WriteString(`</main><footer><p>© Reviews Inc.</p></footer></body></html>`)
	return b.String()
}

func TestCardSectionsAreContent(t *testing.T) {
	text := runPasses(t, cardSections(5, 3))
	assert.Contains(t, text, "The best gadget of kind 0-0")
	assert.Contains(t, text, "The best gadget of kind 4-2")
	assert.Contains(t, text, "this one, 2-1, was the one we kept using")
}

func TestCardUnits(t *testing.T) {
	tr := treeOf(t, cardSections(2, 3))
	main := lastOfTag(tr, atom.Main)
	require.NotEqual(t, none, main)
	cards := tr.cardUnits(main)
	assert.Greater(t, float32(cards), 0.8*float32(tr.nodes[main].units), "the cards are most of the text")
	tr = treeOf(t, cardSections(2, 2))
	main = lastOfTag(tr, atom.Main)
	assert.Zero(t, tr.cardUnits(main), "two cards are no run")
}

// numberedCards is a list of teaser cards, each linked by its picture and numbered in its
// class by the engine ("pick pick-41"), with no heading of its own.
func numberedCards(n int) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Weekend projects</h1><div class="picks">`)
	for i := range n {
		fmt.Fprintf(&b, `<div class="pick pick-%d"><a href="/p/%d"><img src="/p%d.jpg" alt=""></a><p><a href="/p/%d">A small shelf to build, number %d</a></p><p>Two boards and an afternoon.</p></div>`, 40+i*7, i, i, i, i)
	}
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

func TestCardUnitsNumberedClasses(t *testing.T) {
	tr := treeOf(t, numberedCards(4))
	picks := none
	for i := range tr.nodes {
		if attr(tr.nodes[i].n, "class") == "picks" {
			picks = int32(i)
		}
	}
	require.NotEqual(t, none, picks)
	assert.Equal(t, tr.nodes[picks].units, tr.cardUnits(picks), "cards numbered in their class are one run")
}
