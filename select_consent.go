package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Consent prose: a consent dialog is often the longest prose of a shop's page (the
// purposes of its cookies, a sentence each), and the product's own page, its name, price
// and a few lines, is short. Consent platforms name their markup after themselves or
// after a generic notice ("ensModal", "page-notice gdpr-banner"), so the class cues miss
// some of them; what they say does not change: they speak of cookies and of consent or
// privacy, in every language, and they never hold the page's <h1>. When the chosen
// block is such a dialog, it is set aside and the choice is made again without it.

// consentMinMentions: a consent text names its cookies in more than one sentence; a
// page that mentions a cookie once (a recipe's note, a footer's link) is no dialog.
const consentMinMentions = 2

// consentUnitsPerMention: a consent text names cookies at least once in this many text
// units (a sentence or two each); an article that touches on cookies (an HTTP
// client's headers, a game's licence terms) names them far more rarely.
const consentUnitsPerMention = 400

// consentMaxUnits bounds the chosen block read for consent prose: a preference centre
// that lists its vendors is long, but an article's column that holds a dialog beside the
// article is longer, and is judged as it is.
const consentMaxUnits = 10000

// cookieWord is how a consent text names its cookies: the English word is the one that
// European languages use ("Cookies", "les cookies", "i cookie", "pliki cookie") and that
// Chinese and Japanese pages write in Latin letters.
const cookieWord = "cookie"

// cookieStem and cookieStemUpper find cookieWord in a text as written ("Cookies",
// "cookie", "COOKIES") without lower-casing it.
const (
	cookieStem      = "ookie"
	cookieStemUpper = "OOKIE"
)

// consentWords are the words of consent and privacy that a cookie dialog speaks of,
// lower case, by language (ISO 639-1): they tell a consent text from a baker's page.
var consentWords = newPhraseSet(
	[]string{"consent", "privacy", "personalised", "personalized", "third parties", "third-party"}, // en
	[]string{"einwilligung", "datenschutz", "zustimm"},                                             // de
	[]string{"consentement", "confidentialité", "données personnelles"},                            // fr
	[]string{"consentimiento", "privacidad", "datos personales"},                                   // es
	[]string{"consenso", "riservatezza", "dati personali"},                                         // it
	[]string{"consentimento", "privacidade", "dados pessoais"},                                     // pt
	[]string{"toestemming", "persoonsgegevens"},                                                    // nl
	[]string{"zgod", "prywatno", "dane osobowe"},                                                   // pl
	[]string{"согласи", "конфиденциальн", "персональн"},                                            // ru
	[]string{"同意", "隐私", "隱私", "プライバシー", "개인정보", "동의"},                                             // zh, ja, ko
)

// consentChoice reports whether the chosen roots are all consent dialogs (see
// isConsentProse).
func (t *tree) consentChoice(roots []int32) bool {
	for _, r := range roots {
		if !t.isConsentProse(r) {
			return false
		}
	}
	return len(roots) > 0
}

// isConsentProse reports whether block i reads as a consent dialog: not the page's
// body, main column or article, no <h1> inside, and its text names cookies at least
// consentMinMentions times, once in consentUnitsPerMention units or more often, and
// speaks of consent or privacy (see consentWords).
func (t *tree) isConsentProse(i int32) bool {
	b := &t.nodes[i]
	if t.pageWide(i) || b.units > consentMaxUnits || b.tag == atom.Main || b.tag == atom.Article {
		return false
	}
	// Most chosen blocks name no cookies: they cost one look at their text nodes.
	need := max(consentMinMentions, int(b.units/consentUnitsPerMention))
	if t.cookieMentions(i, need) < need {
		return false
	}
	headline := false
	t.walk(i, func(j int32) bool {
		headline = t.nodes[j].tag == atom.H1 && !t.nodes[j].text
		return !headline
	})
	return !headline && consentWords.inLower(lowerWords(t.plainWords(i)))
}

// cookieMentions counts the times the text of block i names cookies (see cookieWord),
// in lower or upper case, stopping at need: most chosen blocks name none, and are
// turned away without a copy of their text.
func (t *tree) cookieMentions(i int32, need int) int {
	n := 0
	end := t.subtreeEnd(i)
	for j := i; j < end && n < need; j++ {
		if b := &t.nodes[j]; b.text {
			n += strings.Count(b.n.Data, cookieStem) + strings.Count(b.n.Data, cookieStemUpper)
		}
	}
	return n
}

// setAsideConsent takes the consent dialogs roots out of the choice: the candidates
// inside them, or around them with less text beside them than in them, are dropped
// from cands, and the dialogs are marked as cookie banners (and
// no longer as content), so that the choice by prose mass counts them as boilerplate
// (see markBoiler) and pruning drops them from a wider choice. It returns the
// candidates left, and resets what the first choice learnt of the page.
func (t *tree) setAsideConsent(roots, cands []int32) []int32 {
	left := cands[:0:0]
	for _, c := range cands {
		inside := false
		for _, r := range roots {
			// A wrapper that holds little besides the dialog is the dialog too.
			inside = inside || c == r || t.isAncestor(r, c) ||
				t.isAncestor(c, r) && t.nodes[c].units < 2*t.nodes[r].units
		}
		if !inside {
			left = append(left, c)
		}
	}
	for _, r := range roots {
		b := &t.nodes[r]
		b.kinds = b.kinds&^(1<<cueContent) | 1<<cueCookie
	}
	t.spread, t.listed, t.cardPage = false, false, false
	return left
}
