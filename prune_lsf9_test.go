package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// shortThreadWithFigures is a thread of two posts (a question and its answer), each
// beside a card of the poster's figures under the engine's labels, in the language
// given by its labels: too few posts for the labels to repeat three times.
func shortThreadWithFigures(joined, posts, place string) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Which plane for a beginner?</h1><div class="posts">`)
	for i := range 2 {
		fmt.Fprintf(&b, `<div class="post"><div class="user"><a href="/members/m%d">member%d</a><div>Registered User</div>
<div>%s: Mar 201%d</div><div>%s: 7%d1</div><div>%s: Town %d</div></div>
<div class="body">%s</div></div>`, i, i, joined, i, posts, i, place, i, para(fmt.Sprintf("Reply %d: a block plane is the one to buy first, and a jack plane next.", i)))
	}
	b.WriteString(`</div></main><footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func TestMemberFiguresOfShortThreads(t *testing.T) {
	for _, labels := range [][3]string{{"Join Date", "Posts", "Location"}, {"Registriert seit", "Beiträge", "Wohnort"}} {
		text := runCards(t, shortThreadWithFigures(labels[0], labels[1], labels[2]), true)
		assert.Contains(t, text, "Reply 0: a block plane")
		assert.Contains(t, text, "Reply 1: a block plane")
		for _, l := range labels {
			assert.NotContains(t, text, l+":", "a poster's figure in a card")
		}
		// Off a discussion the labels are left to the other rules.
		assert.Contains(t, runCards(t, shortThreadWithFigures(labels[0], labels[1], labels[2]), false), labels[1]+":")
	}
}

func TestIsMemberStat(t *testing.T) {
	for key, want := range map[string]bool{
		"posts:": true, "# posts": true, "# helpful votes": true, "joined": true, "join date:": true,
		"beiträge:": true, "# likes": true, "output:": false, "hi": false, "# replies": false,
	} {
		assert.Equal(t, want, isMemberStat(key), key)
	}
}

// readingList is a curated page (no story declared) that opens with a few paragraphs
// and then lists its entries in columns, one entry to a block among spacers: each a
// heading that links to the entry, a byline and a sentence about it. With pictures,
// each entry is a teaser whose picture links where its title does.
func readingList(pictures bool) string {
	var b strings.Builder
	b.WriteString(`<html><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><main><h1>Reading for the planet</h1>`)
	for range 3 {
		b.WriteString(para("A list of books, essays and podcasts about art and ecology that we come back to."))
	}
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="row r%d">`, i)
		for j := range 2 {
			pic := ""
			if pictures {
				pic = fmt.Sprintf(`<a href="https://example.org/e%d%d"><img src="/p%d%d.jpg" alt=""></a>`, i, j, i, j)
			}
			fmt.Fprintf(&b, `<div class="col c%d"><div class="spacer"></div><div class="block b%d%d">%s<h4><a href="https://example.org/e%d%d">Entry %d%d title</a></h4><p><strong>By Author %d%d</strong></p><p>Entry %d%d: experimenting with the forest as a metaphor for change in communities.</p></div></div>`, j, i, j, pic, i, j, i, j, i, j, i, j)
		}
		b.WriteString(`</div>`)
	}
	b.WriteString(`</main><footer><p>© The List</p></footer></body></html>`)
	return b.String()
}

func TestHeadedEntriesKeepTitles(t *testing.T) {
	text := runThreadRule(t, readingList(false), false, noRule)
	for _, s := range []string{"Entry 00 title", "Entry 21 title", "Entry 21: experimenting"} {
		assert.Contains(t, text, s)
	}
	// A teaser's title, linked again by its picture, is left to the teaser rules.
	text = runThreadRule(t, readingList(true), false, noRule)
	assert.Contains(t, text, "Entry 21: experimenting")
	assert.NotContains(t, text, "Entry 21 title")
}

// questionPage is a Q&A thread whose answers are followed by a box that opens with
// the given label over the question's tags and a line about them.
func questionPage(label string) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>How to book flights when moving abroad?</h1><div class="answers">`)
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="answer">%s</div>`, para(fmt.Sprintf("Answer %d: a one-way ticket is the simplest way to book it.", i)))
	}
	fmt.Fprintf(&b, `</div><div class="notice"><p class="fw-bold">%s</p><ul><li><a href="/tagged/flights">flights</a></li><li><a href="/tagged/moving">moving</a></li></ul><p>Tags like these lead to questions of the same kind.</p></div>`, label)
	b.WriteString(`</main><footer><p>© The Exchange</p></footer></body></html>`)
	return b.String()
}

func TestRelatedQuestionsBoxDropped(t *testing.T) {
	for _, label := range []string{"Explore related questions", "Ähnliche Fragen", "Похожие вопросы"} {
		text := runThreadRule(t, questionPage(label), true, noRule)
		assert.Contains(t, text, "Answer 2: a one-way ticket")
		assert.NotContains(t, text, label)
		assert.NotContains(t, text, "Tags like these", "the box under %q", label)
	}
}

// threadWithLikes is a thread of two replies, each followed by the engine's count of
// its likes, in the language of the label given.
func threadWithLikes(label string) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>My take on valuation</h1><div class="topic">`)
	for i := range 2 {
		fmt.Fprintf(&b, `<div class="post"><span class="creator"><a href="/u/m%d">member%d</a></span><div class="body">%s</div><div class="stats"><span class="post-likes">%d%d %s</span></div></div>`,
			i, i, para(fmt.Sprintf("Reply %d: a company is worth the cash it will throw off, discounted.", i)), i+1, i, label)
	}
	b.WriteString(`</div></main><footer><p>© The Forum</p></footer></body></html>`)
	return b.String()
}

func TestPostFiguresDropped(t *testing.T) {
	for _, label := range []string{"Likes", "Beiträge"} {
		text := runThreadRule(t, threadWithLikes(label), true, (*tree).dropPostFigures)
		assert.Contains(t, text, "Reply 1: a company is worth")
		assert.NotContains(t, text, label)
		// Off a discussion the count is left to the other rules.
		assert.Contains(t, runThreadRule(t, threadWithLikes(label), false, (*tree).dropPostFigures), label)
	}
}

// threadWithAskBox is a thread whose last reply is short, with its buttons under it,
// followed by the engine's box that calls the reader to ask a question.
func threadWithAskBox() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>How to book flights when moving abroad?</h1><div class="answers">`)
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="answer">%s</div>`, para(fmt.Sprintf("Answer %d: a one-way ticket is the simplest way to book it.", i)))
	}
	b.WriteString(`<div class="answer"><div>Thanks all, that settles it for me.</div><a class="btn" href="/reply">Reply</a> <a class="btn" href="/quote">Quote</a></div></div>`)
	b.WriteString(`<div class="notice"><p>Start asking to get answers</p><p>Find the answer to your question by asking.</p><a class="btn btn-outlined" href="/ask">Ask question</a></div>`)
	b.WriteString(`</main><footer><p>© The Exchange</p></footer></body></html>`)
	return b.String()
}

func TestAskBoxDropped(t *testing.T) {
	text := runThreadRule(t, threadWithAskBox(), true, (*tree).dropAskBoxes)
	assert.Contains(t, text, "Answer 2: a one-way ticket")
	assert.Contains(t, text, "Thanks all, that settles it", "a short reply with its buttons")
	assert.NotContains(t, text, "Start asking")
	assert.NotContains(t, text, "Find the answer to your question")
	// Off a discussion the box is left to the other rules.
	assert.Contains(t, runThreadRule(t, threadWithAskBox(), false, (*tree).dropAskBoxes), "Start asking")
}
