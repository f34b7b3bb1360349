package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lampPage is a shop's product page with a widget's settings printed as JSON in an
// invisible box, and a JSON sample in a pre element of its own.
const lampPage = `<html><head><title>Brass desk lamp</title></head><body><main><h1>Brass desk lamp</h1>
<p>A solid brass lamp with a linen shade, made in a small workshop and wired for modern bulbs. The arm turns on two joints and holds its place.</p>
<p>The base is weighted so the lamp stands firm on a narrow shelf, and the cord is wrapped in braided cotton.</p>
<div class="app-block"><div id="widget-settings" style="opacity:0">{"reviewLink":"","headerText":"","hideOnPhones":false,"autoOpen":false,"locale":"en","position":"bottom-left"}</div></div>
<pre>{"lamp": "brass", "shade": "linen", "bulb": "E27", "height": "45 cm", "weight": "2.1 kg", "cord": "1.8 m"}</pre>
<p>Ships in a recycled box within three working days.</p>
</main></body></html>`

func TestDataTextDropped(t *testing.T) {
	a, err := Extract(strings.NewReader(lampPage), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "solid brass lamp")
	assert.NotContains(t, a.Text, "hideOnPhones")
	assert.Contains(t, a.Text, `"shade": "linen"`, "a JSON sample in a pre element stays")
}

func TestIsDataText(t *testing.T) {
	assert.True(t, isDataText(` {"a":1,"b":2,"c":3,"ddddddddddddddddddddd":"eeeeeeeeeeeeeeeeeeeeeeeeeeee","fffffffffffff":"gggggggggggggggg"} `))
	assert.False(t, isDataText(`{"a":1,"b":2}`), "too short")
	assert.False(t, isDataText("{\"a\":1,\n\"b\":2,\"c\":3,\"ddddddddddddddddddddd\":\"eeeeeeeeeeeeeeeeeeeeeeeeeeee\",\"fffffffffffff\":\"gggggggggggggggg\"}"), "laid out over lines")
	assert.False(t, isDataText(`Our lamp is "bright": it lights a room of twenty square metres, and its "warm": setting suits a bedroom "well": enough.`))
}
