package winnow

import "golang.org/x/net/html/atom"

// Rivers of <article>s: a blog platform's front or a publication's home page marks each
// story's teaser as an <article>, one template for all, but wraps each in layout
// elements of its own, so that no parent holds them as a list (see preferItems). When
// the choice settles for a few sentences beside them (a cookie notice, a tagline), the
// articles are the page's content.

// riverMaxProse: chosen roots holding less prose than this are a notice or a tagline,
// not a text the page is about.
const riverMaxProse = 150

// articleRiver returns, in place of roots, the page's <article> elements of the most
// common class (see sameShape), outside page furniture (see riverFurniture) and one
// another, when there are at least minItems of them, none inside the roots, holding
// minListingUnits and listingShare times the roots' text; and the roots hold little
// prose (see riverMaxProse) on a page that does not declare itself a story.
func (t *tree) articleRiver(roots []int32) []int32 {
	if len(roots) == 0 || t.story && !t.looseStory {
		return roots
	}
	var good, units int32
	for _, r := range roots {
		good += t.nodes[r].good
		units += t.nodes[r].units
	}
	if good >= riverMaxProse {
		return roots
	}
	var arts []int32
	for i := int32(0); i < int32(len(t.nodes)); i++ {
		b := &t.nodes[i]
		if b.text || b.tag != atom.Article || b.units == 0 {
			continue
		}
		if !t.riverFurniture(i) {
			arts = append(arts, i)
		}
		i = t.subtreeEnd(i) - 1
	}
	// The template is the class most articles share, counted in one pass.
	counts := map[string]int{}
	model, most := none, 0
	for _, a := range arts {
		c := attr(t.nodes[a].n, "class")
		counts[c]++
		if counts[c] > most {
			model, most = a, counts[c]
		}
	}
	if most < minItems {
		return roots
	}
	var out []int32
	var sum int32
	for _, a := range arts {
		if !sameShape(t.nodes[a].n, t.nodes[model].n) {
			continue
		}
		for _, r := range roots {
			if r == a || t.isAncestor(r, a) {
				return roots
			}
		}
		out = append(out, a)
		sum += t.nodes[a].units
	}
	if sum < minListingUnits || float32(sum) < listingShare*float32(units) {
		return roots
	}
	t.listed, t.spread = true, true
	return out
}
