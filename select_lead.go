package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Standfirsts that rescueLead finds beside the ones it always found (a paragraph that
// opens with the description's words): many sites open the standfirst with a kicker
// ("Schwere Schlappe für Boris Johnson: …", "WO MAN SICH TRIFFT …") before the words
// the description repeats, or split it into list items.
const (
	// leadKickerRunes bounds the kicker before the description's words: a few words,
	// less than a sentence.
	leadKickerRunes = 40
	// leadWholeMinUnits is the least text of a block that holds the whole description
	// and no more, when it is not a paragraph of its own (a standfirst in list items, a
	// one-sentence standfirst under the headline).
	leadWholeMinUnits = 40
	// leadWholeSlack is how much longer than the description such a block may be: its
	// words and a mark or two, not a byline or a caption beside them.
	leadWholeSlack = 1.1
)

// isLead reports whether block i reads as the page's standfirst: a paragraph whose text
// opens with want, the description's first words, perhaps after a kicker; or a block
// that holds the description whole, desc collapsed, and nothing else.
func (t *tree) isLead(i int32, want, desc string, descUnits int32) bool {
	b := &t.nodes[i]
	if b.ownUnits >= leadMinUnits {
		if float32(b.ownUnits) > leadMaxRatio*float32(descUnits) {
			return false
		}
		s := t.inlineText(i)
		at := strings.Index(s, want)
		return at == 0 || at > 0 && !t.spread && utf8.RuneCountInString(s[:at]) <= leadKickerRunes
	}
	if b.units < leadWholeMinUnits || float32(b.units) > leadWholeSlack*float32(descUnits) {
		return false
	}
	if isSubheading(b.tag) {
		return false
	}
	s := t.inlineText(i)
	return strings.HasPrefix(s, want) && (strings.HasPrefix(s, desc) || strings.HasPrefix(desc, s)) && isSentence(s) &&
		t.afterHeadline(i)
}

// headlineReach bounds the look back from a short lead to the headline above it: the
// nodes of a header (a kicker, a date, a share bar), not of a page.
const headlineReach = 200

// afterHeadline reports whether an <h1> that the page's titles name comes shortly before
// block i: a short lead is the headline's subtitle, where the same words in the site's
// banner above it are the site's tagline, which pages give as their description too.
func (t *tree) afterHeadline(i int32) bool {
	for j := i - 1; j > 0 && j >= i-headlineReach; j-- {
		if t.nodes[j].tag == atom.H1 && t.headlines.names(t.inlineText(j)) {
			return true
		}
	}
	return false
}

// leadTokens are the words of class and id values that name an article's standfirst:
// the paragraph under the headline that sums the story up ("article-lead", "intro-text",
// "entry-excerpt", "c-page-intro__copy"), in the words CMSs use in several languages
// ("chapo" and "chapeau" in French, "sapo" in Vietnamese, "entradilla" and "bajada" in
// Spanish, "vorspann" in German). Not "subtitle", "dek" or "subheadline": those name a
// one-line deck, a second title, more often than a summary (measured on the WCXB pages,
// whose truth leaves decks out).
var leadTokens = map[string]bool{
	"lead": true, "leader": true, "intro": true, "introduction": true, "standfirst": true,
	"summary": true, "excerpt": true, "teaser": true, "abstract": true, "chapo": true,
	"chapeau": true, "sapo": true, "entradilla": true, "bajada": true, "vorspann": true,
}

// Bounds of a standfirst found by its name.
const (
	// standfirstMinUnits: shorter blocks are labels and kickers, not a sentence.
	standfirstMinUnits = 40
	// standfirstMaxUnits: longer blocks are a part of the body, which selection judges.
	standfirstMaxUnits = 800
)

// leadAncestorKinds are the boilerplate kinds whose box holds no standfirst: a teaser
// named "teaser" inside a related box is another story's. Navigation is left out, since
// an article's <header> (a navigation tag on a page's top) often holds the standfirst.
const leadAncestorKinds = boilerKinds &^ (1 << cueNav)

// rescueStandfirst prepends to roots the standfirst of a story that the description did
// not find: the first block between the headline and the chosen text whose class, id or
// itemprop names it a standfirst or the page's description (schema.org's itemprop
// "description" on a story's visible summary), a sentence or a few with next to no
// links, when the chosen text does not hold its words already.
func (t *tree) rescueStandfirst(roots []int32) []int32 {
	if len(roots) == 0 || len(t.headlines) == 0 {
		return roots
	}
	first := roots[0]
	headline := false
	for i := int32(1); i < first; i++ {
		b := &t.nodes[i]
		if b.text || !b.block {
			continue
		}
		if b.tag == atom.H1 {
			headline = headline || t.headlines.names(t.inlineText(i))
			continue
		}
		if isSubheading(b.tag) {
			continue
		}
		if !headline || t.isAncestor(i, first) || b.units < standfirstMinUnits || b.units > standfirstMaxUnits ||
			b.linkDensity() > siblingMaxLinks || b.kinds&boilerKinds != 0 || !t.namedLead(i) || t.inBoilerplateApart(i, first) || t.inFigure(i) || t.holdsPicture(i) {
			continue
		}
		want := t.inlineText(i)
		if !(isSentence(want) || attr(b.n, "itemprop") == "description") || opensWithFirstName(want, t.authors) {
			continue
		}
		return t.leadBefore(roots, i, want)
	}
	return roots
}

// leadBefore returns roots with block i, whose text is want, put first: a lead found
// outside the chosen blocks; or roots as they are when one of them already holds the
// lead's opening (leadPrefix).
func (t *tree) leadBefore(roots []int32, i int32, want string) []int32 {
	if t.holdsOpening(roots, leadPrefix(want)) {
		return roots
	}
	return append([]int32{i}, roots...)
}

// holdsOpening reports whether one of blocks holds the text prefix.
func (t *tree) holdsOpening(blocks []int32, prefix string) bool {
	for _, r := range blocks {
		if strings.Contains(t.inlineText(r), prefix) {
			return true
		}
	}
	return false
}

// leadPrefix returns the opening of a lead's text by which the chosen blocks are
// searched for it: its first leadPrefixRunes runes.
func leadPrefix(s string) string {
	if r := []rune(s); len(r) > leadPrefixRunes {
		return string(r[:leadPrefixRunes])
	}
	return s
}

// namedLead reports whether block i's class, id or itemprop names it a standfirst.
func (t *tree) namedLead(i int32) bool {
	n := t.nodes[i].n
	return attr(n, "itemprop") == "description" || valueHasWord(attr(n, "class"), leadTokens) ||
		valueHasWord(attr(n, "id"), leadTokens)
}

// sentenceEnds are the runes that end a sentence, in the scripts winnow reads.
const sentenceEnds = ".!?…。！？।؟"

// isSentence reports whether s reads as prose rather than a one-line deck: it ends a
// sentence, or holds the end of one and goes on. A deck under the headline ("Best
// practices for staying in control") is a second title, which readers of the text skip
// as they skip the headline.
func isSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)")
	if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(sentenceEnds, r) {
		return true
	}
	return strings.Contains(s, ". ") || strings.Contains(s, "? ") || strings.Contains(s, "! ") || strings.Contains(s, "。")
}

