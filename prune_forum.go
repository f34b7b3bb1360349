package winnow

// Post headers: on a forum thread every post opens with a line of its own, the
// poster's name and the time of the post ("raoul May 3, 2024, 8:45am", "Posted
// March 19, 2024"). On a story such a line is the byline, metadata the article
// fields carry; on a thread it tells whose words follow and when, and a reader who
// copies the thread copies it with them.

// postHeaderMinDates: a discussion's chosen text holds at least this many date lines
// when they head its posts. A single one is the page's own date line (a product page
// under a "community" path, an announcement with no reply yet), which stays metadata.
const postHeaderMinDates = 2

// postHeader reports whether block i, a short line the date rules would drop, heads a
// post of a discussion: the page is one, and its chosen text holds date lines enough
// for several posts (see postHeaderMinDates).
func (t *tree) postHeader(i int32) bool {
	if !t.keepComments && !t.discussion {
		return false
	}
	if t.postDates == 0 {
		t.postDates = 1 + t.countDatelines()
	}
	return t.postDates-1 >= postHeaderMinDates
}

// countDatelines counts the blocks in the chosen roots that read as date lines, as
// judge tests them, without looking inside one.
func (t *tree) countDatelines() int32 {
	var n int32
	for _, r := range t.roots {
		end := t.subtreeEnd(r)
		for j := r; j < end; j++ {
			b := &t.nodes[j]
			if b.text || b.units > datelineMaxUnits || b.ownUnits == 0 {
				continue
			}
			if isDateline(t.inlineText(j)) {
				n++
				j = t.subtreeEnd(j) - 1
			}
		}
	}
	return n
}

// Posts as cards: a post opens with the poster's avatar, a picture inside a link to the
// profile, which makes it look like a teaser card (see isCard) when it is short. On a
// discussion, a card that holds a reply's prose is a post, not a teaser of another
// page; the thread list under it ("Similar threads") holds titles and figures.

// postCard reports whether card c is a post of a discussion: the page is one and the
// card holds prose (see holdsProse).
func (t *tree) postCard(c int32) bool {
	return (t.keepComments || t.discussion) && t.holdsProse(c)
}
