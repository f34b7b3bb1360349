package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCloseNoscriptRaw checks that a raw-text element left open in a <noscript> is
// closed where the <noscript> ends, and that every other page comes back untouched.
func TestCloseNoscriptRaw(t *testing.T) {
	cases := []struct{ in, want string }{
		{`<noscript><iframe src="gtm" /></noscript><p>Text</p>`, `<noscript><iframe src="gtm" /></iframe></noscript><p>Text</p>`},
		{`<NOSCRIPT><IFRAME src="gtm"/></NOSCRIPT><p>Text</p>`, `<NOSCRIPT><IFRAME src="gtm"/></iframe></NOSCRIPT><p>Text</p>`},
		{`<noscript><style>.x{}</noscript><p>Text</p>`, `<noscript><style>.x{}</style></noscript><p>Text</p>`},
		// Closed already, or no raw-text element: unchanged.
		{`<noscript><iframe src="gtm"></iframe></noscript><p>Text</p>`, `<noscript><iframe src="gtm"></iframe></noscript><p>Text</p>`},
		{`<noscript><img src="a.jpg"></noscript><p>Text</p>`, `<noscript><img src="a.jpg"></noscript><p>Text</p>`},
		// "<iframes" is not an iframe; a <noscript> never closed is left to the parser.
		{`<noscript><iframes></noscript>`, `<noscript><iframes></noscript>`},
		{`<noscript><iframe src="gtm">`, `<noscript><iframe src="gtm">`},
		// Two <noscript>s, the second one open.
		{`<noscript>a</noscript><noscript><iframe/></noscript>b`, `<noscript>a</noscript><noscript><iframe/></iframe></noscript>b`},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, string(closeNoscriptRaw([]byte(c.in))), c.in)
	}
	plain := []byte(`<p>No noscript here</p>`)
	assert.Same(t, &plain[0], &closeNoscriptRaw(plain)[0], "a page with nothing to mend is returned as it is")
}

// TestNoscriptIframeKeepsPage checks, end to end, that the tag manager's self-closed
// <iframe> in a <noscript> does not swallow the page after it.
func TestNoscriptIframeKeepsPage(t *testing.T) {
	page := `<html><head><title>Deploys</title></head><body>
	<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" width="0" style="display:none" /></noscript>
	<main><h1>Deploys made simple</h1><p>` + strings.Repeat("Connect a repository and every push builds and ships the service on its own. ", 6) + `</p></main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Connect a repository and every push builds")
}
