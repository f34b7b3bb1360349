package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// projectsPage is a woodworking post whose projects each get a one-item list holding
// the project's linked name, then a paragraph about it: the linked names are the
// article's entries, kept with their lists.
func projectsPage() string {
	var b strings.Builder
	b.WriteString(`<html><body><article><h1>Ten weekend projects from the workshop</h1>`)
	b.WriteString(para("These are the projects readers asked about most this year, with a note on each and a link to the full build."))
	for _, p := range []string{"Walnut Serving Board", "Oak Step Stool", "Cedar Planter Box", "Maple Spice Rack"} {
		b.WriteString(`<ul><li><a href="/projects/` + strings.ToLower(strings.ReplaceAll(p, " ", "-")) + `">` + p + `</a></li></ul>`)
		b.WriteString(para("A simple build for a free afternoon: the " + strings.ToLower(p) +
			" needs a few offcuts, a saw, glue and some patience while the finish dries overnight."))
	}
	b.WriteString(`</article></body></html>`)
	return b.String()
}

// The item of a kept list is judged with its list: the linked project names stay.
func TestKeptListItemStays(t *testing.T) {
	text := runPasses(t, projectsPage())
	assert.Contains(t, text, "Oak Step Stool")
	assert.Contains(t, text, "Maple Spice Rack")
	assert.Contains(t, text, "needs a few offcuts")
}

// A menu list after the article is still dropped whole: the rule only spares items of
// lists that were kept.
func TestKeptListItemLeavesMenus(t *testing.T) {
	page := strings.Replace(projectsPage(), `</article>`, `<ul class="menu"><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li>`+
		`<li><a href="/contact">Contact</a></li></ul></article>`, 1)
	text := runPasses(t, page)
	assert.Contains(t, text, "Oak Step Stool")
	assert.NotContains(t, text, "Contact")
}
