package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTooltipDefinitionsDropped(t *testing.T) {
	// A shop's specifications with a definition in a tooltip beside each term, and an
	// icon's label in a tooltip that the page shows as its text.
	page := `<html><body><main><h1>Planar Headphones</h1>` +
		para("These open-back planar headphones give a wide stage and a fast, clean bass for long listening.") +
		`<h2>Specifications</h2><ul>` +
		`<li><span class="js-tooltipTrigger tooltipTrigger">Impedance</span>: 37 Ω <tool-tip class="tool-tip"><div class="tool-tip__content">Impedance measures how much a headphone resists the current of an amplifier; most consumer headphones have 32 ohm.</div></tool-tip></li>` +
		`<li>Sensitivity: 94 dB <span role="tooltip">Sensitivity measures how loud a pair of headphones will be at a given signal strength from a source.</span></li>` +
		`<li>Weight: 0.4 kg <div id="weight-popover-tooltip"><h3>Shipping weight</h3><div>The shipping weight includes the product, its protective packaging and the box it ships in.</div></div></li>` +
		`<li>Driver: planar <div class="icon-tooltip"><span class="icon-tooltip-text">Made in Europe</span></div></li>` +
		`</ul></main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Impedance")
	assert.Contains(t, a.Text, "37 Ω")
	assert.NotContains(t, a.Text, "resists the current")
	assert.NotContains(t, a.Text, "how loud a pair")
	assert.NotContains(t, a.Text, "protective packaging")
	assert.Contains(t, a.Text, "0.4 kg")
	assert.Contains(t, a.Text, "Made in Europe", "a short label stays")
}

func TestTooltipToken(t *testing.T) {
	for tok, want := range map[string]bool{
		"tooltip": true, "tool-tip": true, "tool-tip__content": true, "c-tooltip-inner": true,
		"icon-tooltip": true, "tooltipTrigger": false, "tooltip-trigger": false,
		"has-tooltip": false, "with-tooltip": false, "cms-popover-tooltip": true, "popover-body": true, "popover-trigger": false, "tooltipped": false, "toolbar": false,
		// Capitals, runes beyond ASCII, and tokens longer than the stack's buffer.
		"C-Tooltip__Content": true, "Has-Tooltip": false, "ツールtooltip": true, "tooltip-ツール": false,
		strings.Repeat("x-", 60) + "tooltip-box": true, strings.Repeat("x-", 60) + "has-tooltip": false,
	} {
		assert.Equal(t, want, tooltipToken(tok), tok)
	}
}
