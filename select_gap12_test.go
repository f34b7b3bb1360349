package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// wrappedCardsPage is a service's landing page with a grid of feature cards, each card
// one link alone in a wrapper of its own.
const wrappedCardsPage = `<html><body><main><h1>Harbor cloud</h1>` + "%s" + `
<div class="cards">
<div class="tile"><a href="/backup"><div><h3>Backups</h3><p>Keep every file for a year and restore any folder in a click.</p></div></a></div>
<div class="tile"><a href="/sync"><div><h3>Sync</h3><p>Work on the same files from your laptop, your phone and the web.</p></div></a></div>
<div class="tile"><a href="/share"><div><h3>Sharing</h3><p>Send a link that opens a folder for clients without an account.</p></div></a></div>
</div></main></body></html>`

// mirroredCardsPage repeats each card for small screens in a plain box beside its link.
const mirroredCardsPage = `<html><body><main><h1>Harbor cloud</h1>` + "%s" + `
<div class="grid">
<div class="card card-mobile"><button aria-label="more"></button><span>Backups</span></div>
<a class="card card-desktop" href="/backup"><div class="card-body"><span>Backups</span><h3>Keep every file</h3><div>Keep every file for a year and restore any folder in a click.</div></div></a>
<div class="card card-mobile"><button aria-label="more"></button><span>Sync</span></div>
<a class="card card-desktop" href="/sync"><div class="card-body"><span>Sync</span><h3>Work anywhere</h3><div>Work on the same files from your laptop, your phone and the web.</div></div></a>
</div></main></body></html>`

func runGridCards(t *testing.T, page string, story bool) string {
	t.Helper()
	intro := para("Storage for small firms.") + para("Priced per team.") + para("Hosted in Europe.")
	return runPassesWith(t, strings.Replace(page, "%s", intro, 1), func(tr *tree) { tr.story = story })
}

// Cards of a grid are kept when each card link sits in a wrapper of its own, and when
// the grid mirrors its cards in plain boxes between the links.
func TestGridCardsInWrappersAreContent(t *testing.T) {
	text := runGridCards(t, wrappedCardsPage, false)
	assert.Contains(t, text, "restore any folder in a click")
	assert.Contains(t, text, "clients without an account")
	text = runGridCards(t, mirroredCardsPage, false)
	assert.Contains(t, text, "restore any folder in a click")
	assert.Contains(t, text, "your phone and the web")
}

// On a story the same cards are teasers of other stories.
func TestStoryWrappedCardsStayTeasers(t *testing.T) {
	text := runGridCards(t, wrappedCardsPage, true)
	assert.NotContains(t, text, "restore any folder in a click")
	assert.Contains(t, text, "Hosted in Europe.")
}

// A box opened by a label with a colon holds the label's value and is kept; the same
// kind of box titled without a colon, a list of links, is still dropped.
func TestColonLabelledFieldKept(t *testing.T) {
	body := strings.Repeat(para("The game."), 6)
	page := `<html><head><title>Lighthouse Keeper</title></head><body><main><div class="game">` + body +
		`<div class="reqs"><strong>Recommended:</strong><ul>` +
		`<li>Processor: four cores at three gigahertz or faster</li>` +
		`<li>Memory: sixteen gigabytes of working memory for large maps</li>` +
		`<li>Graphics: a card with eight gigabytes of its own memory</li></ul></div>` + body +
		`<div class="more"><h3>Recommended</h3><ul><li><a href="/a">Harbour Pilot deluxe edition</a></li>` +
		`<li><a href="/b">Storm Watch collection</a></li></ul></div>` +
		`</div></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "sixteen gigabytes of working memory")
	assert.NotContains(t, text, "Storm Watch collection")
}
