package winnow

import "strings"

// Kinds of pages: a shop's page, a service's landing page, a forum thread are made of
// blocks whose class words read as boilerplate on a news story, yet there are the
// page's content. keptByKind names the few such blocks that a class word alone must not
// drop.

// testimonialWords are the class and id words of a box of customer quotes. Their class
// words file them with comments ("testimonials" is in classTokens), but a service's
// landing page chooses and prints them as its own text, as it prints its list of
// features: unlike readers' comments, they are part of what the page says.
var testimonialWords = map[string]bool{"testimonial": true, "testimonials": true, "testimony": true}

// keptByKind reports whether block i, which a class word marks as boilerplate, is content
// all the same: a box of testimonials on a page that does not declare itself a story
// (see testimonialWords). On a story such a box is a sidebar's advertisement.
func (t *tree) keptByKind(i int32) bool {
	b := &t.nodes[i]
	return b.kinds&boilerKinds == 1<<cueComments && !t.story && t.hasAttrWord(i, testimonialWords)
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
