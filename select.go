package winnow

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file chooses the article: it scores the paragraph-like blocks, weighs the
// candidates by their cues, checks the choice against the prose mass of each subtree,
// and gathers the siblings that belong with it. Pruning inside the choice is in
// boilerplate.go; the choice on pages made of items is in select_pages.go.

// Scoring and selection weights. Each is a judgement about real pages; the comments say
// which. They were set on the project's own golden pages and checked on the dev sets.
const (
	// minParagraphUnits is the shortest own text that makes a block a paragraph: shorter
	// blocks are labels, buttons, bylines and link titles.
	minParagraphUnits = 25
	// unitsPerPoint and maxLengthPoints: a paragraph earns a point per 100 units of text,
	// at most 3, so one long block cannot outweigh several real paragraphs.
	unitsPerPoint   = 100
	maxLengthPoints = 3
	// maxPunctPoints caps the points from punctuation for the same reason.
	maxPunctPoints = 12
	// contentCueFactor and boilerCueFactor: how a class like "article-body" or
	// "related-news" scales a candidate's score. A factor rather than a bonus, so that a
	// tiny element named "field-content" cannot outscore the real body on its name.
	contentCueFactor = 1.3
	boilerCueFactor  = 0.4
	// promoteShare: an ancestor of the best candidate that holds other strong candidates
	// (at least this share of the best score) is the real container of a split body.
	promoteShare = 0.6
	// topCandidates is how many of the best candidates are looked at for promotion.
	topCandidates = 5
)

// Sibling gathering: the blocks beside the chosen container that belong to the article,
// such as a lead paragraph placed above the body container.
const (
	siblingScoreShare = 0.2  // a sibling scoring this share of the best joins it
	siblingMinScore   = 10   // … but never below this score
	siblingProseUnits = 80   // a plain paragraph of this length joins it
	siblingMaxLinks   = 0.25 // … if little of it is links
	// siblingStrongShare: a sibling scoring this share of the best joins it even with
	// more links (a second half of the body with a list of references in it).
	siblingStrongShare = 0.5
)

// score gives every paragraph-like block points for its length and punctuation, and adds
// them to its ancestors with a decay, so that the element holding most of the prose
// collects the highest score. Each candidate is then weighed by its cues and its link
// density. It returns the candidates with a score.
func (t *tree) score() []int32 {
	nodes := t.nodes
	var cands []int32
	for i := range nodes {
		b := &nodes[i]
		if b.text || !b.block || b.ownUnits < minParagraphUnits || b.inLink {
			continue
		}
		pts := 1 + min(float32(b.ownPunct), maxPunctPoints) +
			min(float32(b.ownUnits/unitsPerPoint), maxLengthPoints)
		// Decay: the parent takes it all, the grandparent half, then a sixth, a ninth.
		div := [...]float32{1, 2, 6, 9}
		p := b.parent
		for lvl := 0; lvl < len(div) && p != none; lvl++ {
			if nodes[p].score == 0 {
				cands = append(cands, p)
			}
			nodes[p].score += pts / div[lvl]
			p = nodes[p].parent
		}
	}
	for _, c := range cands {
		b := &nodes[c]
		if b.has(cueContent) {
			b.score *= contentCueFactor
		}
		if b.kinds&boilerKinds != 0 {
			b.score *= boilerCueFactor
		}
		b.score *= 1 - b.linkDensity()
	}
	return cands
}

// Mass selection: the container is the element whose subtree holds the most good text
// net of bad text.
const (
	// goodMinUnits: a block with at least this much text outside links is prose.
	goodMinUnits = 30
	// badLinkShare: a block with at least this share of its text in links is navigation.
	badLinkShare = 0.5
	// badWeight: how much a unit of bad text costs against a unit of good text.
	badWeight = 0.5
	// boilerMaxShare: an element marked as boilerplate by its class counts as such only
	// if it holds less than this share of the page's text (wrappers named "with-sidebar"
	// hold the article too).
	boilerMaxShare = 0.4
	// tightShare: the scored candidate replaces the mass choice when it holds this share
	// of the latter's good text.
	tightShare = 0.9
	// coverShare: when the densest block holds less than this share of the page's
	// prose, the content is spread (see selectByMass).
	coverShare = 0.6
)

// classify marks each block as good (prose), bad (navigation or marked boilerplate) or
// neither (short text), and sums good and bad units up the tree. On a discussion it
// counts again, with the comments as prose (see isDiscussion).
func (t *tree) classify() {
	if t.sumMass(t.markBoiler(false)) && t.isDiscussion() {
		t.sumMass(t.markBoiler(true))
	}
}

