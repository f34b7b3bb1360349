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
