package winnow

import (
	"golang.org/x/net/html/atom"
)

// This file holds the pruning rules aimed at article pages: the boxes that sites put
// inside or right after the body of a story (related teasers with their excerpts, calls
// to subscribe or follow) and that read like prose.

// relatedBoxMinLinks is the least link density of a related box: its teasers' titles
// link to the stories they announce. A section of prose with hardly a link whose id
// merely holds the word ("using-suggested-by-and-fixes", a slug of its heading) is not
// one.
const relatedBoxMinLinks = 0.05

// isRelatedBox reports whether block b is marked as a box of related articles and not
// also as content. Such a box lists other stories with their excerpts, which read like
// prose (several paragraphs, few links), so its class is believed however much prose it
// holds. A block that also names itself content ("related-articles-text" inside the
// story's own wrapper) is left to the prose test.
func isRelatedBox(b *blk) bool {
	return b.has(cueRelated) && !b.has(cueContent) && b.linkDensity() >= relatedBoxMinLinks
}

// Trailing calls to the reader: the last lines of many articles ask the reader to
// subscribe, sign up, follow the site or support it. They are looked for among the last
// few lines only, since the same words inside the body are the article's own.
const (
	promoTailLines = 4   // how many of the last lines with text are looked at
	promoMaxUnits  = 300 // a call is a sentence or two, not a paragraph of the story
	// promoMinArticle: the chosen text must be an article of some length, not a
	// page whose only words are the call itself (a sign-up page, an empty shell).
	promoMinArticle = 5 * unitsPerPoint
	// disclaimerMaxUnits bounds a legal notice: a paragraph, longer than a call.
	disclaimerMaxUnits = 10 * unitsPerPoint
)

// dropTrailingPromos drops, among the last lines of the chosen text, the short ones that
// open with a call to subscribe, follow or support (see promoPrefixes) or with a count of
// comments (see commentCountWords), or that state the publisher's rights (see
// rightsNotices), and the legal notices below them (see disclaimerWords).
func (t *tree) dropTrailingPromos(roots []int32) {
	var total int32
	for _, r := range roots {
		total += t.nodes[r].units
	}
	if total < promoMinArticle {
		return
	}
	seen := 0
	for k := len(roots) - 1; k >= 0 && seen < promoTailLines; k-- {
		r := roots[k]
		if t.nodes[r].drop != keep {
			continue
		}
		for j := t.subtreeEnd(r) - 1; j >= r && seen < promoTailLines; j-- {
			b := &t.nodes[j]
			if b.text || !b.block || b.ownUnits == 0 || t.droppedWithin(j, r) {
				continue
			}
			seen++
			var lower string // the block's text in lower case, made once when needed
			noted := true    // whether lower may hold a notice (see notePhrases)
			if b.tag != atom.Li && b.paras <= 1 && b.units <= disclaimerMaxUnits {
				lower = t.lowerText(j)
				noted = notePhrases.inLower(lower)
			}
			if lower != "" && noted && hasDisclaimer(lower) {
				// A stack of legal notices closes some articles: each counts as
				// none of the last lines, so that the calls above them are reached.
				// Only a paragraph is looked at, never a block of several.
				b.drop = dropPromo
				seen--
				continue
			}
			// A list item is a point of the article ("Stay informed: visit your
			// dentist"), not a line addressed to the reader.
			if b.tag == atom.Li || b.units > promoMaxUnits || b.firstText == none {
				continue
			}
			if lower == "" {
				lower, noted = t.lowerText(j), true
			}
			first := t.nodes[b.firstText].n.Data
			if opensWithPromo(first) || isCommentCount(first) || noted && hasRightsNotice(lower) {
				b.drop = dropPromo
				t.tailNotes = append(t.tailNotes, blockText(b.n))
				// A stack of calls ("Follow us on …", "Subscribe to …", "Support
				// us …") counts as none of the last lines either, as the notices
				// above, so that the ones above it are reached.
				seen--
			}
		}
	}
}

// Disclosures that open an article: a note that its links earn the site a commission
// or that it is paid for. They are looked for among the first few lines only.
const (
	disclosureLines    = 3   // how many of the first lines with text are looked at
	disclosureMaxUnits = 400 // a disclosure is a sentence or three
)

// dropLeadingDisclosures drops, among the first lines of the chosen text, the short ones
// that disclose affiliate links or advertising (see disclosureWords).
func (t *tree) dropLeadingDisclosures(roots []int32) {
	t.leadingLines(roots, disclosureLines, func(j int32, b *blk) {
		if b.units <= disclosureMaxUnits && hasDisclosure(t.lowerText(j)) {
			b.drop = dropPromo
		}
	})
}