// markBoiler sets inBoiler on every block inside an element marked as boilerplate. With
// commentsContent, comment blocks are content (see isDiscussion). It reports whether
// any block was marked for its comment cue alone.
func (t *tree) markBoiler(commentsContent bool) (comments bool) {
	nodes := t.nodes
	page := float32(nodes[t.body].units)
	for i := 1; i < len(nodes); i++ {
		b := &nodes[i]
		b.inBoiler, b.good, b.bad = false, 0, 0
		if b.parent != none {
			b.inBoiler = nodes[b.parent].inBoiler
		}
		if !b.inBoiler && t.storyBoiler(int32(i)) {
			b.inBoiler = true
			continue
		}
		// <body>'s classes name the page's state ("popup-init", "menu-open"), never a box.
		// A consent dialog is boilerplate whatever its size (see consentBox).
		if !b.text && b.tag != atom.Body && b.kinds&boilerKinds != 0 && !b.has(cueContent) && t.trustCue(int32(i)) &&
			(float32(b.units) < page*boilerMaxShare || isStructuralAside(b) || b.kinds&(1<<cueOverlay) != 0 || !b.inBoiler && t.consentBox(int32(i))) &&
			!t.headsSection(int32(i)) && !t.headsItem(int32(i)) && !t.massKept(int32(i)) {
			if b.kinds&boilerKinds == 1<<cueComments {
				if commentsContent {
					continue
				}
				comments = comments || !b.inBoiler
			}
			b.inBoiler = true
		}
	}
	nodes[0].good, nodes[0].bad = 0, 0
	return comments
}

// sumMass counts each block's good and bad units (see classify) and sums them up the
// tree. It passes want through, so that classify reads as one expression.
func (t *tree) sumMass(want bool) bool {
	nodes := t.nodes
	for i := len(nodes) - 1; i >= 0; i-- {
		b := &nodes[i]
		if !b.text && b.block && b.ownUnits > 0 {
			own := b.ownUnits
			if !b.inBoiler {
				// PHP diagnostics are bad text (see diagUnits).
				diag := min(diagUnits(b.n), own-b.ownLink)
				b.bad += diag
				own -= diag
			}
			switch {
			case b.inBoiler || float32(b.ownLink) >= float32(own)*badLinkShare:
				b.bad += own
			case own-b.ownLink >= goodMinUnits:
				b.good += own - b.ownLink
				b.bad += b.ownLink
			}
		}
		if b.parent != none {
			nodes[b.parent].good += b.good
			nodes[b.parent].bad += b.bad
		}
	}
	return want
}

// selectByMass returns the element whose subtree holds the most good text net of bad
// text; the deepest one on ties.
func (t *tree) selectByMass() int32 {
	t.classify()
	best, bestVal := none, float32(0)
	for i := range t.nodes {
		b := &t.nodes[i]
		if b.text || b.tag == atom.Html || b.n.Type != html.ElementNode {
			continue
		}
		v := float32(b.good) - badWeight*float32(b.bad)
		if v > bestVal || v == bestVal && best != none && t.isAncestor(best, int32(i)) {
			best, bestVal = int32(i), v
		}
	}
	if best == none {
		return none
	}
	// Spread content: when the best block holds a small part of the page's prose, the
	// page is a listing, a catalogue or a landing page whose content is many similar
	// blocks; the container is then the smallest element that holds most of it.
	all := float32(t.nodes[t.body].good)
	if float32(t.nodes[best].good) < all*coverShare {
		for i := len(t.nodes) - 1; i >= 0; i-- {
			b := &t.nodes[i]
			if !b.text && b.n.Type == html.ElementNode && float32(b.good) >= all*coverShare {
				t.spread = true
				return int32(i)
			}
		}
	}
	return best
}

// selectMain picks the element that holds the article, the siblings that belong with
// it and the page's hero (see rescueHero). It returns their indices in document order,
// or nil when no candidate stands out.
func (t *tree) selectMain(cands []int32) []int32 {
	best := t.selectProse(cands)
	if best == none {
		if t.nodes[t.body].units == 0 {
			return nil
		}
		return []int32{t.body}
	}
	roots := t.gatherRiver(t.gatherSiblings(t.preferItems(best)))
	t.cardsRule(roots)
	roots = t.introEntries(t.articleRiver(t.footerOnly(t.furnitureChoice(t.mainListing(t.gridRule(roots))))))
	return t.categoryIntro(t.rescueHero(roots))
}

