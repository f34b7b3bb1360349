package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Hero slogans: a landing or a service's page heads its hero with an <h1> that is a
// slogan ("Clarity, finally.", "Push your ideas to the web"), while its metadata titles
// name the product or the service ("Acme: Cloud Hosting"). On a story the <h1> is the
// headline, which the title gives and the text leaves out (see isHeadline); on a
// service's page a slogan is the first line of what the page says, and readers (and the
// WCXB annotators, in two service pages of three) keep it with the sections below it.
// Which kind of page it is only the page-type vote tells, and that vote reads the
// rendered text: the slogan comes back after it.

// heroSloganMinWords: a slogan says something ("Clarity, finally."); a one-word <h1>
// is a box's label ("Partners") or the site's name in a theme that sets it so.
const heroSloganMinWords = 2

// keepHeroSlogans gives back, on a page classified as a service's (see pageType) that
// declares itself no story, discussion or product and carries no date but its last
// save (see datedPost; a dated page is a post, whatever the vote says), each <h1>
// inside the roots that was left out as the title but is a slogan (see heroSlogan),
// and renders the text again with them. It reports whether it did.
func (t *tree) keepHeroSlogans(a *Article, roots []int32) bool {
	if a.PageType != typeService || t.story || t.discussion || t.product || datedPost(a) {
		return false
	}
	kept := false
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for j := r; j < end; j++ {
			if b := &t.nodes[j]; b.tag == atom.H1 && b.drop == dropTitle && t.heroSlogan(j) {
				b.drop = keep
				kept = true
			}
		}
	}
	if kept {
		a.Text = t.renderText(roots)
	}
	return kept
}

// heroTitleShare is the share of a hero <h1>'s words that a metadata title must hold
// for the <h1> to be the page's name: all of them, give or take a word's form. A slogan
// shares a word or three with the title ("The complete customer service solution"
// under "Customer service software for the best customer experiences"), which is
// enough for a story's headline (see headlineMatch) but not for a hero's.
const heroTitleShare = 0.9

// heroSlogan reports whether <h1> i is a slogan rather than the page's name: it holds
// heroSloganMinWords words at least and no metadata title holds its words (see
// heroTitleShare). An <h1> that repeats the title is the page's name, which the title
// gives.
func (t *tree) heroSlogan(i int32) bool {
	s := t.inlineText(i)
	if len(strings.Fields(s)) < heroSloganMinWords {
		return false
	}
	var w titleWords
	w.split(s)
	for k := range t.headlines {
		if in, _ := wordShares(&w, &t.headlines[k]); in >= heroTitleShare {
			return false
		}
	}
	return true
}

// Testimonials of loose stories: site plugins write og:type "article" on every page of
// a site, its landing and service pages too (see looseStory). keptByKind reads a box of
// customer quotes (see testimonialWords) beside a story as the site's advertisement,
// but a claim to be a story that rests on og:type alone does not make a landing page's
// quotes, which its customers say about what the page offers, an advertisement. A box
// of quotes in the site's furniture (a footer's carousel, see storyBoiler) stays out.

// looseTestimonials reports whether block i is a box of customer quotes (its class or
// id names testimonials) outside the site's furniture, on a page whose claim to be a
// story rests on og:type alone.
func (t *tree) looseTestimonials(i int32) bool {
	return t.looseStory && !t.storyBoiler(i) && t.hasAttrWord(i, testimonialWords)
}
