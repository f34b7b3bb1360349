package winnow

import "golang.org/x/net/html/atom"

// followsSectionH1 reports whether an earlier sibling of <h1> i is an <h1> that opens
// a section of prose. An article that heads its sections with <h1> (blog platforms that
// style every section title as h1) puts its headline before its first section, never
// after one: a later <h1> among the same paragraphs is the next section's title even when
// what follows it is short ("Sources & links" over a list, a question over a sub-heading),
// not a repeat of the page's title.
func (t *tree) followsSectionH1(i int32) bool {
	p := t.nodes[i].parent
	if p == none {
		return false
	}
	for s := t.nodes[p].first; s != none && s != i; s = t.nodes[s].next {
		if t.nodes[s].tag == atom.H1 && t.headsProse(s) && !t.headlines.names(t.inlineText(s)) {
			return true
		}
	}
	return false
}

// nestedSectionH1 reports whether <h1> i heads a <section> that sits inside another
// <section> or an <article>. In the outline of HTML5 each sectioning element may head
// itself with an <h1> (books and specifications rendered to HTML do so); the headline
// heads the outermost one, and an <h1> of a section within it is that section's title.
func (t *tree) nestedSectionH1(i int32) bool {
	p := t.nodes[i].parent
	if p == none || t.nodes[p].tag != atom.Section {
		return false
	}
	for a := t.nodes[p].parent; a != none; a = t.nodes[a].parent {
		if tag := t.nodes[a].tag; tag == atom.Section || tag == atom.Article {
			return true
		}
	}
	return false
}
