package winnow

import "golang.org/x/net/html/atom"

// Short unheaded siblings: beside the chosen article, a short block with no heading
// and no paragraph of its own is a strip of the page's furniture (a shipping
// notice over a shop, a currency switcher, a "Modified/Viewed" line, a cart drawer,
// a hidden date for search engines), not a part of the text; the short siblings that
// belong to the article carry its title or a section's heading, or are paragraphs of
// it (a dialogue's short lines, one to a <p> or a list item, beside the paragraph
// chosen).

// shortSiblingUnits: a sibling with less text than this and no heading is furniture.
const shortSiblingUnits = 80

// shortUnheaded reports whether sibling s is a short block without a heading (see
// shortSiblingUnits).
func (t *tree) shortUnheaded(s int32) bool {
	b := &t.nodes[s]
	if b.units >= shortSiblingUnits || b.tag == atom.P || b.tag == atom.Ol || b.tag == atom.Ul || b.headings > 0 || isSubheading(b.tag) || b.tag == atom.H1 {
		return false
	}
	return !t.holdsTag(s, atom.H1)
}