// opensWithFirstName reports whether s opens with the first name of one of the authors
// and goes on in lower case ("Archie is a writer from …"): the author's biography, which
// sites print under the byline in a box named an excerpt.
func opensWithFirstName(s string, authors []string) bool {
	for _, a := range authors {
		first, _, _ := strings.Cut(strings.TrimSpace(a), " ")
		if utf8.RuneCountInString(first) < 2 || !strings.HasPrefix(s, first+" ") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[len(first)+1:]); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// holdsPicture reports whether block i holds a picture: a "lead" block with one is the
// story's lead picture ("lead-asset") and its caption, no standfirst.
func (t *tree) holdsPicture(i int32) bool {
	found := false
	t.walk(i, func(j int32) bool {
		switch t.nodes[j].tag {
		case atom.Img, atom.Picture, atom.Figure, atom.Video:
			found = true
		}
		return !found
	})
	return found
}

// inBoilerplate reports whether an ancestor of block i is marked as boilerplate of a
// kind that holds no standfirst (see leadAncestorKinds).
func (t *tree) inBoilerplate(i int32) bool {
	for p := t.nodes[i].parent; p != none; p = t.nodes[p].parent {
		if t.nodes[p].kinds&leadAncestorKinds != 0 {
			return true
		}
	}
	return false
}
