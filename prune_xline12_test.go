package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A short line that carries a copyright notice (a photograph's caption with its holder, a
// credit to a picture agency, a footer's notice caught in the text) is left out; a
// paragraph that speaks of copyright, a title's lines over a notice after a line break
// and a credit run on into the story's first sentences stay.
func TestRightsLineDropped(t *testing.T) {
	body := strings.Repeat(para("Body."), 6)
	page := `<html><head><title>Walks</title></head><body><main><article>` + body +
		`<figure><img src="a.jpg" alt=""><figcaption><p>Morning fog over the harbour, North Coast | © 2018 Ana Ferreira</p></figcaption></figure>` + body +
		`<p>Picture credit: ©Stockhouse/mariner, ©Stockhouse/tides</p>` + body +
		`<p>Who owns a photograph? The © sign is not needed for a copyright to exist, and the law protects a picture from the moment it is taken, whether or not anyone registers it, and the owner may license it to others for a fee or for free.</p>` +
		`<p>A walking guide<br>or how I learned the coast<br>© 2004 Piet Laar</p>` + body +
		`<div><span class="credit">© Provided by Coastal Press</span> The harbour walk begins at the old lighthouse and follows the cliff path north for six miles, past three coves and a ruined chapel, before it turns inland to the village where the bus waits.</div>` +
		`<p><small>© 2026 Walkers Guild. All rights reserved.</small></p>` + body +
		`</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "Body.")
	assert.NotContains(t, text, "Ana Ferreira")
	assert.NotContains(t, text, "Stockhouse")
	assert.NotContains(t, text, "Walkers Guild")
	assert.Contains(t, text, "Who owns a photograph?")
	assert.Contains(t, text, "Piet Laar")
	assert.Contains(t, text, "The harbour walk begins")
}

// isRightsNotice wants the sign to open a notice: after a space or a mark, before a name
// or a year.
func TestIsRightsNotice(t *testing.T) {
	for s, want := range map[string]bool{
		"© 2019 Jane Doe":               true,
		"Copyright ©2000 - 2026, Forum": true,
		"Sunset | © 2024 Jon":           true,
		"©Agency/name":                  true,
		"Photo: ©":                      true,
		"Mojibake â\u009f© here":        false,
		"word©word":                     false,
		"no sign at all":                false,
	} {
		assert.Equal(t, want, isRightsNotice(s), s)
	}
}
