package winnow

import "golang.org/x/net/html/atom"

// sectionList reports whether block i is the body of a section of the article, or part
// of one: a plain list (no class or id to say what box it is) right under a sub-heading
// that names no boilerplate box, an item of such a list, or a plain list nested in
// that item. A changelog's or a newsletter's items each link to what they report
// ("<h4>Add-ons</h4><ul><li>Fixed <a>a crash on start</a></li>…"): the links are the
// items' words, not a menu.
func (t *tree) sectionList(i int32) bool {
	for depth := 0; depth < sectionListDepth; depth++ {
		b := &t.nodes[i]
		switch {
		case b.tag == atom.Li:
		case (b.tag == atom.Ul || b.tag == atom.Ol) && attr(b.n, "class") == "" && attr(b.n, "id") == "":
			if h := t.prevElement(i); h != none {
				return isSubheading(t.nodes[h].tag) && t.nodes[h].linkUnits == 0 &&
					lookupHeading(t.inlineText(h)) == cueNone
			}
		default:
			return false
		}
		if i = b.parent; i == none {
			return false
		}
	}
	return false
}

// sectionListDepth bounds the nesting of lists and items that sectionList climbs.
const sectionListDepth = 6

// prevElement returns the element right before block i among its siblings, with nothing
// but white space between them, or none.
func (t *tree) prevElement(i int32) int32 {
	p := t.nodes[i].parent
	if p == none {
		return none
	}
	prev := none
	for s := t.nodes[p].first; s != none && s != i; s = t.nodes[s].next {
		if n := &t.nodes[s]; !n.text {
			prev = s
		} else if n.units > 0 {
			prev = none
		}
	}
	return prev
}
