package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPermalinkInHeadingKept(t *testing.T) {
	// A book's chapter whose theme wraps every heading's text in a permalink styled
	// "header": the headings are the chapter's own.
	page := `<html><body><nav class="sidebar"><a href="/1">Intro</a><a href="/2">Ownership</a></nav><main>` +
		`<h1 id="ownership"><a class="header" href="#ownership">Ownership</a></h1>` +
		para("Ownership is a set of rules that govern how a program manages memory while it runs, checked by the compiler.") +
		`<h2 id="scope"><a class="header" href="#scope">Variable Scope Rules</a></h2>` +
		para("A scope is the range within a program for which an item is valid; a variable is valid from where it is declared.") +
		`<h3 id="moves"><a class="header" href="#moves">Data Interacting with Move</a></h3>` +
		para("Multiple variables can interact with the same data in different ways; assigning a heap value moves it instead.") +
		`</main><footer class="footer"><a href="/about">About</a></footer></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Variable Scope Rules")
	assert.Contains(t, a.Text, "Data Interacting with Move")
	assert.NotContains(t, a.Text, "About")
}

func TestLinkedCardHeaderKept(t *testing.T) {
	// A board of job offers, each a card that is one link, whose title line sits in a
	// block styled "listing__header".
	var sb strings.Builder
	sb.WriteString(`<html><body><header class="masthead"><a href="/">Jobs</a><a href="/post">Post a job</a></header><main><h1>Remote engineering jobs</h1>`)
	for _, job := range []string{"Senior Platform Engineer", "Staff Data Analyst", "Frontend Developer (React)", "Test Automation Lead", "Principal Security Engineer", "Embedded Firmware Engineer"} {
		sb.WriteString(`<a class="listing-link" href="/job/` + strings.ReplaceAll(job, " ", "-") + `"><div class="listing">` +
			`<div class="listing__header"><h3 class="listing__title">` + job + `</h3><span class="listing__age">16d</span></div>` +
			`<div class="listing__body"><p>Full time, remote, with a yearly salary band and equity for the right person.</p></div></div></a>`)
	}
	sb.WriteString(`</main></body></html>`)
	a, err := Extract(strings.NewReader(sb.String()), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Senior Platform Engineer")
	assert.Contains(t, a.Text, "Embedded Firmware Engineer")
	assert.NotContains(t, a.Text, "Post a job")
}

func TestRankedHeadingKept(t *testing.T) {
	// A ranked list in an article: each item's heading links to the thing it names, and
	// a picture with a linked credit stands between the heading and its prose.
	var sb strings.Builder
	sb.WriteString(`<html><body><main><article><h1>The best speech services</h1>` + para("We tried the speech services most teams use and ranked them by accuracy and price."))
	for n, name := range []string{"Polly Voices", "Lex Dialogs", "Transcribe Pro"} {
		sb.WriteString(`<h3>` + string(rune('1'+n)) + `. <a href="https://example.com/` + strings.ReplaceAll(name, " ", "-") + `">` + name + `</a></h3>` +
			`<figure><img src="x.png"><figcaption><a href="https://example.com/src">Source</a></figcaption></figure>` +
			para("The service turns text into speech and back, and it bills by the character for each request."))
	}
	sb.WriteString(`</article></main></body></html>`)
	a, err := Extract(strings.NewReader(sb.String()), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "1. Polly Voices")
	assert.Contains(t, a.Text, "3. Transcribe Pro")
}

func TestOpensWithRank(t *testing.T) {
	for s, want := range map[string]bool{
		"3. Amazon Lex": true, "12) Rock begonia": true, "1 . JP Urban Moving": true, "II. Text-to-Speech": true,
		"2025. A year": false, "#2 2025-11-02": false, "3.": false, "Amazon Lex": false, "3 Amazon": false,
		"XVIII. Too long": false, "": false, "10.5 kg": false,
	} {
		assert.Equal(t, want, opensWithRank(s), s)
	}
}
