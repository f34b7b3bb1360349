package winnow

import (
	"slices"
	"strings"
)

// Layout twins: a theme that lays a block out one way on phones and another way on wide
// screens often prints it twice, side by side, and lets its style sheet show one copy
// per screen ("product-description hidden-md-down" beside "product-description
// hidden-md-up", "d-none d-lg-block" beside "d-lg-none", "md:hidden" beside "hidden
// md:block"). The copies sit next to each other, so the rule for repeats keeps them as
// the author's own repetition (see repeatTop); what tells them apart from a refrain is
// their class: the same element, whose class words differ only by the words that show
// or hide it at a screen size.

// visibilityWords are the parts of a class word (split at '-', '_' and ':') that
// show or hide an element for a kind of screen, in the naming of the common style
// frameworks (Bootstrap's "hidden-xs", "d-none", "visible-lg"; Tailwind's "md:hidden";
// Foundation's "show-for-small-only", "hide-for-large"; themes' own "mobile-only",
// "desktop-view").
var visibilityWords = map[string]bool{
	"hidden": true, "visible": true, "hide": true, "show": true, "none": true,
	"mobile": true, "desktop": true, "tablet": true, "phone": true,
}

// breakpointWords are the parts of a class word that name a screen size ("d-md-block",
// "col-lg-6" aside): a word that differs between two copies by a screen size and a
// display ("d-md-block" beside "d-md-none") is part of the same switch.
var breakpointWords = map[string]bool{
	"xs": true, "sm": true, "md": true, "lg": true, "xl": true, "xxl": true,
}

// layoutTwins reports whether blocks i and j, whose texts are the same, are one
// block's copies for two screen sizes: elements of one tag, each with a class, whose
// class words differ and where every word that one has and the other lacks shows or
// hides it at a screen size (see visibilityWords).
func (t *tree) layoutTwins(i, j int32) bool {
	a, b := t.nodes[i].n, t.nodes[j].n
	if a == nil || b == nil || t.nodes[i].tag != t.nodes[j].tag {
		return false
	}
	ca, cb := attr(a, "class"), attr(b, "class")
	if ca == "" || cb == "" || ca == cb {
		return false
	}
	wa, wb := strings.Fields(ca), strings.Fields(cb)
	okA, strongA := visibilityApart(wa, wb)
	okB, strongB := visibilityApart(wb, wa)
	return okA && okB && (strongA || strongB)
}

// visibilityApart reports whether every class word of a that b lacks is about
// visibility at a screen size (see screenClass), and whether one of them names a
// visibility word (see visibilityWords).
func visibilityApart(a, b []string) (ok, strong bool) {
	for _, w := range a {
		if slices.Contains(b, w) {
			continue
		}
		screen, vis := screenClass(w)
		if !screen {
			return false, false
		}
		strong = strong || vis
	}
	return true, strong
}

// screenClass reports whether class word w is about a screen size or visibility (one of
// its parts, split at '-', '_' and ':', is a visibility or a breakpoint word), and
// whether it names a visibility word.
func screenClass(w string) (screen, vis bool) {
	for part := range strings.FieldsFuncSeq(strings.ToLower(w), func(r rune) bool {
		return r == '-' || r == '_' || r == ':'
	}) {
		if visibilityWords[part] {
			return true, true
		}
		screen = screen || breakpointWords[part]
	}
	return screen, false
}
