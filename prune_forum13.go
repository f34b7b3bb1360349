package winnow

// Thread furniture among posts: a thread that the selection reads as a list of posts
// (see preferItems) has each post pruned inside, as an item of a listing is, and never
// judged whole. Engines set boxes of their own between and after the posts in the same
// markup ("Jump to" menus of the board's forums, "Return to <forum>", lists of pages):
// such a box is nearly all links and holds no prose, where a post, however many links
// it quotes, has its poster's sentences. Among posts that hold prose, it is dropped as
// a menu is, even on a page read as spread, whose links are otherwise its content. A
// list of threads (a board's index) has no posts of prose around its
// items, which stay content.

// threadPostsMin: the items around the box that hold prose, the posts that tell a
// thread from a list of links.
const threadPostsMin = 2

// dropThreadFurniture drops item c of a listing under parent when it is an engine's box
// among a discussion's posts (see threadFurniture), and reports whether it did.
func (t *tree) dropThreadFurniture(parent, c int32) bool {
	if !t.threadFurniture(parent, c) {
		return false
	}
	t.nodes[c].drop = dropLinkDense
	return true
}

// threadFurniture reports whether item c of a listing under parent is an engine's box
// among a discussion's posts: the page is a discussion, c is link-dense (see
// linkDenseBlock) without prose, and threadPostsMin of its siblings of its tag hold
// prose.
func (t *tree) threadFurniture(parent, c int32) bool {
	if !t.keepComments && !t.discussion {
		return false
	}
	b := &t.nodes[c]
	if b.linkDensity() <= linkDenseBlock || t.holdsProse(c) {
		return false
	}
	posts := 0
	for s := t.nodes[parent].first; s != none && posts < threadPostsMin; s = t.nodes[s].next {
		if s != c && t.nodes[s].tag == b.tag && !t.nodes[s].text && t.holdsProse(s) {
			posts++
		}
	}
	return posts >= threadPostsMin
}
