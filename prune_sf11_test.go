package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// threadWithNotes is a thread of three posts, each stamped by the engine with an edit
// note in the given words, and closed by the engine's notice to sign in; the second
// post's poster says a word of his own about an edit, and the last post's foot holds a
// "Reply" button that leads a visitor to sign in.
func threadWithNotes(note string) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which plane for a beginner?</h1><div class="posts">`)
	for i := range 3 {
		own := ""
		if i == 1 {
			own = `<p>EDIT: fixed a typo.</p>`
		}
		fmt.Fprintf(&b, `<div class="post"><div class="body">%s%s<div class="lastEdit">%s Mar %d, 2024</div></div>
<p>Thanks for the help, see you. <a href="/login?next=/t/1">Reply</a></p></div>`,
			para(fmt.Sprintf("Reply %d: a block plane is the one to buy first, and a jack plane next.", i)), own, note, i+1)
	}
	b.WriteString(`<div class="bottom-notice">You must <a href="/users/login?returnurl=/t/1">log in</a> to answer this question.</div></div></main>
<footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func TestEditNotesOfThreads(t *testing.T) {
	for _, note := range []string{"Last edited:", "Zuletzt bearbeitet:", "(Edited by member0"} {
		assert.Contains(t, runThreadRule(t, threadWithNotes(note), true, noRule), "Mar 1, 2024")
		text := runThreadRule(t, threadWithNotes(note), true, (*tree).dropEditNotes)
		assert.Contains(t, text, "Reply 2: a block plane")
		assert.Contains(t, text, "EDIT: fixed a typo.", "a poster's own word about an edit")
		assert.NotContains(t, text, "Mar 1, 2024", "an engine's edit note")
		// Off a discussion the rule changes nothing.
		assert.Equal(t, runThreadRule(t, threadWithNotes(note), false, noRule),
			runThreadRule(t, threadWithNotes(note), false, (*tree).dropEditNotes))
	}
}

func TestIsEditNote(t *testing.T) {
	for s, want := range map[string]bool{
		"last edited: jul 9, 2022": true,
		"last edited by minoa on tue aug 27, 2019 10:03 pm, edited 1 time in total.": true,
		"edited may 22, 2024 by mr_enigmatic":                                        true,
		"| last edited: 3 jul 2024":                                                  true,
		"最后编辑于 2024-03-01":                                                           true,
		"edited for a typo.":                                                         false,
		"editors' picks 2024":                                                        false,
		"i edited the config and restarted":                                          false,
	} {
		assert.Equal(t, want, isEditNote(s), s)
	}
}

func TestSignInNoticesOfThreads(t *testing.T) {
	assert.Contains(t, runThreadRule(t, threadWithNotes("Last edited:"), true, noRule), "to answer this question")
	text := runThreadRule(t, threadWithNotes("Last edited:"), true, (*tree).dropSignInNotices)
	assert.NotContains(t, text, "to answer this question", "the engine's notice to a visitor")
	assert.Contains(t, text, "Thanks for the help, see you.", "a post's foot that ends on a sign-in button")
	assert.Contains(t, text, "Reply 2: a block plane")
	assert.Equal(t, runThreadRule(t, threadWithNotes("Last edited:"), false, noRule),
		runThreadRule(t, threadWithNotes("Last edited:"), false, (*tree).dropSignInNotices), "off a discussion")
}

func TestSignInLink(t *testing.T) {
	for href, want := range map[string]bool{
		"/users/login?ssrc=question_page": true, "https://forum.example/register/": true,
		"/ucp.php?mode=login": true, "/members/login": true, "/t/how-to-log-in/42": false,
		"/users/123/alice": false, "#login": false,
	} {
		assert.Equal(t, want, signInLink(href), href)
	}
}

// threadWithAsides is a thread of three posts in which the last quotes, each in an
// <aside> as Discourse sets them, a post of another thread (named by a link) and a
// fragment of the first post (named by its poster alone).
func threadWithAsides() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which plane for a beginner?</h1><div class="posts">`)
	for i := range 2 {
		fmt.Fprintf(&b, `<div class="post">%s</div>`, para(fmt.Sprintf("Reply %d: a block plane is the one to buy first, and a jack plane next.", i)))
	}
	b.WriteString(`<div class="post"><p>Continuing the discussion from <a href="/t/sharpening/77">Sharpening</a>:</p>
