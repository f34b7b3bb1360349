package winnow

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// streamedPage is a page rendered in parts: the shell holds the headline, an intro and
// a closing line around the place of the body, and a sidebar with the place of a box;
// the body and the box come last, parked in hidden blocks.
const streamedPage = `<html><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><h1>Bridge to reopen</h1><p>Intro: the town's bridge, closed since the floods, is to reopen next month, the council said.</p>
<!--$?--><template id="B:0"></template><div class="skeleton"></div><!--/$-->
<p>Closing: the council will publish the timetable of the works on its website next week.</p></main>
<aside class="sidebar"><h2>Popular</h2><!--$?--><template id="B:1"></template><!--/$--></aside>
<footer><p>© Town Daily. All rights reserved, and a line of legal notices.</p></footer>
<div hidden id="S:0"><p>Part: engineers found the piers sound after months of tests, and the repairs to the deck are almost done, the council said.</p>
<p>Part two: traffic will return in stages, buses first, then cars, and the footpath will open last, once the railings are in.</p></div>
<script>$RC("B:0","S:0")</script>
<div hidden id="S:1"><p>Box: the most read story of the week was about the new market hall, which opened on Saturday with forty stalls.</p></div>
<script>$RC("B:1","S:1")</script>
</body></html>`

func TestStreamedPartsArePlaced(t *testing.T) {
	a, err := Extract(strings.NewReader(streamedPage), nil)
	require.NoError(t, err)
	intro := strings.Index(a.Text, "Intro:")
	part := strings.Index(a.Text, "Part: engineers")
	closing := strings.Index(a.Text, "Closing:")
	require.True(t, intro >= 0 && part >= 0 && closing >= 0, "text: %q", a.Text)
	assert.True(t, intro < part && part < closing, "the part stands where its template is: %q", a.Text)
	assert.Contains(t, a.Text, "Part two:")
	assert.NotContains(t, a.Text, "Box:", "a part placed in a sidebar is the sidebar's")
}

func TestStreamedPartsLeaveTheTreeAlone(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(streamedPage))
	require.NoError(t, err)
	var before bytes.Buffer
	require.NoError(t, html.Render(&before, doc))
	a, err := ExtractNode(doc, nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Part: engineers")
	var after bytes.Buffer
	require.NoError(t, html.Render(&after, doc))
	assert.Equal(t, before.String(), after.String())
}

func TestStreamedPartNamingItsOwnPlace(t *testing.T) {
	// A part that holds its own template (hostile or broken markup) is read once.
	page := `<html><body><main><template id="B:0"></template></main>
<div hidden id="S:0"><p>Once: this paragraph is read a single time although its part names its own place.</p><template id="B:0"></template></div></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(a.Text, "Once:"), a.Text)
}

func TestPartNumber(t *testing.T) {
	cases := []struct {
		id, prefix, want string
		ok               bool
	}{
		{"S:0", segmentPrefix, "0", true},
		{"S:1f", segmentPrefix, "1f", true},
		{"B:1f", boundaryPrefix, "1f", true},
		{"P:a", placeholderPrefix, "a", true},
		{"S:", segmentPrefix, "", false},
		{"S:1F", segmentPrefix, "", false},
		{"S:x", segmentPrefix, "", false},
		{"B:0", segmentPrefix, "", false},
		{"main", segmentPrefix, "", false},
	}
	for _, c := range cases {
		got, ok := partNumber(c.id, c.prefix)
		assert.Equal(t, c.want, got, c.id)
		assert.Equal(t, c.ok, ok, c.id)
	}
}
