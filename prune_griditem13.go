package winnow

// Cue words on grid items: a shop prints the same card for every product of a grid and
// names a property of the product in the card's class: "subscription-eligible" (the
// product can be bought on a subscription), "cookie-dough" (its flavour). The words are
// those of a newsletter's sign-up box or a cookie notice, boxes a page shows once; a
// block that is one of a run of like items is no such box.

const (
	// gridItemRun is how many like items (same tag and class) a run holds, the block's
	// own among them: a newsletter box and its twin in the footer are two.
	gridItemRun = 4
	// onceKinds are the cues of boxes a page shows once: a sign-up box, a cookie notice.
	onceKinds = 1<<cueNewsletter | 1<<cueCookie
)

// gridItemCue reports whether block i carries no boilerplate cue but those of onceKinds
// and is, or is the sole content of, an item of a run of at least gridItemRun like
// siblings, of the same tag and the same class, not none (see the file's comment).
func (t *tree) gridItemCue(i int32) bool {
	b := &t.nodes[i]
	if b.kinds&boilerKinds&^onceKinds != 0 || b.kinds&onceKinds == 0 {
		return false
	}
	x := i
	for {
		p := t.nodes[x].parent
		if p == none || p == t.body || t.nodes[p].units != t.nodes[x].units || !t.soleElement(p, x) {
			break
		}
		x = p
	}
	p := t.nodes[x].parent
	if p == none {
		return false
	}
	tag, class := t.nodes[x].tag, attr(t.nodes[x].n, "class")
	if class == "" {
		return false // paragraphs: a sign-up line among them is told by its id
	}
	run := 0
	for c := t.nodes[p].first; c != none; c = t.nodes[c].next {
		if cb := &t.nodes[c]; !cb.text && cb.tag == tag && attr(cb.n, "class") == class {
			if run++; run >= gridItemRun {
				return true
			}
		}
	}
	return false
}

// soleElement reports whether x is the only element child of p in the table.
func (t *tree) soleElement(p, x int32) bool {
	for c := t.nodes[p].first; c != none; c = t.nodes[c].next {
		if c != x && !t.nodes[c].text {
			return false
		}
	}
	return true
}
