package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twinCards is a page of event listings whose every card is printed twice inside its
// item, with the classes of copyA and copyB.
func twinCards(copyA, copyB string) string {
	var b strings.Builder
	b.WriteString(`<html><body><header><nav><a href="/">Inicio</a> <a href="/eventos">Eventos</a></nav></header><main><h1>Conferencias de tecnología en línea</h1><ul class="events">`)
	for i := range 8 {
		card := fmt.Sprintf(`<section class="card"><a href="/e/%d"><h3>Taller de escritura técnica número %d</h3></a><p>miércoles, 1 de abril, 10:00</p><p>Desde 15,00 €</p></section>`, i, i)
		fmt.Fprintf(&b, `<li><div class="%s">%s</div><div class="%s">%s</div></li>`, copyA, card, copyB, card)
	}
	b.WriteString(`</ul></main><footer><p>© Eventos</p></footer></body></html>`)
	return b.String()
}

func TestCardTwinsPrintOnce(t *testing.T) {
	a, err := Extract(strings.NewReader(twinCards("search-mobile-card", "search-desktop-card")), nil)
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(a.Text, "Taller de escritura técnica número 3"), a.Text)
	assert.Equal(t, 1, strings.Count(a.Text, "Taller de escritura técnica número 7"), a.Text)
}

func TestCardTwinsLeaveOtherCopies(t *testing.T) {
	// Two copies whose classes differ by more than a screen's word are two blocks
	// of the page (a card and its entry in a list of favourites); the same class is
	// the author's own repetition.
	for _, classes := range [][2]string{{"card-main", "card-saved"}, {"card", "card"}} {
		a, err := Extract(strings.NewReader(twinCards(classes[0], classes[1])), nil)
		require.NoError(t, err)
		assert.Equal(t, 2, strings.Count(a.Text, "Taller de escritura técnica número 3"), classes)
	}
}

// ratedList is a list of books, each entry with a rating widget whose stars are links
// with the href star.
func ratedList(star string) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Die besten Bücher aller Zeiten</h1><table>`)
	for i := range 6 {
		fmt.Fprintf(&b, `<tr><td>%d</td><td><a href="/buch/%d">Der Zauberberg, Band %d</a> von <a href="/autor/mann">Thomas Mann</a><div>4,1 Durchschnitt, 120.000 Bewertungen, %d Stimmen</div><div class="rating"><div class="label">Dieses Buch bewerten</div><div class="stars"><a href="%s">1 von 5 Sternen</a><a href="%s">2 von 5 Sternen</a><a href="%s">3 von 5 Sternen</a><a href="%s">4 von 5 Sternen</a><a href="%s">5 von 5 Sternen</a></div></div></td></tr>`, i+1, i, i, 900-i, star, star, star, star, star)
	}
	b.WriteString(`</table></main></body></html>`)
	return b.String()
}

func TestDeadControlsDropped(t *testing.T) {
	for _, star := range []string{"#", "javascript:void(0)", ""} {
		a, err := Extract(strings.NewReader(ratedList(star)), nil)
		require.NoError(t, err)
		assert.Contains(t, a.Text, "Der Zauberberg, Band 5", star)
		assert.NotContains(t, a.Text, "von 5 Sternen", star)
		assert.NotContains(t, a.Text, "Dieses Buch bewerten", star)
	}
	// Links that lead somewhere are a list's own, whatever their text.
	a, err := Extract(strings.NewReader(ratedList("/sterne")), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "3 von 5 Sternen")
}

func TestDeadHref(t *testing.T) {
	for _, h := range []string{"", "#", " # ", "JavaScript:void(0)"} {
		assert.True(t, deadHref(h), h)
	}
	for _, h := range []string{"#top", "/buch/1", "https://example.org/#"} {
		assert.False(t, deadHref(h), h)
	}
}

// cardsPage is a page of teaser cards, each a linked picture, a title linking to the
// same post and a teaser, in wrappers of several widths, after lead (an article's
// text, or nothing) and with head in its <head>.
func cardsPage(head, lead string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<html><head>%s</head><body><nav><a href="/">Home</a> <a href="/projects">Projects</a></nav><div class="main">%s<div class="row">`, head, lead)
	for i := range 6 {
		fmt.Fprintf(&b, `<div class="col-md-%d"><div class="card"><div class="card-body"><a href="/article/p%d"><img src="/i/%d.jpg" alt=""></a><h4 class="card-title"><a href="/article/p%d">Build a simple game board, project %d</a></h4><p>Using a small microcontroller board and a handful of parts, it is possible to build a working game in an afternoon, and learn about timers on the way.</p></div></div></div>`, 4+i%3, i, i, i, i)
	}
	b.WriteString(`</div></div></body></html>`)
	return b.String()
}

func TestCardTitlesStay(t *testing.T) {
	a, err := Extract(strings.NewReader(cardsPage(ogArticle, "")), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Build a simple game board, project 0")
	assert.Contains(t, a.Text, "Build a simple game board, project 5")
}

func TestCardTitlesUnderAStory(t *testing.T) {
	// Cards under a long text are its related posts: they hold little of the page.
	var lead strings.Builder
	lead.WriteString(`<article><h1>Why timers matter</h1>`)
	for i := range 12 {
		fmt.Fprintf(&lead, `<p>Paragraph %d of a long text about hardware timers, interrupts and the ways a small board keeps time while it does other work, with an example or two.</p>`, i)
	}
	lead.WriteString(`</article>`)
	a, err := Extract(strings.NewReader(cardsPage(ogArticle, lead.String())), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Paragraph 11 of a long text")
	assert.NotContains(t, a.Text, "Build a simple game board, project 5")
}
