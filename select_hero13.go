package winnow

// Modified-only dates: a site's SEO plugin writes the time the page was last saved
// (article:modified_time, dateModified) on every page, its landing and service pages
// too, and the date rules fall back to it when nothing says when the page was
// published. A page whose only date is its last edit is not thereby a post: the date
// guard of keepHeroSlogans reads a publication date, not a save.

// datedPost reports whether the page gives a date that is not merely its last
// modification: a publication date, or a date shown in the page that differs from the
// last save's instant.
func datedPost(a *Article) bool {
	return !a.Date.IsZero() && !a.Date.Equal(a.Modified)
}

const (
	// heroQuietMaxUnits bounds a hero that links little (see heroQuietLinks): a
	// service's hero may carry, besides its headline and intro, its plan cards or a
	// line of proof, and still be the page's opening. A banner of teasers or a
	// mega-menu links most of what it says.
	heroQuietMaxUnits = 3 * heroMaxUnits
	// heroQuietLinks: the share of a hero's text in links under which it may say
	// more than heroMaxUnits; its buttons only.
	heroQuietLinks = 0.1
)

// heroHeaderMax is the most text a hero may hold, a header inside the chosen container
// (see heroHeader) or the block around the headline above it (see rescueHero): more
// when it links little. A guide's or a service's intro of several paragraphs beside
// its <h1> is such a hero.
func heroHeaderMax(b *blk) int32 {
	if b.linkDensity() < heroQuietLinks {
		return heroQuietMaxUnits
	}
	return heroMaxUnits
}
