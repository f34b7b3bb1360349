package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestChipJoin(t *testing.T) {
	for _, c := range []struct {
		before, after rune
		gap           bool
	}{
		{'6', '1', true},  // "2026" "1h 54m"
		{'m', 'R', true},  // "54m" "R"
		{'n', 'M', true},  // "O'Brien" "Mar 7"
		{'r', '7', true},  // "Chapter" "7"
		{'8', 'M', true},  // "$108" "MSRP"
		{'3', 'r', false}, // "3" "rd"
		{'d', 'r', false}, // "child" "ren"
		{'F', 'l', false}, // a title animated letter by letter
		{'s', ',', false}, // "skills" ","
		{'年', '3', false}, // a script without spaces
	} {
		assert.Equal(t, c.gap, chipJoin(c.before, c.after), "%q %q", c.before, c.after)
	}
}

// movieChart is a chart whose rows print each film's facts as spans in a row, with no
// space between them.
const movieChart = `<html><head><title>Películas populares</title></head><body><main><h1>Películas populares</h1>
<p>Las películas que más buscan los lectores esta semana, según las visitas a sus fichas y las valoraciones del público.</p>
<ul class="chart">
<li><h3><a href="/f/1">La llamada del norte</a></h3><div class="meta"><span>2026</span><span>1h 54m</span><span>R</span></div><div>Guion de <span>Marta Ruiz</span><time>Mar 7</time></div></li>
<li><h3><a href="/f/2">El tercer invierno</a></h3><div class="meta"><span>2025</span><span>2h 11m</span><span>PG</span></div><p>Llega el 3<span>er</span> día de rodaje y el <span>F</span><span>i</span><span>n</span> de la historia.</p></li>
</ul></main></body></html>`

func TestChipsKeepTheirGaps(t *testing.T) {
	a, err := Extract(strings.NewReader(movieChart), &Options{Markdown: true})
	require.NoError(t, err)
	for _, s := range []string{a.Text, a.Markdown} {
		assert.Contains(t, s, "2026 1h 54m R")
		assert.Contains(t, s, "2025 2h 11m PG")
		assert.Contains(t, s, "Marta Ruiz Mar 7")
		assert.Contains(t, s, "3er día", "a word split by markup stays whole")
		assert.Contains(t, s, "el Fin de", "letters in spans of their own stay one word")
	}
}
