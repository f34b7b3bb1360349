package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// A news site that sells subscriptions prints, inside the story's container, the offer
// that unlocks the rest of it: a box of plans ("Monthly", "$39", "Totals $468 per year",
// "Get Started"), each plan's price a line of its own, under a call to subscribe. The
// story never reads so: its prices stand inside sentences, and a table of prices is data.
// dropPaywallOffers drops such a box on a page that is neither a shop's product nor a
// listing (whose priced cards dropOfferGrids and the listing's rules weigh).

// Paywall offer bounds.
const (
	// minPlanPrices is how many short price lines (see isPlanPrice) a box must hold to
	// be a subscription offer: two plans, or one plan with its price and its total,
	// and a third line besides. A sentence quoting two prices is one line.
	minPlanPrices = 3
	// paywallMaxShare bounds the box's share of the chosen root's text: an offer box
	// is a part of the page, never the story's container itself.
	paywallMaxShare = 0.5
	// paywallProseRunes is the length from which a line is prose: an offer's lines are
	// a plan's name, its price, a promise, a button. A box holding more than
	// maxPaywallProse such lines is a part of the story (a review of an app that
	// lists the app's plans, a section on a service's pricing).
	paywallProseRunes = 150
	maxPaywallProse   = 1
)

// subscribeStems are the stems of "subscribe", "subscription" and "subscriber" in the
// languages of the sites that sell them, matched lower-cased inside the words of the
// box: "abonn" covers the French, German, Dutch and Scandinavian forms (abonnement,
// abonnieren, abonnez-vous, abonnee), "suscri" the Spanish, "assin" the Portuguese
// (assinar, assinatura), "abbon" the Italian. Alone they prove nothing (an article may
// speak of subscriptions); beside minPlanPrices lines of prices they name an offer.
var subscribeStems = []string{
	"subscri", "abonn", "suscri", "assin", "abbon", "prenumer", "subskryp", "předplat",
	"abone", "tilaa", "előfizet", "συνδρομ", "подпис", "передплат", "berlangganan",
	"đăng ký", "订阅", "訂閱", "購読", "구독", "اشتراك", "מנוי",
}

// isPlanPrice reports whether s, one text node, is a short line that holds a price: a
// plan's price ("$39", "€9,99/Monat", "Totals $468 per year").
func isPlanPrice(s string) bool {
	return isPlanPriceLine(strings.TrimSpace(s))
}

// isPlanPriceLine is isPlanPrice for a text already trimmed. Most lines are told apart
// before their runes are counted: a longer text has more than maxPriceRunes runes, and a
// price holds a digit, which in ASCII is one of '0' to '9'.
func isPlanPriceLine(s string) bool {
	if s == "" || len(s) > utf8.UTFMax*maxPriceRunes || !mayHoldDigit(s) {
		return false
	}
	return utf8.RuneCountInString(s) <= maxPriceRunes && hasPrice(s)
}

// mayHoldDigit reports whether s holds an ASCII digit or a rune beyond ASCII, which
// may be a digit of another script.
func mayHoldDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// mentionsSubscribing reports whether s, lower-cased, holds a stem of subscribeStems.
func mentionsSubscribing(s string) bool {
	for _, st := range subscribeStems {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

// dropPaywallOffers drops, inside each chosen root, the outermost blocks that hold at
// least minPlanPrices short price lines outside tables, a call to subscribe (see
// callsToSubscribe), at most maxPaywallProse lines of prose and no <h1>, and are at most
// paywallMaxShare of the root's text. A class naming a subscription is no call: a shop
// names so its own subscription offers ("purchase_subscription"), which are its content.
//
// The counts are summed bottom-up in one pass over the root; the call, which needs the
// words of headings and links lower-cased, is looked for only in a block whose counts
// already make it an offer. A block without a call has none below it either, so its
// subtree is passed over: every text is read for a call at most once.
func (t *tree) dropPaywallOffers(roots []int32) {
	if t.product || t.listed || t.spread {
		return
	}
	for _, r := range roots {
		root := &t.nodes[r]
		if root.drop != keep || root.units == 0 {
			continue
		}
		end := t.subtreeEnd(r)
		type tally struct {
			prices, prose uint16
			h1            bool
		}
		tl := make([]tally, end-r)
		// Bottom-up: each node's tally, summed into its parent. A table's prices are
		// data and do not count.
		for j := end - 1; j > r; j-- {
			b := &t.nodes[j]
			c := &tl[j-r]
			switch {
			case b.text:
				s := strings.TrimSpace(b.n.Data)
				if runesOver(s, paywallProseRunes) {
					c.prose++
				} else if isPlanPriceLine(s) {
					c.prices++
				}
			case b.tag == atom.Table:
				c.prices = 0
			case b.tag == atom.H1:
				c.h1 = true
			}
			if p := b.parent; p > r {
				pc := &tl[p-r]
				pc.prices = min(pc.prices+c.prices, 1<<15)
				pc.prose = min(pc.prose+c.prose, 1<<15)
				pc.h1 = pc.h1 || c.h1
			}
		}
		limit := float32(root.units) * paywallMaxShare
		for i := r + 1; i < end; {
			b := &t.nodes[i]
			c := &tl[i-r]
			if !b.text && b.drop == keep && c.prices >= minPlanPrices && !c.h1 &&
				c.prose <= maxPaywallProse && float32(b.units) <= limit {
				if t.holdsSubscribeCall(i, r) {
					b.drop = dropPromo
				}
				i = t.subtreeEnd(i)
				continue
			}
			i++
		}
	}
}

// runesOver reports whether s holds more than k runes, reading no more of it than it
// needs: a text of at most k bytes never does, one of more than utf8.UTFMax*k bytes
// always does, and between the two the runes' first bytes are counted until they pass k.
func runesOver(s string, k int) bool {
	if len(s) <= k {
		return false
	}
	if len(s) > utf8.UTFMax*k {
		return true
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			if n++; n > k {
				return true
			}
		}
	}
	return false
}

// holdsSubscribeCall reports whether a text node under block i, inside root r, is a call
// to subscribe (see callsToSubscribe).
func (t *tree) holdsSubscribeCall(i, r int32) bool {
	for j, end := i+1, t.subtreeEnd(i); j < end; j++ {
		if b := &t.nodes[j]; b.text && t.callsToSubscribe(j, r, strings.TrimSpace(b.n.Data)) {
			return true
		}
	}
	return false
}

// callsToSubscribe reports whether text node j, inside root r, whose trimmed text is s,
// is a call to subscribe: a word of subscribeStems in a heading or a link (the element
// around the text, or the one around that), where an offer puts its call ("Subscribe
// now", "This story is for subscribers", "Jetzt abonnieren"); buttons are no part of the
// tree (see skipTags). In a list
// item or a paragraph the word is the story's, which may well review a subscription.
func (t *tree) callsToSubscribe(j, r int32, s string) bool {
	p := t.nodes[j].parent
	for range 2 {
		if p <= r {
			return false
		}
		switch t.nodes[p].tag {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.A:
			return mentionsSubscribing(lowerCase(s))
		}
		p = t.nodes[p].parent
	}
	return false
}
