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
<div class="intro"><p>%s</p></div></div><div class="byline">Von Anna Muster</div>
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
