package winnow

// Notes classed as tags. A tag list is links, or a line of short words after a label
// ("Tags: a, b, c"); but "tag" is also a styling name for any labelled box, and
// documentation generators name their notes and tips after it ("blockquote-tag
// blockquote-tag-note"). A block that only the tag word marks, whose class or id also
// names a kind of note to the reader (see admonitionWords), and that holds a sentence of
// prose with few links, is such a note: the text's own. A promotion classed as a tag
// ("inner-link-tag") names no kind of note, and stays boilerplate.

// admonitionWords are the class and id words of the notes that documentation and books
// set off from their text: a note, a tip, a warning. Generators name them so
// (Sphinx's "admonition note", GitHub's "markdown-alert-tip", mdBook's
// "blockquote-tag-warning").
var admonitionWords = map[string]bool{
	"admonition": true, "note": true, "tip": true, "hint": true, "warning": true,
	"caution": true, "important": true, "danger": true,
}

const (
	// tagProseMinUnits: a note states something in a sentence or two.
	tagProseMinUnits = 80
	// tagProseMaxLinks: a tag list is mostly links; a note links a word or two.
	tagProseMaxLinks = 0.15
)

// proseTagBox reports whether block i's only boilerplate cue is the tag-list word while
// its class or id names a note (see admonitionWords) and it reads as prose: at least
// tagProseMinUnits of text, few links, and a sentence (see isSentence) or more text than
// a line (inlineText gives up on long blocks). Such a cue is not to be believed (see
// trustCue).
func (t *tree) proseTagBox(i int32) bool {
	b := &t.nodes[i]
	if b.kinds&boilerKinds != 1<<cueTags || b.paras == 0 || b.units < tagProseMinUnits ||
		b.linkDensity() >= tagProseMaxLinks || !t.hasAttrWord(i, admonitionWords) {
		return false
	}
	s := t.inlineText(i)
	return s == "" || isSentence(s)
}
