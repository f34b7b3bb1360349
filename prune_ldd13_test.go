package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

// The one wrapper of a description is judged as its description was: the same text
// gets no second verdict from the link-dense rule.
func TestKeptWrapperStays(t *testing.T) {
	page := `<html><body><main>` + para("The harbour office publishes its reports here, with their authors.") +
		`<dl><dt>Report one</dt><dd><div class="meta">Tides: <a href="/a">Ada Brennan</a>, <a href="/t">Tom Ruiz</a>, ` +
		`<a href="/m">Mei Okafor</a>, <a href="/l">Lars Holm</a>, <a href="/i">Ines Vidal</a></div></dd></dl>` +
		para("Copies can be asked for at the office on the east quay.") + `</main></body></html>`
	tr := treeOf(t, page)
	total := tr.nodes[lastOfTag(tr, atom.Main)].units
	dd, meta := lastOfTag(tr, atom.Dd), lastOfTag(tr, atom.Div)
	assert.Greater(t, tr.nodes[dd].linkDensity(), float32(linkDenseParagraph))
	assert.Equal(t, tr.nodes[dd].units, tr.nodes[meta].units)
	assert.NotEqual(t, dropLinkDense, tr.judge(meta, total))
}

// A block of links that shares its parent with prose is judged on its own.
func TestKeptWrapperLeavesMenus(t *testing.T) {
	page := `<html><body><main>` + para("The harbour office publishes its reports here, with their authors.") +
		`<section><p>See also the office's pages.</p><div class="row"><a href="/a">Reports</a> <a href="/t">Tides</a> ` +
		`<a href="/m">Ferries</a> <a href="/l">Contact</a></div></section>` + para("Copies can be asked for at the office.") +
		`</main></body></html>`
	tr := treeOf(t, page)
	total := tr.nodes[lastOfTag(tr, atom.Main)].units
	assert.Equal(t, dropLinkDense, tr.judge(lastOfTag(tr, atom.Div), total))
}
