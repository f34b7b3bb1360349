package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTemplateTextDropped(t *testing.T) {
	page := `<html><body><article><h1>Will a simple method work?</h1>` +
		para("I started with one page and a list of questions.") +
		`<div class="alert" ng-cloak><strong>{{ board.errors[1179].message }}</strong></div>` +
		para("The replies were kind, and a few were useful.") +
		`<div class="alert" v-cloak>{{ notice.title }} {{{ notice.body }}}</div>` +
		`<p>Write {{ name }} where the name goes, as the guide says.</p>` +
		`<pre>{{ form.subject }}</pre><dl><dt><code>{{ field.label }}</code></dt><dd>` +
		para("The label of the field.") + `</dd></dl></article></body></html>`
	got := runPassesWith(t, page, nil)
	assert.NotContains(t, got, "board.errors", "an alert's template, not rendered")
	assert.NotContains(t, got, "notice.title")
	assert.Contains(t, got, "Write {{ name }} where", "a sentence that quotes an expression")
	assert.Contains(t, got, "{{ form.subject }}", "a template shown in code")
	assert.Contains(t, got, "{{ field.label }}", "a template named in a code span")
	assert.Contains(t, got, "a few were useful")
}

func TestIsPlaceholderText(t *testing.T) {
	for s, want := range map[string]bool{
		"{{ x }}": true, " {{a.b[1].c}} ": true, "{{ a }} {{ b }}": true, "{{{ html }}}": true,
		"": false, "{{ a } }": false, "say {{ a }}": false, "{{ a }} says": false, "{ a }": false,
	} {
		assert.Equal(t, want, isPlaceholderText(s), s)
	}
}
