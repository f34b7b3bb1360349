package winnow

import "strings"

// This file holds the rules of the eleventh round aimed at article pages.
//
// Credits under pictures: a caption is the picture's text and is kept with it (see
// inFigure), but many publishing systems give a picture a caption that is only its credit,
// set in a caption element of its own ("Credit: Serious Eats", "Image credit: Eurogamer",
// "Photo credit: Janome.com"). Such a line names who made the picture and says nothing of
// it, and readers leave it out with the other credits. Only a label that says credit or
// source outright is believed inside a figure: a caption that opens with "Photo:" or
// "Bild:" may go on to describe the picture.

// figureCreditPrefixes open a caption that is only a picture's credit (lower case, matched
// at its start after an opening parenthesis), in the languages of creditPrefixes.
var figureCreditPrefixes = []string{
	"credit:", "credits:", "image credit:", "photo credit:", "picture credit:",
	"image credits:", "photo credits:", "image source:", "photo source:", "picture source:",
	"crédit:", "crédits:", "crédit photo :", "crédit photo:", "crédits photos :", "crédits photos:",
	"crédito:", "créditos:", "bildquelle:", "fotoquelle:", "bildnachweis:", "fotonachweis:",
}

// figureCreditOpenings are figureCreditPrefixes by their first byte.
var figureCreditOpenings = newPrefixIndex(figureCreditPrefixes)

// isFigureCredit reports whether a short text inside a figure is the picture's credit
// alone: it opens with one of figureCreditPrefixes.
func isFigureCredit(s string) bool {
	s = strings.TrimLeft(s, "( ")
	var buf [maxStackLower]byte
	if low, ok := lowerASCII(buf[:0], s); ok {
		return opensWith(figureCreditOpenings, low)
	}
	return opensWith(figureCreditOpenings, lowerCase(s))
}

// Reading times off stories: dropReadingTimes looks only at pages that declare a story,
// but many blogs and newsrooms declare nothing (og:type website, a bare WebPage) and
// print the same estimate beside their byline ("Dec 17, 2025 · 6 min read"): the
// estimate alone is the site's, not the writer's. A discussion is left (a line is a
// poster's), and so is a page whose content is spread over many blocks (a listing), where
// the estimate under each teaser is part of the entry as much as its date.

// dropUndeclaredReadingTimes drops, on a page that does not declare a story (those are
// dropReadingTimes' business), is no discussion and whose content is not spread, the
// short blocks that are a reading time alone (see isReadingTime).
func (t *tree) dropUndeclaredReadingTimes(roots []int32) {
	if t.story || t.keepComments || t.discussion || t.spread {
		return
	}
	t.dropMatching(roots, dropDateline, func(i int32, b *blk) bool {
		return b.units > 0 && b.units <= readingTimeMaxUnits && isReadingTime(t.lowerText(i))
	})
}
