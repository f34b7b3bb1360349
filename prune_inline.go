package winnow

import "golang.org/x/net/html/atom"

// inRunningText reports whether inline element i is a phrase of its paragraph's running
// text: a link, a span or a footnote mark inside a <p> whose other words outweigh it.
// Such a phrase is part of a sentence ("lived in my <a class=popup>rockaway</a> for the
// time", "Google (<a>Weibo</a>) bought…", "…on <a>Facebook</a>"), whatever its class
// or its words say: a share button or a pop-up box does not sit inside a sentence, and
// cutting the phrase out breaks the sentence.
func (t *tree) inRunningText(i int32) bool {
	b := &t.nodes[i]
	if b.block || b.parent == none {
		return false
	}
	p := &t.nodes[b.parent]
	return p.tag == atom.P && p.ownUnits-b.units >= b.units
}

// metadataDrop reports whether reason r, given to inline element b, names the article's
// metadata rather than a box: a date, a picture credit, an author's name. Those are
// cut out of a paragraph too ("Le Monde | <time>04.05.2015</time> | Par …", a review's
// "<strong class=author>Name</strong>, <time>June 17, 2020</time>"), as Article.Date and
// Article.Authors carry them.
func metadataDrop(b *blk, r dropReason) bool {
	return r == dropDateline || r == dropCredit || r == dropCue && b.has(cueAuthor)
}
