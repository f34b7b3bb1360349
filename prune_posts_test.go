package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// runQuotes runs selection, pruning and dropQuotedCopies on page, declared a thread or not.
func runQuotes(t *testing.T, page string, discussion bool) string {
	return runThreadRule(t, page, discussion, (*tree).dropQuotedCopies)
}

// threadWithQuotes is a thread whose replies quote earlier posts the way forum engines
// print them: a block quote holding the poster's line and the quoted words, or an aside
// with the poster's line over a block quote. One reply quotes a post of another page.
const threadWithQuotes = `<html><body><main><h1>Которую пилу купить?</h1><div class="posts">
<article class="post"><div class="body"><p>Ищу пилу для столярки, бюджет небольшой, работаю в основном с сосной и берёзой. Что посоветуете взять новичку?</p></div></article>
<article class="post"><div class="body"><blockquote><div>Ivan написал:</div><div>Ищу пилу для столярки, бюджет небольшой, работаю в основном с сосной и берёзой. Что посоветуете взять новичку?</div><div>Нажмите, чтобы раскрыть...</div></blockquote>
Японская пила рёба режет чисто и стоит недорого, для сосны самое то, берите с двумя полотнами.</div></article>
<article class="post"><div class="body"><aside class="quote"><div class="title">Petr:</div><blockquote><p>Японская пила рёба режет чисто и стоит недорого, для сосны самое то, берите с двумя полотнами.</p></blockquote></aside>
<p>Согласен насчёт рёбы, у меня такая уже пятый год и полотно ни разу не менял, только точил напильником.</p></div></article>
<article class="post"><div class="body"><blockquote><div>Anna написала:</div><div>Лучковая пила из прошлой темы отлично пилит берёзу поперёк волокон, если правильно натянуть полотно.</div></blockquote>
<p>Лучковую я тоже пробовал, но натягивать её каждый раз мне надоело, так что остался на рёбе и доволен.</p></div></article>
</div></main><footer><p>© Форум</p></footer></body></html>`

func TestQuotedCopiesDropped(t *testing.T) {
	text := runQuotes(t, threadWithQuotes, true)
	assert.Equal(t, 1, strings.Count(text, "Ищу пилу для столярки"), "the opening post once, not again in the quote")
	assert.Equal(t, 1, strings.Count(text, "Японская пила рёба"), "a reply once, not again in the quote")
	assert.NotContains(t, text, "Ivan написал:", "the poster's line goes with the quote")
	assert.NotContains(t, text, "Petr:", "an aside's title goes with its quote")
	assert.Contains(t, text, "Согласен насчёт рёбы", "the reply under a quote stays")
	assert.Contains(t, text, "Лучковая пила из прошлой темы", "a quote of a post not on the page is its only copy")
	assert.Contains(t, text, "Anna написала:")
	// Outside a discussion quotes are left to the other rules.
	assert.Equal(t, 2, strings.Count(runQuotes(t, threadWithQuotes, false), "Ищу пилу для столярки"))
}

// TestQuoteFrameKeepsReply: a reply written right after the quote, in the element that
// holds the quote, stays when the quote goes, however short.
func TestQuoteFrameKeepsReply(t *testing.T) {
	page := `<html><body><main><h1>Thread</h1><div class="posts">
<article class="post"><div class="body"><p>` + strings.Repeat("The opening post asks which chisel set to buy for a small workshop. ", 4) + `</p></div></article>
<article class="post"><div class="body"><blockquote><div>` + strings.Repeat("The opening post asks which chisel set to buy for a small workshop. ", 4) + `</div></blockquote>Me too.</div></article>
<article class="post"><div class="body"><p>` + strings.Repeat("A second reply recommends a set of four bevel-edge chisels. ", 4) + `</p></div></article>
</div></main></body></html>`
	text := runQuotes(t, page, true)
	assert.Contains(t, text, "Me too.")
	assert.Equal(t, 4, strings.Count(text, "The opening post asks"))
}

