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

// TestShortIntroKept checks that a short sentence ("Here's a selection:") announces
// the list of links under it, as a longer one does, while a label ("Share this:")
// before a row of links still announces nothing.
func TestShortIntroKept(t *testing.T) {
	page := `<html><body><article>` + para("The academy offers many free courses with certificates in several fields.") +
		`<p>Here's a selection:</p>` +
		`<ul><li><a href="/c/1">Introduction to the economics of trade</a></li>` +
		`<li><a href="/c/2">Principles of sustainable farming practice</a></li>` +
		`<li><a href="/c/3">Data analysis for public health workers</a></li></ul>` +
		para("The courses are self-paced, and the certificates are issued right away.") +
		para("Another platform offers a smaller catalogue, with fewer subjects to choose.") +
		`<p>Share this:</p>` +
		`<ul><li><a href="/s/1">Share this page on the first network</a></li>` +
		`<li><a href="/s/2">Share this page on the second network</a></li></ul>` +
		para("Its courses are short, and most of them take an afternoon to complete.") +
		para("Both are worth a look if you want to learn something new this year.") +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "sustainable farming practice")
	assert.NotContains(t, text, "on the first network")
}

// TestSectionClosingListKept checks that a list of links between a paragraph of the
// story and the next sub-heading (a roundup's section: "The academy offers…", its
// courses, the next academy) stays, while the same list breaking into the story's
// paragraphs, with no heading after it, is still dropped.
func TestSectionClosingListKept(t *testing.T) {
	long := " It offers them in several languages, and each takes a few weeks to finish at an easy pace."
	page := `<html><body><article>` + para("Free certificates can be hard to find, so we compiled them here.") +
		`<h2>The first academy</h2>` + `<p>The first academy now provides several courses with free certificates.` + long + `</p>` +
		`<ul><li><a href="/c/1">Principles of the economics of trade</a></li>` +
		`<li><a href="/c/2">Development economics for beginners</a></li>` +
		`<li><a href="/c/3">Understanding data in public policy</a></li></ul>` +
		`<h2>The second academy</h2>` + para("The second academy offers fewer courses, but all of them are free.") +
		`<p>The second academy has also published several guides on its blog this year.` + long + `</p>` +
		`<ul><li><a href="/o/1">How to write a winning application letter</a></li>` +
		`<li><a href="/o/2">Ten things we learned from our students</a></li></ul>` +
		para("Its certificates are issued as soon as the final test is passed.") +
		para("Both academies are worth a look if you want to learn something new.") +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Development economics for beginners")
	assert.NotContains(t, text, "winning application letter")
}
