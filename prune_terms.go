package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Terms of sale: a shop's page of one product prints, beside the product, the shop's
// terms that hold for every product it sells: how it ships, how long delivery takes,
// how to return the product, what the warranty covers ("Shipping & Returns", "Free
// shipping over $75", "30-day returns", "Lifetime warranty"). They come in two shapes
// that every shop platform offers: a panel under a heading of its own (an accordion's
// item, a tab, a box beside the buy button), and a strip of short promises (an icon
// and a line each). The product's description never reads so: it speaks of the
// product, and mentions shipping, if at all, inside its sentences.

// Terms bounds.
const (
	// termsHeadingRunes bounds a heading that names terms: "Shipping & Returns",
	// "Delivery and returns", "30-Day Return Policy"; a longer line is a sentence.
	termsHeadingRunes = 40
	// termsHeadingWords bounds its words, for the same reason.
	termsHeadingWords = 5
	// termsPanelMaxUnits bounds a panel of terms: a few paragraphs of policy. A
	// larger block is a part of the page that holds more than the terms.
	termsPanelMaxUnits = 1500
	// termsUnitsPerCue: a panel's lines name its terms at least once for this many
	// units of its text, so that a wrapper whose first item is the terms and whose
	// others are the product's description is not taken for the terms alone.
	termsUnitsPerCue = 300
	// promiseItemMaxUnits bounds an item of a strip of promises: a line and its title.
	promiseItemMaxUnits = 120
	// minPromises is how many items of a strip must name terms: one is a feature of
	// the product ("2-year warranty" among its specifications).
	minPromises = 2
	// minPromiseItems is the least number of items of a strip: two are a question
	// and its answer as often as two promises.
	minPromiseItems = 3
	// promiseShare is the least share of the strip's items that name terms: a row of
	// tabs ("Specifications", "Care", "Warranty", "Delivery & Returns") names the terms
	// in some of its labels, a strip of promises in most of its lines.
	promiseShare = 2.0 / 3
	// termsSentenceUnits is the least length of a sentence of policy ("We offer free
	// standard shipping on orders over $75."): a shop states its terms so, where the
	// buy box lists this offer's options in short lines ("Standard delivery", "Sat 7
	// Mar – Mon 9 Mar", "Free delivery and free returns"), as much the page's own as
	// its price. A panel or a strip of terms holds one at least.
	termsSentenceUnits = 35
	// termsRootShare bounds a dropped block's share of the chosen root's text.
	termsRootShare = 0.5
)

// termsStems are the stems and words that name a shop's terms of sale (shipping,
// delivery, returns, refunds, warranties), lower-cased, in the languages of the shops:
// matched inside the lines of a heading, a panel or a promise, never of prose alone.
// Stems short enough to stand inside other words ("reso" in "resolution", "retur" in
// English "return") are left out; "garanti" covers the German, Danish, Portuguese and
// Turkish forms, "retour" the Dutch, German and French.
var termsStems = newPhraseSet([]string{
	// English
	"shipping", "delivery", "returns", "return policy", "refund", "warranty", "guarantee",
	// German
	"versand", "lieferung", "rücksend", "rückgabe", "retour", "gewährleistung", "umtausch",
	// French
	"livraison", "rembourse", "expédition",
	// Spanish and Portuguese
	"envío", "devoluci", "garantía", "reembolso", "frete", "devoluç", "garanti",
	// Italian
	"spedizion", "consegna", "rimbors", "garanzia",
	// Dutch and the Scandinavian languages
	"verzend", "bezorg", "levering", "leverans", "frakt", "fragt",
	// Polish, Czech, Russian, Turkish
	"dostaw", "wysyłk", "zwrot", "gwarancj", "doprav", "доставк", "возврат", "гарант", "kargo",
	// Vietnamese, Chinese, Japanese, Korean
	"giao hàng", "vận chuyển", "đổi trả", "bảo hành", "hoàn tiền",
	"运费", "包邮", "配送", "退货", "退款", "保修", "運費", "退貨", "保固",
	"送料", "返品", "保証", "お届け", "배송", "반품", "환불", "보증",
})

// dropShopTerms drops, on a page that declares a product (see declaresProduct) and is no
// listing, the shop's terms of sale inside the chosen text: a panel opened by a heading
// that names them (see termsPanel) and a strip of short promises most of which name them
// (see promiseStrip). A block that holds the page's <h1> or the product's declared
// description is the product's own.
func (t *tree) dropShopTerms(roots []int32) {
	if !t.product || t.listed || t.spread {
		return
	}
	for _, r := range roots {
		limit := float32(t.nodes[r].units) * termsRootShare
		t.dropMatching([]int32{r}, dropHeading, func(i int32, b *blk) bool {
			if b.units == 0 || float32(b.units) > limit || b.units > termsPanelMaxUnits {
				return false
			}
			if !t.termsPanel(i) && !t.promiseStrip(i) {
				return false
			}
			return !t.holdsH1(i) && !t.holdsProductDesc(i)
		})
	}
}

