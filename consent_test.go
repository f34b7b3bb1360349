package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// pageWithPreferenceCentre is a short article on a page that also carries a consent
// platform's preference centre, hidden by the platform's style sheet, whose purposes
// are described at more length than the article.
func pageWithPreferenceCentre() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><article><h1>New case for small builds</h1>` +
		para("The case takes a full-size graphics card in a small box.") + para("It ships in May.") +
		`</article></main><div id="onetrust-pc-sdk" class="otPcCenter ot-hide"><div id="ot-pc-content"><h2>Privacy Preference Center</h2>`)
	for i := range 8 {
		fmt.Fprintf(&b, `<div class="ot-cat-item"><h4>Purpose %d</h4>%s%s</div>`, i,
			para(fmt.Sprintf("These technologies of kind %d help us understand how the site is used.", i)),
			para("They may be set by us or by our partners."))
	}
	b.WriteString(`</div></div></body></html>`)
	return b.String()
}

func TestConsentPlatformNeverChosen(t *testing.T) {
	text := runPassesWith(t, pageWithPreferenceCentre(), nil)
	assert.Contains(t, text, "full-size graphics card")
	assert.NotContains(t, text, "These technologies")
	assert.NotContains(t, text, "Privacy Preference Center")
}
