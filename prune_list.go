package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

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

// sameItems reports whether blocks a and b, siblings, are items of one list: of the same
// tag and class (see sameShape). In an article, classes that differ only in the tokens
// that number the items count as the same (see sameClass): a box of teasers after the
// story numbers its cards ("story-block sbpos-1", "story-block sbpos-2"), each titled
// with a link to its story. Elsewhere, and where a block has no linked words (an icon's
// link at most), numbered blocks are as often the rows and columns of a page builder's
// layout ("et_pb_row_4", "column_1_4"), each a section of its own.
func (t *tree) sameItems(a, b int32) bool {
	na, nb := t.nodes[a].n, t.nodes[b].n
	if !t.story || t.nodes[a].linkUnits == 0 || t.nodes[b].linkUnits == 0 {
		return sameShape(na, nb)
	}
	return na.DataAtom == nb.DataAtom && sameClass(attr(na, "class"), attr(nb, "class"))
}

// sameClass reports whether two class attributes name the same kind of element: the same
// tokens in the same order, leaving out the tokens that hold a digit. Those number an
// item of a list ("sbpos-1", "item-3", "id1227272078989"), so that siblings of one list
// differ in them alone.
func sameClass(a, b string) bool {
	for {
		var ta, tb string
		ta, a = nextNamedToken(a)
		tb, b = nextNamedToken(b)
		if ta != tb {
			return false
		}
		if ta == "" {
			return true
		}
	}
}

// nextNamedToken returns the first space-separated token of s that holds no digit, and
// the rest of s after it; "" when there is none.
func nextNamedToken(s string) (string, string) {
	for {
		s = strings.TrimLeft(s, " \t\n\r\f")
		if s == "" {
			return "", ""
		}
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		tok := s[:end]
		s = s[end:]
		if strings.IndexAny(tok, "0123456789") < 0 {
			return tok, s
		}
	}
}
