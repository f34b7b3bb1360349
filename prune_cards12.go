package winnow

// Closing runs: a run of teaser cards that follows the story is its promos and related
// posts ("Top resources", "Related articles"), whatever its cards say: their excerpts run
// to two or three sentences, long enough to pass for a listicle's described entries (see
// describedCard). A listicle's entries sit between the story's paragraphs (its
// conclusion follows them) or make the page themselves; promos come once the story has
// said its piece, with no paragraph of it after them.
const (
	// storyParaMinProse is the least text outside links of one of the story's
	// paragraphs: a few sentences, as describedCardProse asks of a described card.
	storyParaMinProse = describedCardProse
	// storyRunRatio is how many times the run's text the story before it must hold:
	// cards that outweigh the prose before them make the page (a landing page, a
	// listicle with a short intro), they do not trail it.
	storyRunRatio = 2
)

// storyPara reports whether block j is a paragraph of the story: a few sentences of its
// own, with few links.
func (t *tree) storyPara(j int32) bool {
	b := &t.nodes[j]
	return !b.text && b.block && b.ownUnits-b.ownLink >= storyParaMinProse && b.ownLink*5 < b.ownUnits
}

// closingRun reports whether the run of cards from start up to end (exclusive) trails
// the story: the nearest wrapper around it that holds a story storyRunRatio times the
// run's text before it holds no paragraph of the story after it. Only runs with a
// described card are asked: the others are teasers already.
func (t *tree) closingRun(start, end int32) bool {
	nodes := t.nodes
	described := false
	last := start
	var units int32
	for c := start; c != end; c = nodes[c].next {
		if !nodes[c].text && t.isCard(c) && t.describedCard(c) {
			described = true
		}
		units += nodes[c].units
		last = c
	}
	if !described {
		return false
	}
	// Climb to the wrapper whose story before the run outweighs it; the nodes between
	// an ancestor and the previous one are its descendants before the run (pre-order).
	var before int32
	box, prev := none, start
	for p := nodes[start].parent; p != none; p = nodes[p].parent {
		for j := p; j < prev; j++ {
			if t.storyPara(j) {
				before += nodes[j].ownUnits
			}
		}
		prev = p
		if before >= storyRunRatio*units {
			box = p
			break
		}
	}
	if box == none {
		return false
	}
	// The run's end and the box's, in pre-order.
	from := t.subtreeEnd(last)
	to := t.subtreeEnd(box)
	var after int32
	for j := from; j < to; j++ {
		if b := &nodes[j]; !b.text && b.block && b.ownLink*5 < b.ownUnits {
			after += b.ownUnits - b.ownLink
		}
	}
	return after < storyParaMinProse
}
