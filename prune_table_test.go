package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDataTableKeptWhole checks that the rows of a table of data stay whole, although
// each row's header cell names and links a film: such a row is data, not a menu.
func TestDataTableKeptWhole(t *testing.T) {
	row := func(title, year, note string) string {
		return `<tr><th><a href="/wiki/` + year + `">` + title + `</a></th><td>` + year + `</td><td>` + note + `</td></tr>`
	}
	page := `<html><body><article>` + para("Films in which a day repeats.") +
		`<table><thead><tr><th>Title</th><th>Year</th><th>Notes</th></tr></thead><tbody>` +
		row("Repeat Performance", "1947", "A widow relives the year before she shot her husband.") +
		row("The Time Travelers", "1964", "Scientists open a window into the future and step through it.") +
		row("Journey to the Center of Time", "1967", "Remake of The Time Travelers, with a longer ending.") +
		row("The Girl Who Leapt Through Time", "2006", "A schoolgirl learns to jump back in time.") + `</tbody></table>` +
		para("More films follow.") + `</article></body></html>`
	text := runPasses(t, page)
	for _, s := range []string{"Repeat Performance", "The Time Travelers", "The Girl Who Leapt Through Time"} {
		assert.Contains(t, text, s)
	}
}