// termsPanel reports whether block i opens with a heading that names terms (see
// termsHeading) over a body that states them: a sentence of policy at least (see
// termsSentenceUnits), the terms named often enough (see termsUnitsPerCue), and no row
// of fields.
func (t *tree) termsPanel(i int32) bool {
	b := &t.nodes[i]
	if b.firstText == none || !b.block {
		return false
	}
	h := t.nodes[b.firstText].parent
	for h != i && !t.nodes[h].block {
		h = t.nodes[h].parent
	}
	// The units bound only spares reading long lines: an ideograph weighs cjkUnits.
	if h == i || t.nodes[h].units > cjkUnits*termsHeadingRunes || !termsHeading(t.inlineText(h)) {
		return false
	}
	body := b.units - t.nodes[h].units
	if body == 0 {
		// A heading alone is a line of the buy box ("FREE standard shipping"),
		// which pages print as their own as often as not.
		return false
	}
	cues, sentences := int32(0), 0
	end := t.subtreeEnd(i)
	for j := t.subtreeEnd(h); j < end; j++ {
		n := &t.nodes[j]
		if !n.text || n.units == 0 {
			continue
		}
		if n.units >= termsSentenceUnits {
			sentences++
		}
		if isFieldLabel(n.n.Data) || isFieldRow(n.n.Data) {
			// Rows of fields ("Return for refund within: 30 days") are the terms
			// of this offer, as a marketplace prints them for each seller.
			return false
		}
		if termsStems.in(n.n.Data) {
			cues++
		}
	}
	return sentences > 0 && cues*termsUnitsPerCue >= body
}

// termsHeading reports whether s, a short line, is a heading that names terms of sale:
// a few words, one of them a terms stem.
func termsHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > termsHeadingRunes || isFieldLabel(s) {
		return false
	}
	words := 0
	for range strings.FieldsSeq(s) {
		words++
	}
	return words <= termsHeadingWords && termsStems.in(s)
}

// fieldRowRunes bounds a row of a field and its value ("Return for refund within: 30
// days"), and fieldNameRunes the field's name before the colon.
const (
	fieldRowRunes  = 60
	fieldNameRunes = 30
)

// isFieldRow reports whether s is a short row of a field's name, a colon and its value.
func isFieldRow(s string) bool {
	s = strings.TrimSpace(s)
	at := strings.Index(s, ": ")
	if at < 0 {
		at = strings.Index(s, "：") // the full-width colon of Chinese and Japanese
	}
	return at > 0 && utf8.RuneCountInString(s[:at]) <= fieldNameRunes && utf8.RuneCountInString(s) <= fieldRowRunes
}

// isFieldLabel reports whether s is the name of a field, a line that ends with a colon
// ("Delivery:", "Returns:"): a marketplace prints the terms of each seller's offer as
// rows of fields beside its price, facts of the offer rather than a shop's boilerplate.
func isFieldLabel(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// promiseStrip reports whether block i is a strip of short promises: minPromiseItems
// child elements at least, each short (see promiseItemMaxUnits) and none a row of fields;
// minPromises of them, and promiseShare, name terms of sale, one of those in a sentence
// (see termsSentenceUnits).
func (t *tree) promiseStrip(i int32) bool {
	items, promises, sentences := 0, 0, 0
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		b := &t.nodes[c]
		if b.text || b.units == 0 {
			continue
		}
		items++
		if b.units > promiseItemMaxUnits {
			return false
		}
		if first := t.nodes[b.firstText].n.Data; isFieldLabel(first) || isFieldRow(first) {
			return false // a row of the offer's fields (see termsPanel)
		}
		if text := t.plainText(c); termsStems.in(text) {
			promises++
			if t.holdsSentence(c) {
				sentences++
			}
		}
	}
	return sentences > 0 && items >= minPromiseItems && promises >= minPromises && float32(promises) >= promiseShare*float32(items)
}

// holdsSentence reports whether one text of block i is a sentence's length (see
// termsSentenceUnits).
func (t *tree) holdsSentence(i int32) bool {
	found := false
	t.walk(i, func(j int32) bool {
		found = t.nodes[j].text && t.nodes[j].units >= termsSentenceUnits
		return !found
	})
	return found
}

// holdsH1 reports whether block i holds an <h1>.
func (t *tree) holdsH1(i int32) bool {
	found := false
	t.walk(i, func(j int32) bool {
		found = t.nodes[j].tag == atom.H1
		return !found
	})
	return found
}
