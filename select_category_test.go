package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// categoryPage is a shop's category page: the category's headline, in other words than
// the title, and its intro above a grid of priced products, and a guide to the category
// below the grid that wins the choice by prose mass.
const categoryPage = `<html><head><title>Buy Cheap Garden Chairs Online | Example Shop</title></head><body>
<main><div class="category"><div class="category-header"><h1>Chairs for the garden</h1>
<div class="category-header-text"><p>Weatherproof chairs in wood, metal and rattan, from folding seats to loungers for long summer evenings.</p></div></div>
<ul class="grid"><li><a href="/p/1">Folding chair</a> 29.99 €</li><li><a href="/p/2">Lounger</a> 89.00 €</li><li><a href="/p/3">Rattan chair</a> 59.00 €</li></ul>
<div class="category-guide">%s</div></div></main></body></html>`

func runCategory(t *testing.T, category bool) string {
	t.Helper()
	page := strings.Replace(categoryPage, "%s", para("How to choose a garden chair.")+para("Wood needs oil once a year.")+para("Metal chairs fold away."), 1)
	return runPassesWith(t, page, func(tr *tree) {
		tr.headlines = newHeadlines(&pageMeta{title: "Buy Cheap Garden Chairs Online | Example Shop"}, "Buy Cheap Garden Chairs Online")
		tr.shop, tr.product, tr.category = true, category, category
	})
}

func TestCategoryHeroJoinsTheText(t *testing.T) {
	text := runCategory(t, true)
	assert.Contains(t, text, "Weatherproof chairs in wood, metal and rattan")
	assert.Contains(t, text, "How to choose a garden chair.")
}

func TestProductHeaderIsNoHero(t *testing.T) {
	text := runCategory(t, false)
	assert.NotContains(t, text, "Weatherproof chairs in wood, metal and rattan")
	assert.Contains(t, text, "How to choose a garden chair.")
}

func TestDeclaresCategory(t *testing.T) {
	group := &pageMeta{meta: map[string]string{"og:type": "product.group"}}
	assert.True(t, declaresCategory(group))
	one := &pageMeta{meta: map[string]string{"og:type": "product"}}
	one.ld.types = []string{"Product", "Offer"}
	assert.False(t, declaresCategory(one))
	page := &pageMeta{meta: map[string]string{}}
	page.ld.types = []string{"CollectionPage"}
	assert.True(t, declaresCategory(page))
}

// nestedHeroPage sets the headline and its intro in an inner block beside a
// breadcrumb trail, above a grid of products and a guide.
const nestedHeroPage = `<html><head><title>Trail Shoes | Example</title></head><body>
<main><div class="wrap"><div class="page-header"><ol class="crumbs"><li><a href="/">Home</a></li><li><a href="/shoes">Shoes</a></li></ol>
<div class="page-header-content"><h1>Trail Shoes</h1><div class="page-header-text"><p>Grippy soles and firm uppers for muddy paths, rocky climbs and long days in the hills.</p></div>
<div class="page-header-buttons"><a href="#guide">Free returns</a></div></div></div>
<ul class="grid"><li><a href="/p/1">Shoe one</a></li><li><a href="/p/2">Shoe two</a></li></ul>
<div class="guide">%s</div></div></main></body></html>`

func TestHeroIntroBesideCrumbs(t *testing.T) {
	page := strings.Replace(nestedHeroPage, "%s", para("Pick a shoe for the ground you run on.")+para("Soft ground wants deep lugs.")+para("Rock wants a plate."), 1)
	text := runPassesWith(t, page, func(tr *tree) {
		tr.headlines = newHeadlines(&pageMeta{title: "Trail Shoes | Example"}, "Trail Shoes")
	})
	assert.Contains(t, text, "Grippy soles and firm uppers")
	assert.Contains(t, text, "Pick a shoe for the ground you run on.")
	assert.NotContains(t, text, "Free returns")
	assert.NotContains(t, text, "Home")
}

// looseHeroPage is a page that plugins declare an article by og:type alone: its header
// holds the headline, a box of facts without a paragraph, and an intro paragraph.
const looseHeroPage = `<html><head><title>Hill Walking Boots | Example</title></head><body>
<main><div class="wrap"><div class="page-header"><h1>Hill Walking Boots</h1>
<div class="facts"><span>Sizes:</span> <span>36 - 48</span> <span>Widths:</span> <span>2</span></div>
<div class="intro"><p>Boots with stiff soles and high cuffs that keep ankles safe on steep and stony ground.</p></div></div>
<div class="guide">%s</div></div></main></body></html>`

func TestLooseStoryHeroKeepsParagraphs(t *testing.T) {
	page := strings.Replace(looseHeroPage, "%s", para("Fit boots in the afternoon.")+para("Wear the socks you walk in.")+para("Break them in slowly."), 1)
	run := func(loose bool) string {
		return runPassesWith(t, page, func(tr *tree) {
			tr.headlines = newHeadlines(&pageMeta{title: "Hill Walking Boots | Example"}, "Hill Walking Boots")
			tr.story, tr.looseStory = true, loose
		})
	}
	text := run(true)
	assert.Contains(t, text, "Boots with stiff soles and high cuffs")
	assert.NotContains(t, text, "36 - 48")
	assert.Contains(t, text, "Fit boots in the afternoon.")
	text = run(false)
	assert.NotContains(t, text, "Boots with stiff soles and high cuffs")
}
