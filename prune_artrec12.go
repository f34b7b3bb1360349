package winnow

import "golang.org/x/net/html/atom"

// This file holds a check on the link-dense drop (see judge): a section of the article
// whose lists link out, with its own heading and sentences between them.

// proseSectionParas is how many paragraphs of prose (see isProsePara) a link-dense
// section must hold beside its sub-heading to be the article's: a menu, a list of
// related links or a table of contents has a heading too, but at most a line of
// introduction, never two sentences of its own.
const proseSectionParas = 2

// proseSection reports whether block i, link-dense as a whole, is a section of the
// article: it holds a sub-heading and proseSectionParas paragraphs of prose, with no
// sub-heading that names a boilerplate box ("Related posts") before them. A progress report or a changelog lists the
// patches, releases or papers it reports on, each a link, between its sentences; the
// section is then judged block by block (pruneChildren goes inside it), so its prose
// stays and a list among it is judged on its own.
func (t *tree) proseSection(i int32) bool {
	b := &t.nodes[i]
	if b.headings == 0 || b.paras < proseSectionParas || b.tag == atom.Ul || b.tag == atom.Ol {
		return false
	}
	paras := 0
	for j, end := i+1, t.subtreeEnd(i); j < end && paras < proseSectionParas; j++ {
		n := &t.nodes[j]
		switch {
		case isSubheading(n.tag):
			if lookupHeading(t.inlineText(j)) != cueNone {
				return false
			}
			j = t.subtreeEnd(j) - 1
		case t.isProsePara(j):
			paras++
			j = t.subtreeEnd(j) - 1
		}
	}
	return paras >= proseSectionParas
}

// isProsePara reports whether block j is a paragraph of prose: a block of its own text
// of a sibling paragraph's length (siblingProseUnits) with few links in it.
func (t *tree) isProsePara(j int32) bool {
	n := &t.nodes[j]
	return !n.text && n.block && n.ownUnits >= siblingProseUnits && n.linkDensity() < siblingMaxLinks
}

// wrapsList reports whether block c is a list, or a wrapper that holds nothing but one
// ("<div class=ulist><ul>", as AsciiDoc and block editors wrap every list): an
// introducing sentence before the wrapper announces the list inside it (see
// introducedBelow), as introduced climbs from a list to such a wrapper.
func (t *tree) wrapsList(c int32) bool {
	for depth := 0; depth < sectionListDepth; depth++ {
		n := &t.nodes[c]
		if isListTag(n.tag) {
			return true
		}
		only := none
		for k := n.first; k != none; k = t.nodes[k].next {
			if !t.nodes[k].text && t.nodes[k].units > 0 {
				if only != none {
					return false
				}
				only = k
			}
		}
		if only == none || t.nodes[only].units != n.units {
			return false
		}
		c = only
	}
	return false
}
