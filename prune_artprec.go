package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// callButtonMaxUnits bounds a call button: a few words ("Get a quote", "Check price on
// Amazon", "Start my free trial").
const callButtonMaxUnits = 40

// dropCallButtons drops, inside the chosen text, the links drawn as buttons (a class word
// btn or button) that stand on a line of their own: a call to act ("Get a quote", "View
// on Amazon", "Start now") that a site sets between the paragraphs of a story or after
// it. A link that is a phrase of a sentence stays with its sentence.
func (t *tree) dropCallButtons(roots []int32) {
	t.dropMatching(roots, dropButton, func(i int32, b *blk) bool {
		if b.tag != atom.A || !t.isCallButton(i) {
			return false
		}
		t.buttons = append(t.buttons, blockText(b.n))
		return true
	})
}

// isCallButton reports whether link i is a short button of its own line: all its text
// is the link's, and the element around it says little else. An inline parent with as
// much text again beside the link, or a paragraph with twice its length, holds the link
// as a phrase of a sentence.
func (t *tree) isCallButton(i int32) bool {
	b := &t.nodes[i]
	if b.units == 0 || b.units > callButtonMaxUnits || b.linkUnits < b.units {
		return false
	}
	if p := b.parent; p != none {
		pb := &t.nodes[p]
		if !pb.block && pb.ownUnits-b.units >= b.units || pb.tag == atom.P && pb.ownUnits > 2*b.units {
			return false
		}
	}
	return classHasButton(b.n) && !wrapsHeading(b.n) // a heading's link is a title (see wrapsHeading)
}

// classHasButton reports whether n's class holds a button word (see buttonTokens).
func classHasButton(n *html.Node) bool {
	_, w := attrCues(attr(n, "class"))
	return w&wordButton != 0
}

// shapeText returns the text the page type reads for its shape (see textShape): the
// rendered text with the labels of the call buttons left out of it, which are short
// blocks of the page all the same (a landing page's "Get started", "Book a demo").
func (t *tree) shapeText(text string) string {
	if t == nil || len(t.buttons) == 0 {
		return text
	}
	return text + "\n\n" + strings.Join(t.buttons, "\n\n")
}

// tocLabels are the labels that open a table of contents, in the languages of the
// heading tables: the list under them links to the article's own sections, and a reader
// of the text has the sections themselves.
var tocLabels = buildHeadingIndex([]langCues{{phrases: map[cueKind][]string{cueUI: {
	"Table of contents", "Contents", "Jump to", "Jump to section", "Jump to a section", // en
	"Mục lục",          // vi
	"目录", "目錄", "文章目录", // zh
	"目次", "この記事の目次", // ja
	"목차",                                                    // ko
	"Índice", "Tabla de contenidos", "Índice de contenidos", // es
	"Sumário", "Conteúdo", // pt
	"Sommaire", "Table des matières", // fr
	"Inhaltsverzeichnis", "Inhalt", // de
	"Indice", "Sommario", "Indice dei contenuti", // it
	"Spis treści",              // pl
	"Содержание", "Оглавление", // ru
	"Daftar Isi",                  // id
	"สารบัญ",                      // th
	"المحتويات", "جدول المحتويات", // ar
	"İçindekiler",             // tr
	"विषय सूची",               // hi
	"Inhoudsopgave", "Inhoud", // nl
}}}})

// isTOCLabel reports whether s, normalised as headings are, is one of tocLabels. The
// key is built in a buffer on the stack, as lookupHeading builds its own.
func isTOCLabel(s string) bool {
	if len(s) > maxHeadingText {
		return false
	}
	var buf [maxHeadingRunes * utf8.UTFMax]byte
	key := appendNormHeading(buf[:0], s)
	return len(key) > 0 && tocLabels[string(key)] != cueNone
}

// dropContentsTables drops, inside the chosen text, the label of a table of contents
// (see tocLabels) with the list of links to the page's own sections after it. The label
// is dropped only where its list goes with it: when the block after it links only to
// anchors of the page, or when nothing kept follows it in its box (the list was
// dropped as link-dense, or is drawn by a script). A label over anything else (a
// section called "Contents" that lists documents) stays.
func (t *tree) dropContentsTables(roots []int32) {
	t.visitKept(roots, func(i int32, b *blk) bool {
		if !b.block || b.units == 0 || b.units > maxHeadingRunes || b.paras > 1 || !isTOCLabel(t.inlineText(i)) {
			return false
		}
		if next := t.nextKept(i); next == none {
			b.drop = dropHeading
		} else if t.anchorList(next) || t.listsHeadings(next, roots) {
			b.drop = dropHeading
			t.nodes[next].drop = dropHeading
		}
		return true
	})
}

