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
