package winnow

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Captions set as paragraphs: many publishing systems print a picture's caption as a
// plain paragraph under it rather than in a <figcaption>, and close it with the picture's
// credit ("The Saucony Peregrine 16. Photo: iRunFar/Eszter Horanyi", "Guests pick their
// pastries. | Photo by Lisa Jennings", "Photo Courtesy of Noble Desktop"). The credit
// tells the line for what it is: the words under a picture, which readers of the story
// leave out with its credit (measured on the WCXB article pages, 63 such lines left out
// of the truth on ten sites, one kept). isCredit reads only a line that is the credit
// alone and short; these lines describe the picture first. A caption inside a figure is
// left to inFigure's rules: there it is the figure's text, which some readers keep.

// creditCaptionMaxUnits bounds a caption line: a sentence or two and the credit. A
// longer block is a paragraph of the story that happens to end on a name.
const creditCaptionMaxUnits = 300

// creditTailMaxRunes bounds the name after a credit label: a person, an agency or both
// ("iRunFar/Eszter Horanyi", "Wirestock Creators / Adobe Stock").
const creditTailMaxRunes = 50

// creditTailMaxWords bounds the words of that name: a sentence after the label is a
// caption that goes on describing, not a credit.
const creditTailMaxWords = 6

// captionCreditLabels are the labels (lower case, matched as words) that open a
// picture's credit at the end of a caption, in the languages of creditPrefixes. The
// longer labels come first, so that "photo by:" is read whole rather than as "photo".
var captionCreditLabels = []string{
	"photo courtesy of", "image courtesy of", "photos courtesy of", "images courtesy of",
	"photo courtesy", "image courtesy", "courtesy of",
	"photo credit:", "photo credits:", "image credit:", "image credits:", "picture credit:",
	"photo by:", "photos by:", "image by:", "photo by", "photos by", "photograph by", "image by",
	"photo:", "photos:", "image:", "picture:", "photograph:",
	"foto:", "fotos:", "bild:", "crédit photo :", "crédit photo:", "crédito:", "imagen:",
	"foto di", "foto de", "fotografía de", "ảnh:", "nguồn ảnh:",
}

// captionCreditPhrases are captionCreditLabels, read in one pass over a line: most
// paragraphs hold none, and are never read as a string.
var captionCreditPhrases = newPhraseSet(captionCreditLabels)

// captionCreditAnchors tell from the end of a paragraph's raw bytes whether it may
// hold one of captionCreditLabels (see anchorSet), so that most paragraphs are never
// lower-cased. They hold the labels with an anchor of four ASCII letters only: a label
// without one (Vietnamese "ảnh:") would let through every paragraph that holds a rune
// of its lead byte, which is most of a Vietnamese page; such labels are looked for
// word for word instead (see captionCreditWords).
var captionCreditAnchors = newAnchorSet(anchoredLabels(captionCreditLabels))

// captionCreditWords are the words of the labels without an anchor, in lower case, in
// title case and in upper case, as a caption writes them.
var captionCreditWords = unanchoredWords(captionCreditLabels)

// creditTailWindow is how many bytes at the end of a paragraph's text are read for a
// credit's label: the longest label and a name of a few words (see creditTailMaxRunes),
// with room for white space. A long paragraph costs no more than a short one; a label
// pushed further out (a name of long runes, a long run of the page's white space) is
// missed, and its caption kept.
const creditTailWindow = 160

// mayEndWithCredit reports whether the last creditTailWindow bytes of block i's text
// nodes may hold one of captionCreditLabels, reading the nodes from the last back.
func (t *tree) mayEndWithCredit(i int32) bool {
	window := creditTailWindow
	for j := t.subtreeEnd(i) - 1; j > i && window > 0; j-- {
		if !t.nodes[j].text {
			continue
		}
		s := t.nodes[j].n.Data
		if len(s) > window {
			s = s[len(s)-window:]
		}
		if captionCreditAnchors.mayHold(s) {
			return true
		}
		for _, w := range captionCreditWords {
			if strings.Contains(s, w) {
				return true
			}
		}
		window -= len(s)
	}
	return false
}

