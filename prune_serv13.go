package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Drawn pictures: a product's landing page shows the product at work, and where it once
// put a screenshot it now draws the screen in HTML, so that it animates and stays sharp:
// an editor with its tabs and lines of code, an issue tracker with its columns of
// tickets, a chat with its avatars' names. The text is the picture's, not the page's
// ("ENG-2085", "Backlog 8", "const q = query()"), and the box is named for what it is
// ("PageSection_illustration", "hero-graphic", "app-mockup"). What the page says about
// the product sits beside the picture, under headings of its own; the picture holds
// none.

// drawnPictureWords are the words that name a box as a picture when a class or id token
// ends with one of them (after the parts in tooltipParts: "hero-graphic-container").
var drawnPictureWords = []string{"illustration", "mockup", "graphic"}

// drawnPictureMinUnits: a picture dropped holds a screenful of labels; less is a
// caption's sentence or an icon's label, which a reader reads as the page's.
const drawnPictureMinUnits = 300

// dropDrawnPictures marks, inside the chosen roots, the boxes named as pictures (see
// isDrawnPicture) that hold drawnPictureMinUnits of text and no heading.
func (t *tree) dropDrawnPictures(roots []int32) {
	t.dropMatching(roots, dropCue, func(i int32, b *blk) bool {
		return b.units >= drawnPictureMinUnits && b.headings == 0 && isDrawnPicture(b) && !t.holdsTag(i, atom.H1)
	})
}

// isDrawnPicture reports whether one of block b's class or id tokens names a picture
// (see drawnPictureToken).
func isDrawnPicture(b *blk) bool {
	if b.n == nil {
		return false
	}
	for _, a := range b.n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for tok := range strings.FieldsSeq(a.Val) {
			if drawnPictureToken(tok) {
				return true
			}
		}
	}
	return false
}

// drawnPictureToken reports whether a class token, its module hash left out (see
// trimModuleHash), ends with one of drawnPictureWords as a word of its own, followed by
// nothing or by one of tooltipParts ("graphic-container", "illustration__inner").
func drawnPictureToken(tok string) bool {
	tok = trimModuleHash(tok)
	for tok != "" {
		cut := strings.LastIndexAny(tok, "-_")
		last := tok[cut+1:]
		tok = tok[:max(cut, 0)]
		if last == "" {
			continue
		}
		for _, w := range drawnPictureWords {
			if strings.EqualFold(last, w) {
				return true
			}
		}
		if cut < 0 || !tooltipParts[strings.ToLower(last)] {
			return false
		}
	}
	return false
}

// Menu trees on spread pages: on a landing page whose content is spread over many
// blocks (see selectByMass), links are read as the content, the titles of what the page
// lists. A list made of links alone whose items hold lists of links in turn ("Services >
// Tax > Tax Planning") is no such list: it is the site's tree of pages, a menu a
// dropdown or a mega-menu prints in the page's body, with nothing but names in it.

// menuTreeLinks is the least share of a menu tree's text that its links hold: all of
// it, give or take a separator.
const menuTreeLinks = 0.95

// menuTreeMinBranches is the least number of items of a menu tree that open lists of
// their own; one such item is a list with a sub-point.
const menuTreeMinBranches = 3

// spreadMenuTree reports whether block i is a list (<ul> or <ol>) of links alone (see
// menuTreeLinks) of which menuTreeMinBranches items at least hold a list of their own.
func (t *tree) spreadMenuTree(i int32) bool {
	b := &t.nodes[i]
	if b.tag != atom.Ul && b.tag != atom.Ol || b.linkDensity() < menuTreeLinks {
		return false
	}
	branches := 0
	for c := b.first; c != none; c = t.nodes[c].next {
		if t.nodes[c].tag != atom.Li {
			continue
		}
		for g := t.nodes[c].first; g != none; g = t.nodes[g].next {
			if tag := t.nodes[g].tag; tag == atom.Ul || tag == atom.Ol {
				branches++
				break
			}
		}
	}
	return branches >= menuTreeMinBranches
}
