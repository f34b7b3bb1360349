package winnow

import "strings"

// Template placeholders: a page that a script framework renders in the browser (Angular,
// Vue, Handlebars) ships its markup with the template's expressions in it,
// "<strong>{{ board.errors[1179].message }}</strong>" in an alert the script shows when
// it has something to say; the framework's stylesheet hides it meanwhile (ng-cloak,
// v-cloak), a rule the extractor does not read. Text made only of such expressions is
// no one's words. A template shown as an example (a framework's documentation) sits in
// a code block or a code span ("<dt><code>{{ field.label }}</code></dt>") and is left.

// placeholderMaxUnits bounds the text of a placeholder block: a few expressions, not a
// paragraph that quotes one.
const placeholderMaxUnits = 4 * cardLineMaxUnits

// dropTemplateText drops, inside the chosen roots and out of code, the small elements
// whose text is only template expressions (see isPlaceholderText) and that hold no code.
func (t *tree) dropTemplateText(roots []int32) {
	t.visitKept(roots, func(i int32, b *blk) bool {
		if isCode(b.tag) {
			return true
		}
		if b.units == 0 || b.units > placeholderMaxUnits || b.firstText == none ||
			!strings.HasPrefix(strings.TrimSpace(t.nodes[b.firstText].n.Data), "{{") {
			return false // a placeholder's text opens its element (a cheap test first)
		}
		if isPlaceholderText(t.inlineText(i)) && !t.holdsCode(i) {
			b.drop = dropCue
			return true
		}
		return false
	})
}

// isPlaceholderText reports whether s is one or more template expressions ("{{ x }}",
// "{{{ html }}}") with nothing but spaces between and around them.
func isPlaceholderText(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for s != "" {
		if !strings.HasPrefix(s, "{{") {
			return false
		}
		end := strings.Index(s[2:], "}}")
		if end < 0 {
			return false
		}
		s = strings.TrimLeft(s[2+end+2:], "}")
		s = strings.TrimSpace(s)
	}
	return true
}
