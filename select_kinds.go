package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Kinds of pages: a shop's page, a service's landing page, a forum thread are made of
// blocks whose class words read as boilerplate on a news story, yet there are the
// page's content. keptByKind names the few such blocks that a class word alone must not
// drop; productShell reads a shop's description where the page has it only as data.

// testimonialWords are the class and id words of a box of customer quotes. Their class
// words file them with comments ("testimonials" is in classTokens), but a service's
// landing page chooses and prints them as its own text, as it prints its list of
// features: unlike readers' comments, they are part of what the page says.
var testimonialWords = map[string]bool{"testimonial": true, "testimonials": true, "testimony": true}

// reviewWords are the class and id words of a box of reviews. A shop's reviews are its
// customers' comments on the product, and no content (see showsShop); a service's page
// quotes the reviews it is proud of, as it quotes testimonials.
var reviewWords = map[string]bool{"reviews": true}

// bannerWords are the class and id words of a banner. On a story a banner is an
// advertisement ("banner" is in classTokens), but a landing page opens with a "hero
// banner": its name, its offer in a few sentences, a button. That one is told from an
// advert by its prose (see bannerMinUnits, bannerMaxLinks) and from a consent or a sale banner
// by its words (see advertWords).
var bannerWords = map[string]bool{"banner": true}

// advertWords mark a banner that is no hero: one that asks for consent to cookies, and
// holds prose too (OneTrust, the most common consent platform, names its banner
// "onetrust-banner-sdk"), and one that announces a sale.
var advertWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "privacy": true, "onetrust": true,
	"sale": true, "sales": true, "deal": true, "deals": true, "offer": true, "offers": true, "discount": true,
}

const (
	// bannerMinUnits: a hero banner states the offer in sentences; an advert's banner is
	// a slogan and a button.
	bannerMinUnits = 200
	// bannerMaxLinks: an advert leads away, most of its text in links; a hero banner's
	// one link is its button.
	bannerMaxLinks = 0.15
)

// keptByKind reports whether block i, which a class word marks as boilerplate, is content
// all the same, on a page that does not declare itself a story: a box of testimonials
// (see testimonialWords), one of reviews or a hero banner outside a shop and a thread
// (see reviewWords, bannerWords). On a story such boxes are a sidebar's advertisements.
// A loose story's testimonials are the exception (see looseTestimonials).
func (t *tree) keptByKind(i int32) bool {
	b := &t.nodes[i]
	if t.story && !t.looseTestimonials(i) {
		return false
	}
	if t.holdsProductDesc(i) {
		// The product's description in a drawer or a sheet (see holdsProductDesc).
		return true
	}
	if t.testimonialBox(i) {
		return true
	}
	switch b.kinds & boilerKinds {
	case 1 << cueComments:
		return t.hasAttrWord(i, testimonialWords) || !t.shop && !t.discussion && t.hasAttrWord(i, reviewWords)
	case 1 << cueSponsored:
		// A shop's banners announce its sales, and a thread's sit between its posts:
		// both are adverts, however much they say, unless named a hero (see heroBanner).
		return t.heroBanner(i) || !t.shop && !t.discussion && b.units >= bannerMinUnits && b.linkDensity() < bannerMaxLinks &&
			t.hasAttrWord(i, bannerWords) && !t.hasAttrWord(i, advertWords) && !t.holdsForm(i)
	}
	return false
}

// holdsForm reports whether block i holds a form: a sign-up, a search, a stock alert.
func (t *tree) holdsForm(i int32) bool {
	end := t.subtreeEnd(i)
	for j := i + 1; j < end; j++ {
		if t.nodes[j].tag == atom.Form && !t.nodes[j].text {
			return true
		}
	}
	return false
}

// hasAttrWord reports whether block i's class or id holds a word of set (see
// valueHasWord).
func (t *tree) hasAttrWord(i int32, set map[string]bool) bool {
	n := t.nodes[i].n
	if n == nil {
		return false
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && valueHasWord(a.Val, set) {
			return true
		}
	}
	return false
}

// productShell returns the description of the product the page declares in JSON-LD, as
// Text, when the visible page holds a shell of it: less than a 1/ldBodyShare of the
// description's text (a price, a size picker, the footer's legal line). Shops render
// the product's description with script from the data they also give search engines,
// so the declared description is then the only copy of the page's content.
func productShell(meta *pageMeta, text string) (string, bool) {
	desc := meta.ld.product
	if desc == "" || countUnits(desc) <= ldBodyShare*countUnits(text) {
		return "", false
	}
	return bodyFromLD(desc), true
}

// isProduct reports whether a JSON-LD object's types name a product (see ldPageTypes).
func isProduct(types []string) bool {
	for _, ty := range types {
		if ldPageTypes[strings.ToLower(ty)] == typeProduct {
			return true
		}
	}
	return false
}
