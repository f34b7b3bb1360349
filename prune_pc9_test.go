package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// gridPage builds a category page whose grid holds n cards, each with a badge, a field's
// label and a value, a name and a price, under an intro.
func gridPage(n int) string {
	var b strings.Builder
	b.WriteString(`<body><main><h1>Hiking boots</h1>` + para("Boots for every trail, from day hikes to long treks.") + `<div class=grid>`)
	for i := range n {
		fmt.Fprintf(&b, `<div class=card><div><span>Top Rated</span></div><a href="/p/%d">Trail boot model %c waterproof</a>`+
			`<div>$%d.00</div><div>Weight:</div><div>%d.5 lbs</div></div>`, i, 'A'+i, 120+i, i+1)
	}
	b.WriteString(`</div></main></body>`)
	return b.String()
}

func TestDropGridLabels(t *testing.T) {
	category := func(tr *tree) { tr.shop, tr.category = true, true }
	text := runPassesWith(t, gridPage(6), category)
	assert.Contains(t, text, "Trail boot model C waterproof")
	assert.Contains(t, text, "$122.00")
	assert.Contains(t, text, "3.5 lbs")
	assert.NotContains(t, text, "Top Rated", "a badge on every card is dropped")
	assert.NotContains(t, text, "Weight:", "a field's label on every card is dropped")

	// Three cards print a label three times: a few headings that read alike.
	assert.Contains(t, runPassesWith(t, gridPage(3), category), "Top Rated")
	// A story keeps its repeated lines.
	assert.Contains(t, runPassesWith(t, gridPage(6), func(tr *tree) { tr.shop, tr.story = true, true }), "Top Rated")

	// A lead-in to each card's list belongs to the card.
	var b strings.Builder
	b.WriteString(`<body><main><h1>Our packages</h1>` + para("Pick the package that fits your family."))
	for i := range 5 {
		fmt.Fprintf(&b, `<div class=card><h3>Package %c</h3><p>Deliverables include:</p><ul><li>A meeting of %d hours with a coach</li>`+
			`<li>A written plan for the year ahead</li></ul><p>$%d</p></div>`, 'A'+i, i+1, 300+i)
	}
	b.WriteString(`</main></body>`)
	assert.Contains(t, runPassesWith(t, b.String(), category), "Deliverables include:")
}

func TestIsGridLabel(t *testing.T) {
	for s, want := range map[string]bool{
		"Top Rated": true, "Weight With Batteries:": true, "Take a closer look": true, "Neu": true, "新品": true,
		"": false, "$99.00": false, "4 stars": false, "Trail boot model A waterproof": false,
		"A label much longer than a badge": false,
	} {
		assert.Equal(t, want, isGridLabel(s), s)
	}
}

func TestReadFullArticlePrefix(t *testing.T) {
	// A link under a teaser that opens the article it sums up is a read-more label.
	for _, s := range []string{"Read full article: The 11 best water bottles", "Read the full article", "Zum Artikel", "Lire l'article"} {
		assert.True(t, hasReadAlsoPrefix(s), s)
	}
	// A customer's story told in full on a service page is not announced so.
	assert.False(t, hasReadAlsoPrefix("Read full story"))
}

func TestDropBackLinks(t *testing.T) {
	// A product's sections each open with a jump back to the page's navigation, and a
	// project's gallery ends with one back to the project.
	page := `<body><main><h1>Audio interface</h1><article id=desc><a href="#nav">Back to navigation</a>` +
		para("Four inputs and four outputs in a small desktop box.") +
		`<p><a href="#project">Back to Project</a></p>` +
		para("Two preamps with a gain that sets itself.") +
		`<p><a href="/shop">Back to the shop</a> if this one is not for you, or read on.</p>` +
		para("A clip guard keeps loud takes clean.") + `</article></main></body>`
	text := runPassesWith(t, page, nil)
	assert.Contains(t, text, "Four inputs")
	assert.NotContains(t, text, "Back to navigation")
	assert.NotContains(t, text, "Back to Project")
	assert.Contains(t, text, "Back to the shop", "a link out of the page is not a jump back")
}
