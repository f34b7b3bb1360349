package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// leadPage is a story whose standfirst sits in the header far from the body's
// container, as the description's words after a kicker.
const leadPage = `<html><head><title>Brexit delay</title>
<meta name="description" content="Der Premierminister muss eine Verlängerung der Brexit-Frist beantragen. Kann er sein Versprechen einhalten?">
</head><body><main><header class="top"><div class="head"><h1>Brexit delay</h1>
<div class="box"><p>%s</p></div></div><div class="byline">Von Anna Muster</div>
<ul class="share"><li><a href="/fb">Facebook</a></li><li><a href="/tw">Twitter</a></li></ul></header>
<div class="wrap"><div class="ad">Anzeige</div><div class="body"><div class="text">%s</div></div></div></main></body></html>`

func extractLead(t *testing.T, lead string) string {
	t.Helper()
	body := para("Das britische Parlament hat entschieden.") + para("Die Regierung reagiert.") + para("Die Opposition jubelt.")
	a, err := Extract(strings.NewReader(strings.Replace(strings.Replace(leadPage, "%s", lead, 1), "%s", body, 1)), nil)
	require.NoError(t, err)
	return a.Text
}

func TestLeadAfterKickerRescued(t *testing.T) {
	lead := "Schwere Schlappe für Boris Johnson: Der Premierminister muss eine Verlängerung der Brexit-Frist beantragen. Kann er sein Versprechen einhalten?"
	text := extractLead(t, lead)
	assert.True(t, strings.HasPrefix(text, "Schwere Schlappe"), text)
	assert.Contains(t, text, "Die Opposition jubelt.")
}

func TestLeadFarInsideParagraphNotRescued(t *testing.T) {
	// The description's words deep inside a paragraph are a quotation of it, no
	// standfirst.
	lead := "Ein langer Satz, der mit etwas ganz anderem beginnt und lange davon spricht, bevor er sagt: Der Premierminister muss eine Verlängerung der Brexit-Frist beantragen. Kann er sein Versprechen einhalten?"
	assert.NotContains(t, extractLead(t, lead), "Ein langer Satz")
}

// standfirstPage is a story whose standfirst, named by its class, sits in the header
// between the headline and a byline, far from the body's container.
const standfirstPage = `<html><head><title>Der Turm am Zoo</title><meta name="author" content="Archie Fenn"></head>
<body><main><header class="top"><div class="head"><h1>Der Turm am Zoo</h1>%s</div>
<div class="byline">Von Archie Fenn</div>
<ul class="share"><li><a href="/fb">Facebook</a></li><li><a href="/tw">Twitter</a></li></ul></header>
<div class="wrap"><div class="ad">Anzeige</div><div class="body"><div class="text">` +
	`<p>Der Turm wächst seit dem Frühjahr. ` + prose + prose + `</p><p>Er wird im Herbst eröffnet. ` + prose + prose + `</p>` +
	`<p>Die Besucher dürfen hinauf. ` + prose + prose + `</p></div></div></div></main></body></html>`

func extractStandfirst(t *testing.T, head string) string {
	t.Helper()
	a, err := Extract(strings.NewReader(strings.Replace(standfirstPage, "%s", head, 1)), nil)
	require.NoError(t, err)
	return a.Text
}

func TestStandfirstByNameRescued(t *testing.T) {
	text := extractStandfirst(t, `<div class="article-intro">Tausende Fahrgäste passieren täglich den Bahnhof. Bald sehen sie einen neuen Turm.</div>`)
	assert.True(t, strings.HasPrefix(text, "Tausende Fahrgäste"), text)
	assert.Contains(t, text, "Die Besucher dürfen hinauf.")
	text = extractStandfirst(t, `<div class="m-meta" itemprop="description">Saftige Muffins aus Hefeteig mit einer Creme aus Sahne und Pudding</div>`)
	assert.True(t, strings.HasPrefix(text, "Saftige Muffins"), "schema.org's description needs no full stop: %s", text)
}

func TestStandfirstLookalikesLeft(t *testing.T) {
	for _, head := range []string{
		// A one-line deck is a second title.
		`<div class="article-intro">Ein Bauwerk für den Artenschutz am Bahnhof Zoologischer Garten</div>`,
		// The author's biography in a box named an excerpt.
		`<div class="with-excerpt">Archie is a writer from South London. He studied film and writes about towers.</div>`,
		// The lead picture's caption.
		`<div class="lead-asset"><figure><img src="/t.jpg" alt=""><figcaption>Der Turm im Bau, von der Brücke aus gesehen. Foto: Zoo</figcaption></figure></div>`,
	} {
		text := extractStandfirst(t, head)
		assert.True(t, strings.HasPrefix(text, "Der Turm wächst"), "%s\n%s", head, text)
	}
}

// shortLeadPage is a story whose standfirst, one sentence that is the whole description,
// sits under the headline, far from the body; the site's banner above the headline
// holds the site's tagline.
const shortLeadPage = `<html><head><title>Hard drives grow</title><meta name="description" content="%s"></head>
<body><div class="banner"><p>The news site for people who build and fix their own machines.</p></div>
<main><header class="top"><h1>Hard drives grow</h1><div class="byline">By Ann Smith</div>
<div class="box"><p>We're about to get 20 terabyte drives, but the path looks clear to scale up to 80TB.</p></div>
<ul class="share"><li><a href="/fb">Facebook</a></li><li><a href="/tw">Twitter</a></li></ul></header>
<div class="wrap"><div class="ad">Advert</div><div class="body"><div class="text">` +
	`<p>Storage keeps growing. ` + prose + prose + `</p><p>The platters get denser. ` + prose + prose + `</p>` +
	`<p>Prices fall. ` + prose + prose + `</p></div></div></div></main></body></html>`

func TestShortLeadUnderHeadlineRescued(t *testing.T) {
	desc := "We're about to get 20 terabyte drives, but the path looks clear to scale up to 80TB."
	a, err := Extract(strings.NewReader(strings.Replace(shortLeadPage, "%s", desc, 1)), nil)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, "We're about to get"), a.Text)

	// The same short rule does not take the site's tagline for a lead.
	desc = "The news site for people who build and fix their own machines."
	a, err = Extract(strings.NewReader(strings.Replace(shortLeadPage, "%s", desc, 1)), nil)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, "Storage keeps growing."), a.Text)
}
