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
