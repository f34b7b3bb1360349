package winnow

// Site notices: a board shows its members notices over every page, in a box whose class
// says so ("notices", "notice notice--primary"): a warning against scams, a meetup, the
// rules, a cookie banner, a policy link. On a thread they stand among the chosen blocks
// (the posts' wrapper often holds them) and say nothing of the thread; the engine's own
// word for them is the cue. A post is never classed a notice; a box that holds a good
// share of the chosen text is taken for content whatever its class says.

// noticeWords are the class and id words of a site's notices.
var noticeWords = map[string]bool{"notice": true, "notices": true}

// noticeMaxShare bounds a notice's share of the chosen text.
const noticeMaxShare = 0.25

// dropSiteNotices drops, inside the chosen roots of a discussion, the elements that
// class or name themselves notices (see noticeWords) and hold at most noticeMaxShare of
// the chosen text.
func (t *tree) dropSiteNotices(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	var total int32
	for _, r := range roots {
		total += t.nodes[r].units
	}
	t.visitKept(roots, func(i int32, b *blk) bool {
		if float32(b.units) <= noticeMaxShare*float32(total) && t.hasAttrWord(i, noticeWords) {
			b.drop = dropCue
			return true
		}
		return false
	})
}
