package winnow

// This file holds a check on the choice by prose mass (see selectProse): on a page that
// declares an article, the scored container that names itself the body stands for the
// article even when the region around it holds more prose after it.

// Named bodies: on a story, the mass choice often reaches up to a wrapper that holds the
// article's body and, below it, the prose of the page's furniture (an FAQ, customer
// quotes, teasers of other posts with their summaries), which outweighs the scored body's
// tenth of margin that tightShare allows. When the scored container carries a content cue
// ("article-body", "post-content", "entry-content") and the wrapper holds next to no prose
// above it, the body begins the wrapper's prose and what follows it is the page's, not
// the article's: the named body is the choice.
const (
	// namedBodyShare: the named body holds at least this share of the wrapper's prose;
	// below it, the rest is more likely a second half of the article than furniture.
	namedBodyShare = 0.6
	// namedLeadShare: the wrapper's prose above the named body is at most this share of
	// the body's (a standfirst or a byline line, which rescueLead brings back); more, and
	// the body is one section of a longer text.
	namedLeadShare = 0.05
)

// namedBody reports whether best, a scored container inside the mass choice m, is the
// article's body on its own (see namedBodyShare): the page declares a story and is no
// discussion (whose replies follow the first post as content), best carries a content cue,
// holds namedBodyShare of m's prose, and m's prose above it is under namedLeadShare of it.
func (t *tree) namedBody(best, m int32) bool {
	b := &t.nodes[best]
	if !t.story || t.discussion || best == m || !b.has(cueContent) ||
		float32(b.good) < float32(t.nodes[m].good)*namedBodyShare {
		return false
	}
	if t.standfirstLead(best, m) {
		return !t.splitBody(best, m)
	}
	limit := float32(b.good) * namedLeadShare
	var lead float32
	for a := best; a != m && a != none; a = t.nodes[a].parent {
		p := t.nodes[a].parent
		if p == none {
			break
		}
		for s := t.nodes[p].first; s != a && s != none; s = t.nodes[s].next {
			if lead += float32(t.nodes[s].good); lead > limit {
				return false
			}
		}
	}
	return !t.splitBody(best, m)
}

// splitBody reports whether m holds, after best, another element of best's tag and
// classes with prose in it: the article's body cut into several widgets of one template
// (a rich-text block between each figure or ad), whose later parts are the article's too.
func (t *tree) splitBody(best, m int32) bool {
	cls := attr(t.nodes[best].n, "class")
	if cls == "" {
		return false
	}
	tag := t.nodes[best].tag
	for i, end := t.subtreeEnd(best), t.subtreeEnd(m); i < end; i++ {
		b := &t.nodes[i]
		if b.tag == tag && b.good >= goodMinUnits && attr(b.n, "class") == cls {
			return true
		}
	}
	return false
}
