package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAnnouncedListsKept checks that lists of links a sentence of the story announces
// ("…sent for review:") stay, alone or in a link-heavy section with that sentence,
// and in any language's colon, while a table of contents, a row of platform buttons
// and a list announced at the story's very end (further reading) are still dropped.
func TestAnnouncedListsKept(t *testing.T) {
	page := `<html><body><article>` + para("The compiler made good progress these past months.") +
		`<p>In this article, we will discuss the following parts:</p>` +
		`<ul><li><a href="#a">Part one of the story, at length</a></li><li><a href="#b">Part two of the story, at length</a></li></ul>` +
		`<p>Many patches were sent for review to the project:</p>` +
		`<ul><li><a href="/p/1">libgccjit: Add support for the weak variable attribute</a></li>` +
		`<li><a href="/p/2">libgccjit: Fix get_size for long double</a></li>` +
		`<li><a href="/p/3">libgccjit: Allow casts between integers and pointers</a></li></ul>` +
		para("The next release will carry most of them.") +
		`<div><h2>Merged upstream</h2><p>主な変更点は次のとおりです：</p>` +
		`<ul><li><a href="/m/1">浮動小数点型の比較を正しく扱うようにした</a></li><li><a href="/m/2">弱い変数属性を追加して関数にも使えるようにした</a></li></ul></div>` +
		para("We also looked at the tests and fixed several of them.") +
		`<p>You can also follow the project on these platforms here:</p>` +
		`<ul><li><a href="/s/1">Mastodon</a></li><li><a href="/s/2">GitHub</a></li><li><a href="/s/3">RSS</a></li></ul>` +
		para("Thanks to everyone who contributed to this release.") +
		para("The full list of changes is in the repository.") +
		`<p>Other readers found the following pages helpful too:</p>` +
		`<ul><li><a href="/o/1">How the backend emits debug information</a></li><li><a href="/o/2">Why the project chose this compiler</a></li></ul>` +
		`</article></body></html>`
	text := runPasses(t, page)
	for _, s := range []string{"weak variable attribute", "get_size for long double", "浮動小数点型", "弱い変数属性"} {
		assert.Contains(t, text, s)
	}
	for _, s := range []string{"Part one of the story", "Mastodon", "How the backend emits"} {
		assert.NotContains(t, text, s)
	}
}

func TestEndsWithColon(t *testing.T) {
	for s, want := range map[string]bool{
		"Here they are:": true, "Voici la liste :  ": true, "以下の通りです：": true,
		"Here they are.": false, "": false, "Time 10:30": false,
	} {
		assert.Equal(t, want, endsWithColon(s), s)
	}
}

// TestDescribedListsKept checks that a section of references, each with its title
// linked, stays under its heading, while a plain list of links to stories is dropped.
func TestDescribedListsKept(t *testing.T) {
	ref := func(n string) string {
		return `<li>` + n + ` D, Leach MJ, Klose P, et al. <a href="/r/` + n + `">Mindfulness-based stress reduction for treating chronic headache: a systematic review</a>. Cephalalgia. 2020;40(11):1222-1233.</li>`
	}
	page := `<html><body><article>` + para("Meditation has been studied for many conditions.") +
		para("The results are mixed, as the studies below show.") + para("Some trials were small.") +
		para("Others followed people for years.") + para("A few compared it with exercise.") +
		para("Most measured stress.") + para("Fewer measured sleep.") +
		`<div><h3>Key references</h3><ul>` + ref("Anheyer") + ref("Black") + ref("Burke") + `</ul></div>` +
		`<ul><li><a href="/s/1">Another story about sleep and stress</a></li><li><a href="/s/2">Yet another story about yoga</a></li>` +
		`<li><a href="/s/3">A third story about breathing</a></li></ul>` +
		`</article></body></html>`
	text := runPasses(t, page)
	for _, s := range []string{"Key references", "Anheyer D, Leach MJ", "Burke D, Leach MJ"} {
		assert.Contains(t, text, s)
	}
	assert.NotContains(t, text, "Another story about sleep")
}