// leadingLines calls visit, in document order, on the first n blocks with text of their
// own among the chosen roots, passing over what is already dropped: the lines a reader
// meets first (a disclosure, a byline).
func (t *tree) leadingLines(roots []int32, n int, visit func(j int32, b *blk)) {
	seen := 0
	for _, r := range roots {
		if t.nodes[r].drop != keep {
			continue
		}
		end := t.subtreeEnd(r)
		for j := r; j < end && seen < n; j++ {
			b := &t.nodes[j]
			if b.text || !b.block || b.ownUnits == 0 || t.droppedWithin(j, r) {
				continue
			}
			seen++
			visit(j, b)
		}
		if seen >= n {
			return
		}
	}
}

// lowerText returns the words of block i, lower-cased and joined by single spaces (see
// plainText).
func (t *tree) lowerText(i int32) string {
	return lowerWords(t.plainWords(i))
}

// dropMatching marks with why, inside each of the chosen roots, the outermost kept
// elements (never text nodes, never a root itself) that match says are to go. A
// subtree already dropped is passed over whole, and so is the subtree of a block once
// it is marked, so that match is asked about each element at most once.
func (t *tree) dropMatching(roots []int32, why dropReason, match func(i int32, b *blk) bool) {
	t.visitKept(roots, func(i int32, b *blk) bool {
		if match(i, b) {
			b.drop = why
			return true
		}
		return false
	})
}

// visitKept calls visit, in document order, on the kept elements (never text nodes,
// never a root itself) inside each of the chosen roots. A subtree already dropped is
// passed over whole, and so is the subtree of an element for which visit reports true
// (it took the element whole), so that visit sees each element at most once.
func (t *tree) visitKept(roots []int32, visit func(i int32, b *blk) bool) {
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for i := r + 1; i < end; {
			b := &t.nodes[i]
			if b.drop != keep {
				i = t.subtreeEnd(i)
				continue
			}
			if !b.text && visit(i, b) {
				i = t.subtreeEnd(i)
				continue
			}
			i++
		}
	}
}

// subtreeEnd returns the index just past the subtree of i.
func (t *tree) subtreeEnd(i int32) int32 {
	for p := i; p != none; p = t.nodes[p].parent {
		if n := t.nodes[p].next; n != none {
			return n
		}
	}
	return int32(len(t.nodes))
}

// droppedWithin reports whether block j or one of its ancestors up to root r is dropped.
func (t *tree) droppedWithin(j, r int32) bool {
	for p := j; p != none; p = t.nodes[p].parent {
		if t.nodes[p].drop != keep {
			return true
		}
		if p == r {
			break
		}
	}
	return false
}

// Orphan headings: once the boxes after an article are gone, the heading of one of them
// may be left behind as its last line ("Weitere Tourentipps in Schweden", "Top Themen der
// Redaktion"). An article does not end on a heading. A run of headings that ends it is a
// list of titles (the names of the products reviewed, the sections of a page) and stays;
// so does a label that ends with a colon, whose link or video the reader sees below it.

// dropOrphanHeading drops the sub-heading that closes the chosen text, unless the line
// before it is a heading too, or the text is a listing (whose items may end on a title).
func (t *tree) dropOrphanHeading(roots []int32) {
	var total int32
	for _, r := range roots {
		total += t.nodes[r].units
	}
	if total < promoMinArticle || t.listed {
		return
	}
	var last int32 = none
	for k := len(roots) - 1; k >= 0; k-- {
		r := roots[k]
		if t.nodes[r].drop != keep {
			continue
		}
		for j := t.subtreeEnd(r) - 1; j >= r; j-- {
			b := &t.nodes[j]
			if b.text || !b.block || b.ownUnits == 0 || t.droppedWithin(j, r) {
				continue
			}
			if last == none {
				if !isSubheading(b.tag) || b.units > maxHeadingRunes || !t.endsWithin(j, r) {
					return
				}
				last = j
				continue
			}
			if !isSubheading(b.tag) && !t.inHeading(j) {
				t.nodes[last].drop = dropHeading
			}
			return
		}
	}
}

// inHeading reports whether block j lies inside a sub-heading.
func (t *tree) inHeading(j int32) bool {
	for p := t.nodes[j].parent; p != none; p = t.nodes[p].parent {
		if isSubheading(t.nodes[p].tag) {
			return true
		}
	}
	return false
}

// endsWithin reports whether no text follows block j inside root r: j is r's last line,
// not a title its item's own text follows ("<li><h3>Chair</h3>€ 39</li>").
func (t *tree) endsWithin(j, r int32) bool {
	for p := j; p != r && p != none; p = t.nodes[p].parent {
		for s := t.nodes[p].next; s != none; s = t.nodes[s].next {
			if t.nodes[s].units > 0 && t.nodes[s].drop == keep {
				return false
			}
		}
	}
	return true
}