// anchoredLabels returns the labels that have an anchor (see phraseAnchor).
func anchoredLabels(labels []string) []string {
	var out []string
	for _, l := range labels {
		if _, ok := phraseAnchor(l); ok {
			out = append(out, l)
		}
	}
	return out
}

// unanchoredWords returns the last word of each label without an anchor (the word the
// credit's colon follows), in the three cases a caption writes it in, once each.
func unanchoredWords(labels []string) []string {
	var out []string
	for _, l := range labels {
		if _, ok := phraseAnchor(l); ok {
			continue
		}
		words := strings.Fields(strings.Trim(l, " :"))
		long := words[len(words)-1]
		r, n := utf8.DecodeRuneInString(long)
		for _, w := range []string{long, string(unicode.ToTitle(r)) + long[n:], strings.ToUpper(long)} {
			if w != "" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// Guards of dropCreditCaptions: a site that sets its captions as text does so under
// every picture, so a run of such lines confirms the layout where one line ending on a
// name may be the story's own; and the captions are beside the story, a small part of
// its text. A page made of captioned pictures (a slideshow, a gallery) has the captions
// for its content, and keeps them.
const (
	creditCaptionMinLines = 3    // the least caption lines of a page that drops them
	creditCaptionMaxShare = 0.25 // the largest share of the chosen text they may hold
)

// dropCreditCaptions drops, inside the chosen text, the short paragraphs outside figures
// that end with a picture's credit (see endsWithCredit): captions set as text, when the
// page has a run of them (see creditCaptionMinLines, creditCaptionMaxShare). A list
// item, a heading and a phrase of a sentence are left alone, and so is a discussion,
// whose posts may sign off with anything.
func (t *tree) dropCreditCaptions(roots []int32) {
	if t.keepComments || t.discussion {
		return
	}
	var lines []int32
	var units int32
	total := t.rootsUnits(roots)
	t.visitKept(roots, func(i int32, b *blk) bool {
		if !b.block || b.ownUnits == 0 || b.units > creditCaptionMaxUnits || b.paras > 1 ||
			b.tag == atom.Li || b.tag == atom.H1 || isSubheading(b.tag) ||
			!t.mayEndWithCredit(i) || t.inFigure(i) {
			return false
		}
		low := t.lowerWordsOf(i)
		if !phraseIn(captionCreditPhrases, low) || !endsWithCredit(string(low)) {
			return false
		}
		lines = append(lines, i)
		units += b.units
		return true
	})
	if len(lines) < creditCaptionMinLines || float32(units) > creditCaptionMaxShare*float32(total) {
		return
	}
	for _, i := range lines {
		t.nodes[i].drop = dropCredit
	}
}

// endsWithCredit reports whether the lower-cased line s ends with a picture's credit:
// one of captionCreditLabels, at the line's start or after the end of a sentence or a
// separator ("…", ". ", "| ", "— "), followed by a short name (see creditTailMaxRunes,
// creditTailMaxWords) and nothing else.
func endsWithCredit(s string) bool {
	s = strings.TrimSpace(s)
	for _, l := range captionCreditLabels {
		at := strings.LastIndex(s, l)
		if at < 0 || !creditLabelStarts(s, at) {
			continue
		}
		tail := strings.Trim(s[at+len(l):], " :.'\"‘’“”()")
		if tail == "" || utf8.RuneCountInString(tail) > creditTailMaxRunes ||
			len(strings.Fields(tail)) > creditTailMaxWords || strings.Contains(tail, ". ") {
			continue
		}
		return true
	}
	return false
}

// creditLabelStarts reports whether a label found at byte at of s opens the line or
// follows the end of a sentence or a separator: "photo:" in "a photo: the lake" is a
// phrase of the caption.
func creditLabelStarts(s string, at int) bool {
	before := strings.TrimRight(s[:at], " ")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?|—–-)(]/:;", r) || strings.ContainsRune(sentenceEnds, r)
}
