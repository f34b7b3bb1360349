package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// consentRows is a consent platform's list of purposes, named after the platform and
// not after cookies, in the language given: its prose outweighs a short product page.
func consentRows(purposes []string) string {
	var b strings.Builder
	b.WriteString(`<section id="ensModalWrapper"><div class="ensModal"><div class="ensToggleRowWrapper">`)
	for _, p := range purposes {
		b.WriteString(`<div class="ensToggleRow"><p>` + p + `</p></div>`)
	}
	b.WriteString(`</div></div></section>`)
	return b.String()
}

// consentProduct is a shop's page of one product: its name, its price and short lines,
// no prose.
const consentProduct = `<main><div class="product"><h1>Roadcase for Four Lights</h1>` +
	`<p>Roadcase, 4 units</p><p>$899.00</p><p>Ships in 2-4 weeks</p></div></main>`

func TestConsentDialogSetAside(t *testing.T) {
	for lang, purposes := range map[string][]string{
		"en": {
			"These cookies are strictly necessary to provide you with the services of our websites and to use some of their features, such as access to secure areas.",
			"Performance cookies collect information about how you use a website, like which pages you visited and which links you clicked on, with your consent.",
			"Advertising cookies track your online activity to help advertisers deliver more relevant advertising, and are shared with third parties. See our privacy notice.",
		},
		"de": {
			"Diese Cookies sind für den Betrieb der Website unbedingt erforderlich und können in unseren Systemen nicht abgeschaltet werden, sie speichern keine Daten.",
			"Mit Ihrer Einwilligung setzen wir Cookies zur Analyse ein, um die Nutzung der Seiten zu messen und die Leistung unserer Website laufend zu verbessern.",
			"Werbe-Cookies werden von unseren Partnern gesetzt, um ein Profil Ihrer Interessen zu erstellen. Mehr dazu in unserer Datenschutzerklärung.",
		},
	} {
		page := `<html><body>` + consentProduct + consentRows(purposes) + `</body></html>`
		a, err := Extract(strings.NewReader(page), nil)
		require.NoError(t, err, lang)
		assert.Contains(t, a.Text, "Roadcase, 4 units", lang)
		assert.NotContains(t, strings.ToLower(a.Text), "cookies", lang)
	}
}

func TestConsentProseKeepsPagesAboutCookies(t *testing.T) {
	// A baker's page names cookies in every line but speaks of no consent; a guide to
	// HTTP cookies speaks of privacy but holds its <h1>; both are content.
	baker := `<html><body><div class="recipe"><h2>Butter cookies</h2>` +
		para("These butter cookies keep for a week in a tin; bake the cookies until golden.") +
		para("Roll the cookie dough thin, and cut the cookies with a glass.") + `</div></body></html>`
	a, err := Extract(strings.NewReader(baker), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Roll the cookie dough thin")

	guide := `<html><body><div class="doc"><h1>How cookies work</h1>` +
		para("A server sets cookies with a header; the browser sends the cookies back with each request.") +
		para("Third-party cookies raise privacy questions, and browsers now block them by default.") + `</div></body></html>`
	a, err = Extract(strings.NewReader(guide), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Third-party cookies raise privacy questions")
}
