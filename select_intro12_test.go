package winnow

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// introPage is a guide whose headline and opening sentences sit in a block named an
// intro, beside the block of the body that selection chooses.
const introPage = `<html><head><title>Building a garden shed: a step by step guide</title></head>
<body><header><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav></header><main>
<div id="trail" class="crumbs">Guides for the garden and the yard, written by builders</div><figure id="hero"><img src="/shed.jpg" alt="A shed"></figure>
<div id="page" class="wide"><div id="intro" class="text">
<h1>Building a garden shed: a step by step guide</h1>
<p>Did you know that a shed of your own costs half as much as one put up by a builder? You need a free weekend and a few tools.</p>
<p>This guide walks through the base, the frame, the roof and the door, in the order you build them.</p>
</div><div id="content" class="text">` +
	`<h2>The base</h2><p>Level the ground first. ` + prose + prose + `</p>` +
	`<h2>The frame</h2><p>Cut the studs to length. ` + prose + prose + `</p>` +
	`<h2>The roof</h2><p>Lay the rafters across. ` + prose + prose + `</p>` +
	`<h2>The walls</h2><p>Nail the boards on. ` + prose + prose + prose + `</p><p>Leave a gap for the window. ` + prose + prose + prose + `</p>` +
	`<h2>The door</h2><p>Hang the door last. ` + prose + prose + prose + `</p><p>Oil the hinges once a year. ` + prose + prose + prose + `</p>` +
	`</div><aside class="sidebar"><h3>Shop our kits</h3><ul><li><a href="/k1">Starter kit for sheds and small garden buildings</a></li>` +
	`<li><a href="/k2">Roofing kit with felt, nails and a ridge</a></li><li><a href="/k3">Door kit with hinges, a latch and a lock</a></li></ul>` +
	`<p>Free delivery on orders over fifty pounds, anywhere in the country.</p></aside></div></main><footer><p>© Shed Co</p></footer></body></html>`

// measuredPage parses and measures a page as Extract does, with its headlines.
func measuredPage(t *testing.T, page string) (*tree, func(id string) int32) {
	t.Helper()
	doc, err := parseHTML([]byte(page))
	require.NoError(t, err)
	_, tr, _, err := measurePage(context.Background(), doc, &Options{}, 0)
	require.NoError(t, err)
	return tr, func(id string) int32 {
		for i := range tr.nodes {
			if !tr.nodes[i].text && attr(tr.nodes[i].n, "id") == id {
				return int32(i)
			}
		}
		t.Fatalf("no element #%s", id)
		return none
	}
}

func TestNamedIntroWithHeadlineRescued(t *testing.T) {
	tr, byID := measuredPage(t, introPage)
	roots := tr.rescueIntro([]int32{byID("content")})
	assert.Equal(t, []int32{byID("intro"), byID("content")}, roots)
}

func TestNamedIntroWithoutProseNotRescued(t *testing.T) {
	// A block named an intro that holds the headline and a byline says no sentence.
	page := strings.Replace(introPage, "<p>Did you know", `<p class="by">By Ann Lee</p><p hidden>Did you know`, 1)
	page = strings.Replace(page, "<p>This guide walks", "<p hidden>This guide walks", 1)
	tr, byID := measuredPage(t, page)
	roots := tr.rescueIntro([]int32{byID("content")})
	assert.Equal(t, []int32{byID("content")}, roots)
}

func TestIntroSoughtBeforeTheBody(t *testing.T) {
	// A small block chosen above the intro (a trail, a byline's box) does not hide
	// the intro between it and the body; the intro goes right before the body.
	tr, byID := measuredPage(t, introPage)
	roots := tr.rescueBeforeBody([]int32{byID("trail"), byID("content")}, tr.rescueIntro)
	assert.Equal(t, []int32{byID("trail"), byID("intro"), byID("content")}, roots)
}

func TestStandfirstInsideAdNamedArticleRescued(t *testing.T) {
	// The story's own wrapper names an ad slot; it holds the body as well, so it is
	// no box beside the story.
	page := strings.Replace(standfirstPage, "<main>", `<main><article class="story ad-container">`, 1)
	page = strings.Replace(page, "</main>", "</article></main>", 1)
	a, err := Extract(strings.NewReader(strings.Replace(page, "%s",
		`<div class="article-intro">Tausende Fahrgäste passieren täglich den Bahnhof. Bald sehen sie einen neuen Turm.</div>`, 1)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Tausende Fahrgäste")
	assert.Contains(t, a.Text, "Die Besucher dürfen hinauf.")
}

// openingPage is a story whose opening paragraphs sit between the headline and the
// body's container, in a block with no name, and whose body opens on a sub-heading.
const openingPage = `<html><head><title>Five trends in home cooking</title></head><body><main>
<div class="top"><h1>Five trends in home cooking</h1><p class="meta">By Ann Lee</p></div>
<div class="cols"><div class="left"><p id="open">Home cooks are buying fewer gadgets than ever. But they cook more often, and with more care.</p>
<p>We asked forty chefs what changed this year, and here is what they said.</p></div>
<div id="body" class="text">` +
	`<h2>One pot meals</h2><p>Stews came back. ` + prose + prose + prose + `</p>` +
	`<h2>Fermenting</h2><p>Jars on every shelf. ` + prose + prose + prose + `</p>` +
	`<h2>Bread</h2><p>Sourdough stays. ` + prose + prose + prose + `</p></div></div></main></body></html>`

func TestOpeningBeforeSubheadedBodyRescued(t *testing.T) {
	tr, byID := measuredPage(t, openingPage)
	roots := tr.rescueOpening([]int32{byID("body")})
	require.Len(t, roots, 3)
	assert.Equal(t, byID("open"), roots[0])
	assert.Equal(t, byID("body"), roots[2])
}

func TestOpeningBeforeProseBodyNotRescued(t *testing.T) {
	// A body that opens on prose holds its own intro: what lies above it is no part of it.
	page := strings.Replace(openingPage, `<h2>One pot meals</h2>`, "", 1)
	tr, byID := measuredPage(t, page)
	assert.Equal(t, []int32{byID("body")}, tr.rescueOpening([]int32{byID("body")}))
}

func TestOpeningStopsAtSubheadedBox(t *testing.T) {
	// A box under its own sub-heading between the headline and the body is no intro.
	page := strings.Replace(openingPage, `<div class="left">`, `<div class="left"><h3>Summary:</h3>`, 1)
	tr, byID := measuredPage(t, page)
	assert.Equal(t, []int32{byID("body")}, tr.rescueOpening([]int32{byID("body")}))
}