// TestReplyPreviewDropped: an engine prints, over a reply, a preview of the post it
// answers (the poster's name and the post's words, in plain elements); a program's
// output printed again by another poster stays.
func TestReplyPreviewDropped(t *testing.T) {
	op := "My build stops at the linking step with an error about a missing symbol. " +
		strings.Repeat("It worked yesterday, and nothing changed in the makefile since then. ", 2)
	out := "linking main.o\nundefined reference to foo_init\ncollect2: error: ld returned 1 exit status"
	page := `<html><body><main><h1>Build fails</h1><ul class="posts">
<li class="post"><div class="content"><p>` + op + `</p><pre>` + out + `</pre></div></li>
<li class="post"><div class="parent"><a href="/user/ana">ana</a><div class="parent-content"><p>` + op + `</p></div></div>
<div class="content"><p>` + strings.Repeat("Link the library after the object files, the order matters to the linker. ", 3) + `</p></div></li>
<li class="post"><div class="content"><p>` + strings.Repeat("Same here on another machine, and the order fixed it for me too. ", 2) + `</p><pre>` + out + `</pre></div></li>
</ul></main></body></html>`
	text := runQuotes(t, page, true)
	assert.Equal(t, 1, strings.Count(text, "My build stops at the linking step"), "the preview of the opening post goes")
	assert.Contains(t, text, "Link the library after the object files")
	assert.Equal(t, 2, strings.Count(text, "undefined reference to foo_init"), "a second run's output stays")
}

// TestOpenings: a quote is found where a line or a sentence of the earlier text starts,
// after a Latin or an ideographic stop, and nowhere else.
func TestOpenings(t *testing.T) {
	var o openings
	text := " the light is too far away. raise it to ten centimetres above the leaves."
	o.add(text, 1)
	text2 := text + " 灯离得太远了。把它降到叶子上方十厘米的地方吧"
	o.add(text2, len(text)+1)
	assert.True(t, o.find(text2, "the light is too far away."))
	assert.True(t, o.find(text2, "raise it to ten centimetres above the leaves."))
	assert.True(t, o.find(text2, "把它降到叶子上方十厘米的地方吧"))
	assert.False(t, o.find(text2, "it to ten centimetres above the leaves."), "not a sentence's start")
	assert.False(t, o.find(text2, "raise it to ten centimetres below the leaves."))
	assert.False(t, o.find(text2, "too short"))
}

// TestFigureLinesDropped: a Q&A page's scores, each a block of its own beside its post,
// go; figures in a table and in code stay, and outside a discussion the rule is off.
func TestFigureLinesDropped(t *testing.T) {
	page := `<html><body><main><h1>Why is my sourdough dense?</h1>
<div class="question"><div class="votes"><button>Up</button><div class="count">67</div><button>Down</button></div>
<div class="body"><p>` + strings.Repeat("My loaf comes out dense and flat although the starter doubles in six hours. ", 3) + `</p>
<table><tr><th>Flour</th><th>Water</th></tr><tr><td>500</td><td>350</td></tr></table></div></div>
<div class="answers"><div class="answer"><div class="votes"><div class="count">-1</div></div>
<div class="body"><p>` + strings.Repeat("Let the dough rise longer, until it has grown by half, before shaping. ", 3) + `</p><pre>1200</pre></div></div></div>
</main></body></html>`
	text := runFigures(t, page, true)
	assert.NotContains(t, text, "67")
	assert.NotContains(t, text, "-1")
	assert.Contains(t, text, "500")
	assert.Contains(t, text, "1200")
	assert.Contains(t, runFigures(t, page, false), "67")
}

// runFigures runs selection, pruning and dropFigureLines on page, declared a thread or not.
func runFigures(t *testing.T, page string, discussion bool) string {
	return runThreadRule(t, page, discussion, (*tree).dropFigureLines)
}
