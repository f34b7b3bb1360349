package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Grid labels: a shop prints, on each card of a grid of products, the same few words
// beside the product's own: a badge ("Top Rated", "New Arrival", "Best seller", "Award
// Winner"), the labels of the card's fields ("Features:", "Price", "Key Features"), a
// state ("In Stock"). They name no product and say nothing about one; what gives them
// away is that the same short line stands alone, without a link or a figure, on many
// cards of the chosen text. A product's name, its price and its facts differ from card
// to card, and a heading of prose is printed once.

// Card label bounds.
const (
	// gridLabelMaxRunes bounds a card's label: a badge or a field's name.
	gridLabelMaxRunes = 24
	// gridLabelMaxWords bounds its words: "Weight With Batteries:" and "Take a
	// closer look" are labels, a line of five words or more is a product's name or a
	// sentence.
	gridLabelMaxWords = 4
	// gridLabelMinRepeats is how many times the same line must stand alone in the
	// chosen text: a grid's worth of cards, more than a section's two or three
	// headings that happen to read alike.
	gridLabelMinRepeats = 4
)

// dropGridLabels drops, on a shop's page or a page that declares a category, and on no
// story or thread, the short lines of the chosen text that are a grid's card labels (see
// the file's comment): a block whose text, without a link or a figure (see
// isGridLabel), stands alone at least gridLabelMinRepeats times.
func (t *tree) dropGridLabels(roots []int32) {
	if !(t.shop || t.category) || t.story || t.discussion {
		return
	}
	var counts map[string]int
	var labels []int32
	var texts []string
	t.visitKept(roots, func(i int32, b *blk) bool {
		if gridLabelExempt[b.tag] {
			return true
		}
		if !b.block || b.units == 0 || b.linkUnits > 0 || b.units > gridLabelMaxRunes*cjkUnits {
			return false
		}
		s := t.plainText(i)
		if !isGridLabel(s) || t.leadsList(i) {
			return false
		}
		if counts == nil {
			counts = map[string]int{}
		}
		counts[s]++
		labels, texts = append(labels, i), append(texts, s)
		return true
	})
	for k, i := range labels {
		if counts[texts[k]] >= gridLabelMinRepeats {
			t.nodes[i].drop = dropRepeat
		}
	}
}

// gridLabelExempt are the elements whose short lines repeat by structure: a table's
// cells, a list's items, code, and a form's controls and their labels.
var gridLabelExempt = map[atom.Atom]bool{
	atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Pre: true,
	atom.Form: true, atom.Select: true, atom.Button: true,
}

// isGridLabel reports whether s reads as a card's label: short (see gridLabelMaxRunes
// and gridLabelMaxWords), with a letter, and without a figure.
func isGridLabel(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > gridLabelMaxRunes {
		return false
	}
	words, letter := 1, false
	for _, r := range s {
		switch {
		case r == ' ':
			words++
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letter = true
		}
	}
	return letter && words <= gridLabelMaxWords
}

// leadsList reports whether the next element after block i, past blank text, is a list:
// the line is a lead-in to the list ("Deliverables include:"), which a service's cards
// print over each card's items and which belongs to them.
func (t *tree) leadsList(i int32) bool {
	for j := t.nodes[i].next; j != none; j = t.nodes[j].next {
		b := &t.nodes[j]
		if b.text && b.units == 0 {
			continue
		}
		return b.tag == atom.Ul || b.tag == atom.Ol
	}
	return false
}

// Back links: a long page's sections end, or open, with a link that jumps back up to
// the page's navigation or to the section that leads to them ("Back to Project", "Back
// to navigation", "Zurück zur Übersicht"): an anchor inside the page, not a part of
// the text.

// backLinkMaxRunes bounds a back link's text: a label, not a sentence.
const backLinkMaxRunes = 40

// backWords open a back link's label, lower-cased, in the languages of the sites.
var backWords = map[string]bool{
	"back": true, "zurück": true, "retour": true, "revenir": true, "volver": true, "regresar": true,
	"torna": true, "voltar": true, "terug": true, "tillbaka": true, "tilbage": true, "tilbake": true,
	"powrót": true, "wróć": true, "zpět": true, "назад": true, "вернуться": true, "返回": true,
	"戻る": true, "돌아가기": true, "quay": true,
}

// dropBackLinks drops, inside the chosen text, the links to an anchor of the page (an
// href that opens with '#') whose short label opens with a back word (see backWords).
func (t *tree) dropBackLinks(roots []int32) {
	t.dropMatching(roots, dropCue, func(i int32, b *blk) bool {
		if b.tag != atom.A || b.units == 0 || b.units > backLinkMaxRunes*cjkUnits {
			return false
		}
		if href := attr(b.n, "href"); len(href) < 2 || href[0] != '#' {
			return false
		}
		s := t.plainText(i)
		if utf8.RuneCountInString(s) > backLinkMaxRunes {
			return false
		}
		first, _, _ := strings.Cut(s, " ")
		return backWords[lowerCase(first)]
	})
}
