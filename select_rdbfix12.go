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

// standfirstLeadShare: the standfirst above a named body (one paragraph that sums the
// story up, which rescueLead brings back) may hold up to this share of the body's prose;
// news sites write standfirsts of two or three sentences, more than namedLeadShare of a
// short story allows.
const standfirstLeadShare = 0.1

// standfirstLead reports whether m's prose above best, a named body inside it (see
// namedBody), is a headline and one standfirst: the <h1> is not counted, no sub-heading
// stands there (it would title a section of a longer text), the largest
// other block is a single paragraph and no heading, all together hold at most standfirstLeadShare of
// best's prose, and what is left beside the standfirst (a byline, a credit) stays under
// namedLeadShare. A lead of several paragraphs (an intro, a box of key points) is a part
// of the article, and the wrapper stays the choice.
func (t *tree) standfirstLead(best, m int32) bool {
	good := float32(t.nodes[best].good)
	var lead, top float32
	topParas, topAt := int32(0), none
	for a := best; a != m && a != none; a = t.nodes[a].parent {
		p := t.nodes[a].parent
		if p == none {
			return false
		}
		for s := t.nodes[p].first; s != a && s != none; s = t.nodes[s].next {
			b := &t.nodes[s]
			if isSubheading(b.tag) {
				// A section's title above the body: the body is one section of more.
				return false
			}
			if b.good == 0 || b.tag == atom.H1 {
				continue
			}
			g := float32(b.good)
			lead += g
			if g > top {
				top, topParas, topAt = g, int32(b.paras), s
			}
		}
	}
	if topParas > 1 || lead > good*standfirstLeadShare || lead-top > good*namedLeadShare {
		return false
	}
	return topAt == none || !t.holdsHeading(topAt)
}

// holdsHeading reports whether block i is or holds a heading.
func (t *tree) holdsHeading(i int32) bool {
	found := false
	t.walk(i, func(j int32) bool {
		if tag := t.nodes[j].tag; tag == atom.H1 || isSubheading(tag) {
			found = true
		}
		return !found
	})
	return found
}

// sameClassShape reports whether two class attributes name the same kind of item once
// the tokens that hold a digit are left out: templates number the items of one list
// ("item pos-1", "item pos-2") or tag each with its record's id ("card id1227"), which
// says where an item stands, not what it is. Classes whose every token holds a digit
// (the hashes of CSS modules and styled components, "_1qlu5k3") name nothing once those
// are left out: they are alike only when equal. Tokens are compared in order, without
// allocating.
func sameClassShape(a, b string) bool {
	whole := a == b
	for named := false; ; named = true {
		ta, ra := nextShapeToken(a)
		tb, rb := nextShapeToken(b)
		if ta != tb {
			return false
		}
		if ta == "" {
			return named || whole
		}
		a, b = ra, rb
	}
}

// nextShapeToken returns the first class token of s that holds no digit, and the rest
// of s after it; "" when none is left.
func nextShapeToken(s string) (tok, rest string) {
	for {
		i := 0
		for i < len(s) && isClassSpace(s[i]) {
			i++
		}
		s = s[i:]
		if s == "" {
			return "", ""
		}
		j, digit := 0, false
		for j < len(s) && !isClassSpace(s[j]) {
			if s[j] >= '0' && s[j] <= '9' {
				digit = true
			}
			j++
		}
		if !digit {
			return s[:j], s[j:]
		}
		s = s[j:]
	}
}

func isClassSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// numberedCards reports whether blocks a and b are two teaser cards of one list whose
// classes differ only in tokens with digits (see sameClassShape), each titled by a
// heading among its own children. The title right inside the item marks the card
// itself; a wrapper that holds cards further down (a numbered row of a grid, "row r1")
// is a part of the page's layout and keeps the strict match of sameShape.
func (t *tree) numberedCards(a, b int32) bool {
	na, nb := t.nodes[a].n, t.nodes[b].n
	return na.DataAtom == nb.DataAtom && sameClassShape(attr(na, "class"), attr(nb, "class")) &&
		t.headedCard(a) && t.headedCard(b)
}

// headedCard reports whether block i has a heading among its children.
func (t *tree) headedCard(i int32) bool {
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		if isSubheading(t.nodes[c].tag) {
			return true
		}
	}
	return false
}