// nextKept returns the first sibling after i that holds kept text, or none.
func (t *tree) nextKept(i int32) int32 {
	for s := t.nodes[i].next; s != none; s = t.nodes[s].next {
		if n := &t.nodes[s]; n.units > 0 && n.drop == keep {
			return s
		}
	}
	return none
}

// anchorList reports whether block i is mostly links and every link in it points to
// an anchor of one page ("#setup", or "/guide/#setup" written out in full): a table of
// contents.
func (t *tree) anchorList(i int32) bool {
	b := &t.nodes[i]
	if b.linkUnits*2 < b.units {
		return false
	}
	page, links, only := "", 0, true
	t.walk(i, func(j int32) bool {
		if n := t.nodes[j].n; t.nodes[j].tag == atom.A && n.Type == html.ElementNode {
			if href, ok := hrefOf(n); ok {
				before, _, anchor := strings.Cut(strings.TrimSpace(href), "#")
				if links == 0 {
					page = before
				}
				links++
				only = anchor && before == page
			}
		}
		return only
	})
	return only && links > 0
}

// tocMatchShare is the least share of a list's items that must repeat a heading of the
// text for the list to be the text's table of contents.
const tocMatchShare = 0.8

// listsHeadings reports whether block i is a list whose items repeat the headings of
// the chosen text: a table of contents that a script makes live, with no links. Items
// and headings are compared as headings are looked up (see normHeading), so only short
// ones can match.
func (t *tree) listsHeadings(i int32, roots []int32) bool {
	if tag := t.nodes[i].tag; tag != atom.Ul && tag != atom.Ol {
		return false
	}
	heads := map[string]bool{}
	for _, r := range roots {
		t.walk(r, func(j int32) bool {
			if isSubheading(t.nodes[j].tag) {
				if k := normHeading(t.inlineText(j)); k != "" {
					heads[k] = true
				}
			}
			return true
		})
	}
	items, found := 0, 0
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		if t.nodes[c].tag != atom.Li || t.nodes[c].units == 0 {
			continue
		}
		items++
		if k := normHeading(t.inlineText(c)); k != "" && heads[k] {
			found++
		}
	}
	return items >= minTOCItems && float64(found) >= tocMatchShare*float64(items)
}

// minTOCItems is the least number of items of a table of contents: two sections.
const minTOCItems = 2

// hrefOf returns n's href and whether it has one.
func hrefOf(n *html.Node) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == "href" {
			return a.Val, true
		}
	}
	return "", false
}

// ctaBoxMaxUnits bounds a call-to-act box inside a story: a heading, a line or two and a
// button. A longer block named so is a section of the page, left to the other rules.
const ctaBoxMaxUnits = 6 * unitsPerPoint

// dropCallBoxes drops, inside a story's chosen text, the short boxes whose class names a
// call to act ("mini-cta", "post-cta", "learn-cta", "ctaBanner"): a line that sends the
// reader to a product, a trial, a quiz or a quote, set in the story's flow. Only a page
// that declares itself an article by more than its og:type is looked at: on a landing
// page (which plugins give og:type article too) such boxes are the page's own offer.
func (t *tree) dropCallBoxes(roots []int32) {
	if !t.story || t.looseStory || t.keepComments {
		return
	}
	var total int32
	for _, r := range roots {
		total += t.nodes[r].units
	}
	var boxes []int32
	t.visitKept(roots, func(i int32, b *blk) bool {
		if !b.block || b.units == 0 || b.units > ctaBoxMaxUnits || float32(b.units) > ctaBoxShare*float32(total) ||
			!hasCallWord(attr(b.n, "class")) {
			return false
		}
		boxes = append(boxes, i)
		return true
	})
	if len(boxes) > maxCallBoxes {
		return
	}
	for _, i := range boxes {
		t.nodes[i].drop = dropPromo
	}
}

// ctaBoxShare bounds a call box's share of the chosen text: a story's aside, not a
// page made of such boxes (a landing page that declares itself an article).
const ctaBoxShare = 0.1

// maxCallBoxes: a story sets one or two call boxes in its flow; more are a grid of the
// page's offers or a listing drawn with a call-to-action widget, and all stay.
const maxCallBoxes = 3

// callWords name a call to act in a class: "cta" is the common abbreviation.
var callWords = map[string]bool{"cta": true, "ctas": true}

// hasCallWord reports whether a class value holds one of callWords as a word of its own:
// the words of a name are split at punctuation, digits and lower-to-upper case changes
// ("mini-cta", "ctaBox"), so that "octagon" or "directa" hold none.
func hasCallWord(v string) bool {
	start := -1
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
		}
		upper := 'A' <= c && c <= 'Z'
		letter := upper || 'a' <= c && c <= 'z'
		if start >= 0 && (!letter || upper && 'a' <= v[i-1] && v[i-1] <= 'z') {
			if callWords[strings.ToLower(v[start:i])] {
				return true
			}
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
	}
	return false
}
