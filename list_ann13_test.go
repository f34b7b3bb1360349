package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHouseStyleListKept checks that a list of links a sentence of the story
// announces stays when the story's prose lists wear the same class (the editor draws
// every list so), while a classed list with no prose list of its class beside it is
// still taken for the template's box.
func TestHouseStyleListKept(t *testing.T) {
	page := `<html><body><article><div class="entry">` + para("The old town is best seen on foot over a long weekend.") +
		`<ul class="edlist"><li>Take the early train, which is cheaper and much less crowded than the later ones.</li>` +
		`<li>Carry some cash for the small shops and stalls that take no cards at all.</li></ul>` +
		para("I have written about the city before, in a few longer guides of its own.") +
		`<p>Please feel free to read the following guides to plan your stay:</p>` +
		`<ul class="edlist"><li><a href="/g/1">Where to stay in the old town for a first visit</a></li>` +
		`<li><a href="/g/2">The best views over the river and the bridges</a></li>` +
		`<li><a href="/g/3">A food guide to the twenty dishes to try there</a></li></ul>` +
		para("From the city, the mountains are an easy day trip by the regional railway line.") +
		para("Choose one of the two valleys if it is your first time, and stay for the night.") +
		`</div></article><div class="other">` + para("Some notes on the villages of the coast, which see few visitors in winter.") +
		`<p>Other readers found the following pages helpful too, and so may you:</p>` +
		`<ul class="boxlist"><li><a href="/o/1">How the ferries run in the winter months</a></li>` +
		`<li><a href="/o/2">Why the coast road is closed in the spring</a></li></ul>` +
		para("The villages are quiet, and the inns are open all year round for walkers.") +
		para("Bring warm clothes: the wind off the sea is cold even on sunny days in March.") +
		`</div></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "The best views over the river")
	assert.NotContains(t, text, "How the ferries run")
}
