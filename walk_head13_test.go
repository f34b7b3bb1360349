package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// faqRow is an accordion's title row whose button wraps the question's heading and an
// icon, the reverse of the WAI-ARIA pattern.
func faqRow(id, question, answer string) string {
	return `<div class="faq-title"><button aria-controls="` + id + `" aria-expanded="false" class="faq-accordion-toggle flex w-full font-bold text-left">` +
		`<div class="label"><h3>` + question + `</h3></div><span class="chevron"><svg><path d="M0 0"/><path d="M1 1"/>` +
		strings.Repeat(`<g><path d="M2 2"/></g>`, 20) + `</svg></span></button></div>` +
		`<div id="` + id + `" class="faq-content"><p>` + answer + `</p></div>`
}

// A FAQ's question set as a heading inside its disclosure button is read with its
// answer, whatever the button's class says; a button with text beside its heading (a
// course's code and price) stays a control.
func TestHeadingInButtonKept(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	faq := `<h2>Questions</h2>` +
		faqRow("a1", "How long does the course take to finish?", "Most students finish the course in about nine weeks of evening study at home.") +
		faqRow("a2", "What does the course cost in total?", "The whole course costs four hundred dollars, paid in two parts over the term.") +
		`<button aria-expanded="false" class="course-row"><h4>Leadership basics</h4><span>BUSA-40999 Units: 3.00</span></button>`
	text := extractText(t, storyPage(`<article>`+body+faq+`</article>`))
	assert.Contains(t, text, "How long does the course take to finish?")
	assert.Contains(t, text, "What does the course cost in total?")
	assert.Contains(t, text, "Most students finish the course")
	assert.NotContains(t, text, "BUSA-40999")
}

// A heading's button carries no cue of its class ("accordion-toggle" reads as a menu's
// toggle): the heading it holds is judged as a heading.
func TestHeadingButtonNoCue(t *testing.T) {
	page := storyPage(`<article>` + para("Body.") + faqRow("a1", "How long does it take?", "About nine weeks.") + `</article>`)
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	found := false
	for i := range tr.nodes {
		if b := &tr.nodes[i]; b.tag == atom.Button {
			found = true
			assert.Zero(t, b.kinds)
		}
	}
	assert.True(t, found)
}

// A documentation page's section titles link to themselves (permalinks): they are
// titles, kept over their sections, not a menu of links.
func TestSelfAnchorHeadingKept(t *testing.T) {
	section := func(id, title string) string {
		return `<div class="heading-wrapper"><h3 id="` + id + `"><a href="#` + id + `">` + title + `</a></h3>` +
			`<a class="anchor" href="#` + id + `"><svg><path d="M0"/></svg></a></div>` + para("Body.")
	}
	text := extractText(t, `<html><head><title>Docs</title></head><body><main><h1>Guide</h1>`+
		section("secure-core", "Secure core layer")+section("flexible-build", "Flexible build layer")+
		section("small-size", "Small bundle size")+`</main></body></html>`)
	assert.Contains(t, text, "Secure core layer")
	assert.Contains(t, text, "Small bundle size")
}