<aside class="quote"><div class="title"><img src="/a.png" alt=""> <a href="/t/sharpening/77/3">Sharpening</a></div>
<blockquote><p>Quoted elsewhere: a plane iron wants a polished back before anything else, or it never cuts clean.</p></blockquote></aside>
<aside class="quote"><div class="title"><img src="/b.png" alt=""> member0:</div>
<blockquote><p>is the one to buy first, and a jack plane next, said the first reply of this very thread.</p></blockquote></aside>`)
	b.WriteString(para("Reply 2: both answers agree, and a polished back matters most."))
	b.WriteString(`</div></div></main><footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func TestQuoteAsidesOfThreads(t *testing.T) {
	assert.NotContains(t, runThreadRule(t, threadWithAsides(), true, noRule), "Quoted elsewhere", "the tag drops the aside")
	text := runThreadRule(t, threadWithAsides(), true, (*tree).keepQuoteAsides)
	assert.Contains(t, text, "Quoted elsewhere: a plane iron wants a polished back", "a quote of another thread")
	assert.NotContains(t, text, "said the first reply of this very thread", "a quote of this thread")
	assert.Contains(t, text, "Reply 2: both answers agree")
	assert.Equal(t, runThreadRule(t, threadWithAsides(), false, noRule),
		runThreadRule(t, threadWithAsides(), false, (*tree).keepQuoteAsides), "off a discussion")
}

// threadWithOrdinals is a thread of three posts, each under a header that names its
// poster and its time and numbers it, as Discourse prints it, or (inline) with the
// number and the time in a span among the post's words, as XenForo's themes print it.
func threadWithOrdinals(inline bool) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which plane for a beginner?</h1><div class="posts">`)
	for i := range 3 {
		words := para(fmt.Sprintf("Reply %d: a block plane is the one to buy first, and a jack plane 19 next.", i))
		if inline {
			fmt.Fprintf(&b, `<div class="post">member%d <span class="postbit"><a href="#post-%d">#%d7</a> · <time>May %d, 2024, 8:45am</time></span>%s</div>`,
				i, i, i+1, i+1, words)
			continue
		}
		fmt.Fprintf(&b, `<div class="post"><div class="post-meta"><span class="creator">member%d</span> <span class="infos"><time datetime="2024-05-0%dT08:45:00Z">May %d, 2024, 8:45am</time> <span itemprop="position">%d7</span></span></div>%s</div>`,
			i, i+1, i+1, i+1, words)
	}
	b.WriteString(`</div></main><footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func TestPostOrdinalsOfThreads(t *testing.T) {
	assert.Contains(t, runThreadRule(t, threadWithOrdinals(false), true, noRule), "8:45am 17")
	text := runThreadRule(t, threadWithOrdinals(false), true, (*tree).dropPostOrdinals)
	assert.NotContains(t, text, "8:45am 17", "the engine's number of the post")
	assert.Contains(t, text, "member0 May 1, 2024, 8:45am", "the post's header")
	assert.Contains(t, text, "a jack plane 19 next", "a figure in a post's words")
	assert.Equal(t, runThreadRule(t, threadWithOrdinals(false), false, noRule),
		runThreadRule(t, threadWithOrdinals(false), false, (*tree).dropPostOrdinals), "off a discussion")
	// A header's line set in a span among the post's words.
	assert.Contains(t, runThreadRule(t, threadWithOrdinals(true), true, noRule), "#17")
	text = runThreadRule(t, threadWithOrdinals(true), true, (*tree).dropPostOrdinals)
	assert.NotContains(t, text, "#17")
	assert.Contains(t, text, "May 1, 2024, 8:45am")
	assert.Contains(t, text, "a jack plane 19 next")
}

func TestIsOrdinal(t *testing.T) {
	for s, want := range map[string]bool{"1": true, "#8": true, " 12 ": true, "#": false, "1,077": false, "1a": false, "": false} {
		assert.Equal(t, want, isOrdinal([]byte(s)), s)
	}
}

// threadWithReactions is a thread of three posts, each with a bar under it of the
// members who reacted, labelled in the given words; the last post's words open with a
// label and a colon of their own.
func threadWithReactions(label string) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which plane for a beginner?</h1><div class="posts">`)
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="post">%s<div class="reactionsBar"><span>%s:</span> <a href="/posts/%d/reactions">member%d</a></div></div>`,
			para(fmt.Sprintf("Reply %d: a block plane is the one to buy first, and a jack plane next.", i)), label, i, i)
	}
	b.WriteString(`<div class="post"><p>Likes: a sharp iron, a flat sole, <a href="/t/sole">see this thread</a>.</p>` + para("Reply 3: and a good strop.") + `</div>`)
	b.WriteString(`</div></main><footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func TestReactionBarsOfThreads(t *testing.T) {
	for _, label := range []string{"Reactions", "Reaktionen"} {
		assert.Contains(t, runThreadRule(t, threadWithReactions(label), true, noRule), label+":")
		text := runThreadRule(t, threadWithReactions(label), true, (*tree).dropReactionBars)
		assert.NotContains(t, text, label+":", "a post's reaction bar")
		assert.Contains(t, text, "Reply 2: a block plane")
		assert.Contains(t, text, "Likes: a sharp iron", "a poster's line")
		assert.Equal(t, runThreadRule(t, threadWithReactions(label), false, noRule),
			runThreadRule(t, threadWithReactions(label), false, (*tree).dropReactionBars), "off a discussion")
	}
}
