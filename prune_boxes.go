package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the rules for boxes that sit inside an article's container and read
// like prose, so that neither their class nor their links give them away: forms (a
// sign-up, a request for a download, a search), lists of teasers for other stories
// whose excerpts stop short, and the comments under a post.

// judgeBox decides whether block i, which the general rules keep, is one of the boxes
// this file knows. total is the chosen text's size.
func (t *tree) judgeBox(i int32, total int32) dropReason {
	b := &t.nodes[i]
	if t.isGallery(i, total) {
		return dropGallery
	}
	if float32(b.units) > float32(total)*maxDropShare {
		// A block that holds most of the article is the article, whatever wraps it
		// (an ASP.NET page puts all of its body in one <form>).
		return keep
	}
	// A story's sign-up form, and a thread's reply form, are no content.
	if b.tag == atom.Form && (t.story || t.replyForms()) && b.linkDensity() <= formMaxLinks && takesWriting(b.n) {
		return dropForm
	}
	if t.story && b.block && b.tag != atom.Form && b.tag != atom.P && b.units <= signupBoxMaxUnits &&
		b.linkDensity() <= formMaxLinks {
		if form := t.writingForm(i); form != none && b.units-t.nodes[form].units <= signupCallUnits {
			return dropForm
		}
	}
	if t.isExcerptList(i) {
		return dropCards
	}
	return keep
}

// A sign-up box around a form: a call ("Get our alerts in your inbox"), the form, a line
// on privacy. Its form alone may hold the privacy notice's links and look like
// navigation; the box around it, with its call, does not.
const (
	// signupBoxMaxUnits bounds the box: a call, a form, a notice.
	signupBoxMaxUnits = 3 * unitsPerPoint
	// signupCallUnits bounds the box's text outside its form: the call, a sentence.
	// More is content that holds a form of its own (a recipe's ingredients beside the
	// field for the number of servings).
	signupCallUnits = 2 * unitsPerPoint
)

// writingForm returns the first form in block i with a field to write into (see
// takesWriting), or none.
func (t *tree) writingForm(i int32) int32 {
	found := none
	t.walk(i, func(j int32) bool {
		if n := t.nodes[j].n; t.nodes[j].tag == atom.Form && n.Type == html.ElementNode && takesWriting(n) {
			found = j
		}
		return found == none
	})
	return found
}

// formMaxLinks: a form is a box to fill in, with hardly a link. A "form" of many links
// is a page's wrapper or a menu, and is left to the other rules.
const formMaxLinks = 0.3

// writingInputs are the <input> types a reader writes into: a name, an address, a
// search. A form with one asks something of the reader (to sign up, to comment, to
// search); a form of only choices and buttons (a product's options and its basket
// button, a calculator's questions) is part of what the page offers.
var writingInputs = map[string]bool{"text": true, "email": true, "search": true, "password": true, "url": true}

// takesWriting reports whether form n holds a field to write into: a <textarea> or an
// <input> of one of writingInputs. An <input> with no type is a text field.
func takesWriting(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Textarea:
			return true
		case atom.Input:
			if ty := strings.ToLower(strings.TrimSpace(attr(c, "type"))); ty == "" || writingInputs[ty] {
				return true
			}
		}
		if takesWriting(c) {
			return true
		}
	}
	return false
}

// Teaser lists: "Also in the news" and the like list other stories, each with its title
// (a link) and the opening words of its text, cut short with an ellipsis. Their excerpts
// read like prose, so they pass the link-density and prose rules; the cut is what gives
// them away.
const (
	// minExcerpts is how many cut-short excerpts make a list of teasers: one or two
	// may be the article's own quotation ("…") or a trailing thought.
	minExcerpts = 3
	// excerptMaxUnits bounds one teaser: a title and a few lines of its story.
	excerptMaxUnits = 6 * unitsPerPoint
	// excerptListShare: the teasers make at least this share of the list's text.
	excerptListShare = 0.6
)

// isExcerptList reports whether block i holds at least minExcerpts children that are
// teasers (see isExcerpt), and little else.
func (t *tree) isExcerptList(i int32) bool {
	b := &t.nodes[i]
	// Each teaser's title is a link: a block without links holds none.
	if b.units < minExcerpts*unitsPerPoint/2 || b.linkUnits == 0 {
		return false
	}
	n, units := 0, int32(0)
	for c := b.first; c != none; c = t.nodes[c].next {
		if !t.nodes[c].text && t.isExcerpt(c) {
			n++
			units += t.nodes[c].units
		}
	}
	return n >= minExcerpts && float32(units) >= excerptListShare*float32(b.units)
}

// isExcerpt reports whether block i is a teaser: short, holding a line that is all link
// (the title of the story it announces) and text cut short with an ellipsis.
func (t *tree) isExcerpt(i int32) bool {
	b := &t.nodes[i]
	// A table's rows are its data, even when a row links to a section and sums it up.
	if b.units == 0 || b.units > excerptMaxUnits || b.linkUnits == 0 || b.tag == atom.Tr {
		return false
	}
	title, cut := false, false
	t.walk(i, func(j int32) bool {
		n := &t.nodes[j]
		if j != i && n.block && n.units > 0 && n.linkUnits == n.units {
			title = true
		}
		if n.text && n.units > 0 && endsCut(n.n.Data) {
			cut = true
		}
		return !(title && cut)
	})
	return title && cut
}

// cutMarks end an excerpt that stops mid-story: an ellipsis, in the ways sites write it,
// and the bracketed one WordPress puts after its automatic excerpts.
var cutMarks = []string{"...", "…", "[…]", "[...]", "(...)", "(…)"}

// endsCut reports whether text ends with a cut mark.
func endsCut(s string) bool {
	s = strings.TrimRight(s, " \t\n\r\u00a0")
	for _, m := range cutMarks {
		if strings.HasSuffix(s, m) {
			return true
		}
	}
	return false
}

// storyMinUnits is how much text outside the comments makes a page that declares itself
// an article a story with comments under it rather than a discussion: several
// paragraphs. A forum thread or a Q&A page that calls itself an article has little
// besides its posts.
const storyMinUnits = 20 * unitsPerPoint

// commentedStory reports whether the page is an article whose readers' comments outweigh
// it: it declares itself an article, and holds at least storyMinUnits of text (prose)
// outside its comment blocks. Its comments stay boilerplate however long they run.
func (t *tree) commentedStory(prose int32) bool {
	return t.story && prose >= storyMinUnits
}

// runInLabel reports whether text node first, which opens block h, is the run-in label of
// a paragraph or a list item of prose ("<li><b>Weather:</b> The climate of …"), ending with
// a colon: the words of a line, not the heading of a box, whatever cue they spell.
func (t *tree) runInLabel(h, first int32) bool {
	b := &t.nodes[h]
	return (b.tag == atom.Li || b.tag == atom.P || b.tag == atom.Dd) && b.ownUnits > maxHeadingRunes &&
		b.linkDensity() < linkDenseBlock && endsLabel(t.nodes[first].n.Data)
}

// endsLabel reports whether text ends with a colon, as a run-in label does ("Weather:").
func endsLabel(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// isCode reports whether tag holds code, which pruning keeps whole: its highlighter's
// classes name what each token is ("hljs-comment", "token tag"), not a box of the page.
func isCode(tag atom.Atom) bool { return tag == atom.Pre || tag == atom.Code }
