package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// bookChapter is a chapter of an online book whose generator names its notes after
// the word "tag", followed by a promotion classed as a tag and the post's real tag line.
const bookChapter = `<html><body><nav><a href="/">Contents</a> <a href="/ch1">Chapter 1</a></nav>
<main><h1>Introduction</h1>
<p>Welcome to this informal introduction to programming with proofs. The book walks through the language first, then through the proofs you can write with it, one small step at a time.</p>
<blockquote class="blockquote-tag blockquote-tag-note"><p>Note: this is the first release of the book. There are bound to be typos and rough edges; if you spot one, please tell us.</p></blockquote>
<p>The series divides into two arcs. The first treats the language as a programming language, with types, functions and data; the second treats it as a prover, with tactics and lemmas.</p>
<p>No prior experience with provers is assumed. Familiarity with any typed language will help, and a willingness to read error messages slowly will help more.</p>
<div class="inner-link-tag"><p>Get our best stories on your phone every morning. Choose your favourite channel and follow us there today.</p></div>
<div class="post-tags"><p>Programming • Proofs • Type theory • Functional programming • Books and tutorials</p></div>
</main><footer><p>© The Authors</p></footer></body></html>`

func TestProseTagBoxKept(t *testing.T) {
	text := runPasses(t, bookChapter)
	assert.Contains(t, text, "There are bound to be typos and rough edges")
	assert.Contains(t, text, "The series divides into two arcs")
	assert.NotContains(t, text, "Functional programming • Books")
	// A promotion classed as a tag names no kind of note.
	assert.NotContains(t, text, "Get our best stories on your phone")
}
