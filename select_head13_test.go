package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// coursePage is a catalogue's page: its <h1> names the list, which follows as cards of a
// linked title and a line of description each; restate adds a heading over the cards.
func coursePage(restate string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Tidewater Courses in Boat Repair</title></head><body><main>` +
		`<h1>Tidewater Courses in Boat Repair</h1><p>Evening classes in the yard shed, for owners who would ` +
		`rather mend their own boats.</p>` + restate + `<ul class="courses">`)
	for _, c := range []string{"Caulking a carvel hull", "Splicing three-strand rope", "Refastening planks",
		"Varnish that lasts a season", "Sails: patching and restitching", "Engines for the small boat"} {
		b.WriteString(`<li class="course"><h3><a href="/c/` + c + `">` + c + `</a></h3><p>Six evenings in the ` +
			`yard shed, with tools provided.</p></li>`)
	}
	b.WriteString(`</ul></main></body></html>`)
	return b.String()
}

// The headline of a listing heads its entries: it stays in the text.
func TestListingHeadlineStays(t *testing.T) {
	page := coursePage("")
	text := runPassesWith(t, page, func(tr *tree) {
		tr.headlines = newHeadlines(&pageMeta{title: "Tidewater Courses in Boat Repair"}, "Tidewater Courses in Boat Repair")
	})
	assert.Contains(t, text, "Caulking a carvel hull")
	assert.Contains(t, text, "Tidewater Courses in Boat Repair")
}

// A heading over the entries that restates the headline says it once; a page that
// declares a story leaves its headline to Article.Title.
func TestListingHeadlineSaidOnce(t *testing.T) {
	set := func(story bool) func(*tree) {
		return func(tr *tree) {
			tr.headlines = newHeadlines(&pageMeta{title: "Tidewater Courses in Boat Repair"}, "Tidewater Courses in Boat Repair")
			tr.story = story
		}
	}
	text := runPassesWith(t, coursePage(`<h2>All Tidewater Courses in Boat Repair</h2>`), set(false))
	assert.Equal(t, 1, strings.Count(text, "Tidewater Courses in Boat Repair"))
	text = runPassesWith(t, coursePage(""), set(true))
	assert.NotContains(t, text, "Tidewater Courses in Boat Repair")
}
