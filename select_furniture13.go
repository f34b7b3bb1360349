package winnow

import "strings"

// Furniture-only texts: when a script renders a page's content, the static page can
// leave the choice nothing but furniture: the "Sold out" badge of every card of a grid
// whose names and prices come later, or the copyright line of the footer. Such a text
// is no content, and the page is reported as having none (ErrNoContent), as a page with
// no text at all is; the metadata still comes back.

const (
	// furnitureMaxBytes bounds the texts looked at: a badge repeated over a grid or a
	// footer's line. Longer texts are never furniture alone, and are not split.
	furnitureMaxBytes = 1024
	// badgeMinRepeats is how many times one label must repeat, and be all the text, to
	// be a grid's badges: twice can be a heading and its echo.
	badgeMinRepeats = 3
	// badgeMaxWords bounds a badge's label ("Sold out", "Add to cart", "New in").
	badgeMaxWords = 4
)

// furnitureOnly reports whether text, the page's final text, is only furniture: one
// short label repeated as every paragraph (see badgeMinRepeats, badgeMaxWords), or a
// single paragraph that is a copyright notice (see isRightsNotice) of at most
// rightsTailMaxUnits after its sign.
func furnitureOnly(text string) bool {
	if text == "" || len(text) > furnitureMaxBytes {
		return false
	}
	first, n := "", 0
	for p := range strings.SplitSeq(text, "\n\n") {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "- "))
		if p == "" {
			continue
		}
		if n == 0 {
			first = p
		} else if p != first {
			return false
		}
		n++
	}
	if n >= badgeMinRepeats {
		return len(strings.Fields(first)) <= badgeMaxWords
	}
	if n == 1 && strings.Contains(first, copyrightSign) && isRightsNotice(first) {
		k := strings.Index(first, copyrightSign)
		return countUnits(first[k:]) <= rightsTailMaxUnits && !strings.Contains(first, "\n")
	}
	return false
}
