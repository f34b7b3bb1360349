package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// "header" names a masthead or a component's header as the last word of a class or
// before a part word; before another word it only places the element in its section.
func TestHeaderModifierCue(t *testing.T) {
	for _, tc := range []struct {
		class string
		nav   bool
	}{
		{"header", true},
		{"site-header", true},
		{"header__inner", true}, // a part of the masthead's box
		{"header-menu", true},   // another cue word
		{"masthead header-wrap", true},
		{"page-header--sticky", true}, // a BEM modifier: a variant of the same header
		{"section-header-copy", false},
		{"category-header_description", false},
		{"guideHeaderText", false},
	} {
		kinds, _ := attrCues(tc.class)
		assert.Equal(t, tc.nav, kinds&(1<<cueNav) != 0, tc.class)
	}
}

// A section's intro copy, named for the section's header it sits in, stays with the
// page's text; the masthead above it does not.
func TestSectionHeaderCopyKept(t *testing.T) {
	body := strings.Repeat(para("The kettle boils a full litre in under three minutes, and it switches itself off when dry."), 4)
	page := `<html><head><title>Kettle</title></head><body>` +
		`<div class="site-header"><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/help">Help</a></div>` +
		`<main><section class="features"><h2>Quiet boiling</h2>` +
		`<div class="section-header-copy"><p>The new heating plate spreads the warmth evenly, so the water stays calm as it heats. ` +
		`You hear a soft hum instead of the usual rattle, even late at night.</p></div>` + body +
		`</section></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "The kettle boils")
	assert.Contains(t, text, "spreads the warmth evenly")
	assert.NotContains(t, text, "Shop")
}