// selectProse picks the element that holds the most prose: the best scored candidate,
// promoted over a split body and checked against the choice by prose mass. It returns
// none when no block scored.
func (t *tree) selectProse(cands []int32) int32 {
	best := none
	for _, c := range cands {
		if c == t.body || c == 0 || t.nodes[c].tag == atom.Html {
			continue
		}
		if best == none || t.nodes[c].score > t.nodes[best].score {
			best = c
		}
	}
	if best == none {
		return none
	}
	best = t.promote(best, cands)
	t.massBest = t.selectByMass()
	if m := t.massBest; m != none {
		// The mass choice sets the region; the scored choice, when it lies inside it
		// and holds nearly all of its prose, is the tighter container of the same
		// text, without the banners and bylines around it.
		inside := !t.spread && (best == m || t.isAncestor(m, best))
		if !inside || float32(t.nodes[best].good) < float32(t.nodes[m].good)*tightShare && !t.namedBody(best, m) {
			best = m
		}
	}
	return best
}

// promote moves up from the best candidate to the ancestor that also holds other strong
// candidates: an article whose paragraphs are split between several wrappers.
func (t *tree) promote(best int32, cands []int32) int32 {
	top := t.topN(cands, topCandidates)
	limit := t.nodes[best].score * promoteShare
	for a := t.nodes[best].parent; a != none && a != t.body && a != 0; a = t.nodes[a].parent {
		if t.nodes[a].kinds&boilerKinds != 0 && !t.nodes[a].has(cueContent) {
			break
		}
		holds := 0
		for _, c := range top {
			if c != best && t.nodes[c].score >= limit && t.isAncestor(a, c) && !t.isAncestor(c, best) && !t.isAncestor(best, c) {
				holds++
			}
		}
		if holds > 0 {
			best = a
			limit = t.nodes[best].score * promoteShare
		}
	}
	return best
}

// topN returns the n best-scoring candidates.
func (t *tree) topN(cands []int32, n int) []int32 {
	top := make([]int32, 0, n+1)
	for _, c := range cands {
		if c == t.body || c == 0 {
			continue
		}
		pos := len(top)
		for pos > 0 && t.nodes[top[pos-1]].score < t.nodes[c].score {
			pos--
		}
		if pos < n {
			top = append(top, 0)
			copy(top[pos+1:], top[pos:])
			top[pos] = c
			if len(top) > n {
				top = top[:n]
			}
		}
	}
	return top
}

func (t *tree) isAncestor(a, n int32) bool {
	for p := t.nodes[n].parent; p != none; p = t.nodes[p].parent {
		if p == a {
			return true
		}
	}
	return false
}

// gatherSiblings returns best together with the siblings that belong to the article, in
// document order: strong candidates of their own, plain paragraphs of prose, and
// sub-headings that sit between kept blocks. They are looked for beside the outermost
// wrapper that holds nothing but best (see soleWrapper).
func (t *tree) gatherSiblings(best int32) []int32 {
	anchor := t.soleWrapper(best)
	parent := t.nodes[anchor].parent
	if parent == none {
		return []int32{best}
	}
	limit := max(siblingMinScore, t.nodes[best].score*siblingScoreShare)
	var out []int32
	var pendingHeading int32 = none
	for s := t.nodes[parent].first; s != none; s = t.nodes[s].next {
		b := &t.nodes[s]
		switch {
		case s == anchor:
			s = best
		case b.text || b.units == 0:
			continue
		case b.kinds&boilerKinds != 0 && !b.has(cueContent):
			pendingHeading = none
			continue
		case isSubheading(b.tag) && b.ownUnits < siblingProseUnits:
			pendingHeading = s
			continue
		case b.tag == atom.H1 || t.shortUnheaded(s):
			pendingHeading = none
			continue
		case b.score >= limit && b.linkDensity() < siblingMaxLinks:
		case b.score >= t.nodes[best].score*siblingStrongShare && b.linkDensity() < linkDenseBlock:
		case b.ownUnits >= siblingProseUnits && b.linkDensity() < siblingMaxLinks:
		default:
			pendingHeading = none
			continue
		}
		if pendingHeading != none && len(out) > 0 {
			out = append(out, pendingHeading)
		}
		pendingHeading = none
		out = append(out, s)
	}
	return out
}
