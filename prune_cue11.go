package winnow

import "golang.org/x/net/html/atom"

// proseListLinks is the most of a list's text its links may cover for the list to be
// the article's own: a list of linked names each followed by words of its own ("<a>Jane
// Doe</a>, the author of …", "<a>RFC 9110</a> – HTTP semantics"). A menu or a list of
// related stories is all links (its items hold nothing else), where such a list says
// something of each item; measured on wcxb-dev, dropped lists under this share hold
// several times more of the truth than of anything else.
const proseListLinks = 0.75

// proseList reports whether block i is a <ul> or <ol>, or an item of one, whose links
// cover at most proseListLinks of the list's text: the list's items say something
// beyond their links, so the link-dense rule does not drop it (see judge). An item of
// such a list is judged with its list, since a short item ("<a>Go</a> 1.22") is
// mostly link on its own.
func (t *tree) proseList(i int32) bool {
	b := &t.nodes[i]
	if b.tag == atom.Li && b.parent != none {
		b = &t.nodes[b.parent]
	}
	return (b.tag == atom.Ul || b.tag == atom.Ol) && b.linkDensity() <= proseListLinks
}
