package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// reportPage is a project's monthly report: paragraphs of prose, then a section whose
// heading is heading and whose sentences sit between lists of links to the changes it
// reports, so that the section as a whole is mostly links.
func reportPage(heading string) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Progress report for May</h1><div class="content">`)
	for _, s := range []string{"The month went well.", "Two new people joined.", "The test suite is faster."} {
		b.WriteString(para(s))
	}
	b.WriteString(`<div class="section"><h2>` + heading + `</h2><p>We sent a good number of changes for review upstream this month, and the maintainers answered quickly.</p><ul>`)
	for _, c := range []string{"Support packed structures in the backend", "Fix the size of long doubles", "Add the weak variable attribute", "Allow casts between integers and pointers", "Fix volatile loads and stores", "Add a check for link-time optimisation"} {
		b.WriteString(`<li><a href="https://lists.example.org/patch/` + strings.ReplaceAll(c, " ", "-") + `">` + c + `</a></li>`)
	}
	b.WriteString(`</ul><p>Some of them were merged already, which brings the fork closer to upstream before the next release.</p><ul>`)
	for _, c := range []string{"Add the ABI function attributes", "Add half-precision float types", "Fix an error on one architecture", "Add a sized array type"} {
		b.WriteString(`<li><a href="https://lists.example.org/merged/` + strings.ReplaceAll(c, " ", "-") + `">` + c + `</a></li>`)
	}
	b.WriteString(`</ul></div></div></article><footer><p>© The Project</p></footer></body></html>`)
	return b.String()
}

func TestProseSectionKeepsItsSentences(t *testing.T) {
	text := runPassesWith(t, reportPage("Patches status"), nil)
	assert.Contains(t, text, "The month went well.")
	assert.Contains(t, text, "We sent a good number of changes", "a link-dense section's prose is the article's")
	assert.Contains(t, text, "Some of them were merged already")

	// Under a heading that names a boilerplate box the section goes whole.
	text = runPassesWith(t, reportPage("Related posts"), nil)
	assert.Contains(t, text, "The month went well.")
	assert.NotContains(t, text, "We sent a good number of changes")
}

// wrappedListPage is a report in AsciiDoc's markup: each paragraph and each list sits
// in a wrapper of its own ("paragraph", "ulist"), and a section's list of links, after
// a sentence that announces it, outweighs its short sentences.
func wrappedListPage() string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a></nav><article><h1>Progress report for June</h1><div class="content">`)
	section := func(h string, body string) {
		b.WriteString(`<div class="sect1"><h2>` + h + `</h2><div class="sectionbody">` + body + `</div></div>`)
	}
	section("Overview", para("The month went well.")+para("The test suite is faster."))
	var list strings.Builder
	for _, c := range []string{"Support packed structures", "Fix the size of long doubles", "Add the weak attribute", "Allow casts to pointers", "Fix volatile loads"} {
		list.WriteString(`<li><p><a href="https://lists.example.org/patch/` + strings.ReplaceAll(c, " ", "-") + `">` + c + ` in the code generator</a></p></li>`)
	}
	section("Patches", `<div class="paragraph"><p>Some progress on the other side.</p></div><div class="paragraph"><p>Many patches were sent for review:</p></div><div class="ulist"><ul>`+list.String()+`</ul></div>`)
	section("Next steps", para("Next month brings the new backend.")+para("Help is welcome."))
	b.WriteString(`</div></article><footer><p>© The Project</p></footer></body></html>`)
	return b.String()
}

func TestIntroducedListInWrapper(t *testing.T) {
	text := runPassesWith(t, wrappedListPage(), nil)
	assert.Contains(t, text, "Many patches were sent for review:", "the sentence and the list it announces are the article's")
	assert.Contains(t, text, "Fix volatile loads in the code generator")
	assert.Contains(t, text, "Help is welcome.")
}

// picksPage is a buyer's guide whose sections each end with a sub-heading in a colon
// and a list of the products it recommends, each item a linked heading.
func picksPage(heading string) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a></nav><article class="post-content"><h1>Tools every electrician needs</h1>`)
	for i, tool := range []string{"Multimeters", "Pliers", "Screwdrivers"} {
		b.WriteString(`<h2>` + tool + `</h2>` + para("Every electrician needs good "+strings.ToLower(tool)+".") + para("Quality matters more than price here."))
		b.WriteString(`<h4>` + heading + `</h4><ul>`)
		for _, m := range []string{"Brand Alpha", "Brand Beta"} {
			b.WriteString(`<li><h2><a href="https://shop.example/` + tool + `/` + m + `">` + m + ` ` + tool + ` model ` + string(rune('1'+i)) + `</a></h2></li>`)
		}
		b.WriteString(`</ul>`)
	}
	b.WriteString(para("That is the whole kit.") + para("Keep it clean and dry.") + `</article><footer><p>© Tool Guide</p></footer></body></html>`)
	return b.String()
}

func TestColonHeadingIntroducesList(t *testing.T) {
	text := runPassesWith(t, picksPage("Top expert recommendations:"), nil)
	assert.Contains(t, text, "Brand Alpha Pliers model 2", "a list a colon heading announces is the article's")

	// A heading without the colon announces nothing: the linked headings are teasers.
	text = runPassesWith(t, picksPage("Top expert recommendations"), nil)
	assert.NotContains(t, text, "Brand Alpha Pliers model 2")
}
