package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sheetDesc = "Ein leichtes Trainingsshirt aus recyceltem Polyester, das Schweiß schnell nach außen leitet und beim Laufen nicht scheuert."

// sheetPage is a shop's page of one product whose description sits in a sheet that a
// button opens, beside another sheet with the delivery terms; ld is its JSON-LD.
func sheetPage(ld string) string {
	return `<html><head><script type="application/ld+json">` + ld + `</script></head><body>` +
		`<main><div class="pdp"><h1>Lauf-Shirt</h1><p>29,99 €</p><p>Größe wählen</p>` +
		`<div class="usps"><p>Kostenloser Versand ab 50 € Bestellwert innerhalb von ganz Deutschland</p>` +
		`<p>Kostenlose Rücksendung innerhalb von 30 Tagen nach Erhalt der Bestellung</p>` +
		`<p>Im Durchschnitt sagen 279 Kunden, dass dieses Produkt normal ausfällt</p>` +
		`<p>Sammle mit jedem Einkauf Punkte und sichere dir exklusive Vorteile im Club</p></div>` +
		`<section class="accordion"><button>Beschreibung</button><div class="sheet" role="dialog"><p>` + sheetDesc + `</p>` +
		`<ul><li>Schmale Passform</li><li>Flache Nähte</li></ul></div>` +
		`<button>Versand</button><div class="sheet" role="dialog"><p>Der Standardversand dauert drei bis fünf Werktage und kostet 4,95 € innerhalb Deutschlands.</p></div>` +
		`</section></div></main></body></html>`
}

func TestDeclaredDescriptionInSheetKept(t *testing.T) {
	ld := `{"@context":"https://schema.org","@type":"Product","name":"Lauf-Shirt",` +
		`"description":"<p>` + sheetDesc + `</p>","offers":{"@type":"Offer","price":"29.99","priceCurrency":"EUR"}}`
	a, err := Extract(strings.NewReader(sheetPage(ld)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Ein leichtes Trainingsshirt")
	assert.Contains(t, a.Text, "Flache Nähte")
	assert.NotContains(t, a.Text, "Standardversand", "the other sheet is still a dialog")
}

func TestProductLead(t *testing.T) {
	m := &pageMeta{meta: map[string]string{}}
	m.ld.types = []string{"product"}
	m.ld.product = "<p><strong>REDEFINING  YOUR POTENTIAL</strong><br>\nThe Arrival T-Shirt is your admission to a new approach to training.</p>"
	lead, units := productLead(m)
	assert.Equal(t, "redefiningyourpotentialthearrivalt-shirtisyour", lead)
	assert.Positive(t, units)

	m.ld.product = "Black, size M"
	lead, _ = productLead(m)
	assert.Empty(t, lead, "too short to find")
}
