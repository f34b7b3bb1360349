package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A FAQ whose answers an animation closes to zero height (and hides from readers) keeps
// its answers; an e-mail's preheader, removed and squeezed to nothing, stays out.
func TestZeroHeightPanelsAreContent(t *testing.T) {
	body := strings.Repeat(para("How the plan works."), 4)
	faq := func(q, a string) string {
		return `<div class="k1x"><div class="k2y" role="button">` + q + `</div>` +
			`<div height="0" style="visibility:hidden" class="k3z"><p>` + a + `</p></div></div>`
	}
	page := `<html><head><title>Plans</title></head><body><main>` +
		`<div style="display:none;max-height:0;overflow:hidden">A short preview line for the inbox only</div>` + body +
		`<h2>Questions</h2>` +
		faq("Can I pause my plan?", "You can pause the plan for up to three months a year from your account page.") +
		faq("Is there a waiting period?", "Cover for accidents starts two days after you join, for illness after two weeks.") +
		`<div style="height: 0px; overflow: hidden" aria-hidden="true"><p>A claim is paid back within ten working days once the vet's invoice arrives.</p></div>` +
		`</main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "pause the plan for up to three months")
	assert.Contains(t, text, "illness after two weeks")
	assert.Contains(t, text, "paid back within ten working days")
	assert.NotContains(t, text, "preview line for the inbox")
}

func TestZeroHeightStyle(t *testing.T) {
	for s, want := range map[string]bool{
		"height:0": true,
		"overflow: hidden; height: 0px; opacity:0": true,
		"HEIGHT: 0":                    true,
		"max-height:0;overflow:hidden": false,
		"display:none;height:0":        false,
		"line-height:0":                false,
		"height:0.5em":                 false,
		"height:10px":                  false,
	} {
		assert.Equal(t, want, zeroHeightStyle(s), s)
	}
}
