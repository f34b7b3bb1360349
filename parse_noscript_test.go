package winnow

import (
	"bytes"
	"math/rand/v2"
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

// TestFoldNeedleIndex holds foldNeedle.index, which reads the text once, to the first of
// bytes.Index for the needle in lower case and in upper case.
func TestFoldNeedleIndex(t *testing.T) {
	want := func(f foldNeedle, s []byte) int {
		i, j := bytes.Index(s, f.lower), bytes.Index(s, f.upper)
		if j >= 0 && (i < 0 || j < i) {
			return j
		}
		return i
	}
	texts := []string{"", "<", "<noscript", "<NOSCRIPT>", "a<b<NoScript><noscript", "<<noscrip<NOSCRIPT",
		"x</noscript>", "<p>text</NOSCRIPT>", "<noscrip", "<n<no<nos<NOSCRIPT<noscript"}
	needles := []foldNeedle{noscriptOpen, noscriptClose, rawOpen[0], rawClose[0]}
	rng := rand.New(rand.NewPCG(7, 7))
	parts := []string{"<", "/", "noscript", "NOSCRIPT", "no", "SCRIPT", "x", " ", ">"}
	for range 500 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		for _, f := range needles {
			if got, w := f.index([]byte(s)), want(f, []byte(s)); got != w {
				t.Errorf("index(%q) of %q = %d, want %d", s, f.lower, got, w)
			}
		}
	}
}
