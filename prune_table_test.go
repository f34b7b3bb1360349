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

// TestLinkedDataTableKept checks that a table of data that links most of its names (an
// infobox) stays, while a grid made of links alone is still a menu.
func TestLinkedDataTableKept(t *testing.T) {
	row := func(k, v string) string {
		return `<tr><th>` + k + `</th><td><a href="/wiki/x">` + v + `</a></td></tr>`
	}
	page := `<html><body><article>` + para("The country lies in the south-western Pacific Ocean.") +
		`<table class="infobox">` + row("Capital", "Wellington") + row("Largest city", "Auckland") +
		row("Official languages", "English, Māori, Sign Language") + row("Government", "Parliamentary monarchy") + `</table>` +
		para("Its islands were settled late.") +
		`<table><tr><td><a href="/a">About us</a></td><td><a href="/b">Contact</a></td></tr><tr><td><a href="/c">Careers</a></td><td><a href="/d">Press room</a></td></tr></table>` +
		para("The end.") + `</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Wellington")
	assert.Contains(t, text, "Parliamentary monarchy")
	assert.NotContains(t, text, "Press room")
}
