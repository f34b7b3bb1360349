package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// tipPage is a kitchen tip whose steps are printable, each in a block named for
// printing ("tip-print-step"), beside a print button and a box of teasers.
const tipPage = `<html><head><title>Tomaten richtig schneiden</title></head><body>
<div class="tip"><h1>Tomaten richtig schneiden</h1>
<div class="tip-print-step">Ihr möchtet Tomaten in Scheiben schneiden, weil Ihr sie hübsch auf einem Teller anrichten möchtet. Und dann passiert es wieder: die Kerne fallen heraus und glitschen auf dem Schneidbrett herum. Das sieht nicht schön aus und nervt, zumal die Scheiben dann auseinander fallen.</div>
<div class="tip-print-step">Das liegt daran, dass die Tomate falsch auf dem Brett liegt. Legt die Tomate so auf das Brett, dass der Strunk auf der rechten oder der linken Seite liegt. Dann haften die Kerne am Fruchtfleisch und können nicht mehr herausfallen, und die Scheiben bleiben ganz.</div>
<div class="print-button"><a href="/print">Drucken</a></div>
</div>
<div class="teasers"><a href="/a">Blind backen</a> <a href="/b">Nudeln kochen</a> <a href="/c">Pflaumen einfrieren</a></div>
</body></html>`

// TestSharePrintStepIsProse checks that a block named for printing that holds a
// paragraph of prose with no link is read as content, while the print button stays out.
func TestSharePrintStepIsProse(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(tipPage))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	roots := tr.selectMain(tr.score())
	tr.prune(roots)
	text := tr.renderText(roots)
	assert.Contains(t, text, "Legt die Tomate so auf das Brett")
	assert.Contains(t, text, "die Kerne fallen heraus")
	assert.NotContains(t, text, "Drucken")
}
