package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// run parses a page and runs the content passes on it, returning the text.
func runPasses(t *testing.T, page string) string {
	t.Helper()
	return runPassesWith(t, page, nil)
}

// runPassesWith is runPasses with what the page's metadata would have told the tree set
// by set (a declared story, a thread, the headline) before the passes run.
func runPassesWith(t *testing.T, page string, set func(*tree)) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	if set != nil {
		set(tr)
	}
	roots := tr.selectMain(tr.score())
	tr.prune(roots)
	return tr.renderText(roots)
}

const prose = "This is a sentence of ordinary article prose, long enough to be a paragraph, with commas. "

func para(s string) string { return "<p>" + s + " " + prose + prose + "</p>" }

func TestMeasure(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<div id=a><p>one <a href=x>two</a></p><script>var x = "not text";</script><p hidden>secret</p><p style="display: none">gone</p></div>`))
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	var div *blk
	for i := range tr.nodes {
		if attr(tr.nodes[i].n, "id") == "a" {
			div = &tr.nodes[i]
		}
	}
	require.NotNil(t, div)
	assert.EqualValues(t, 6, div.units, "script and hidden text are not measured")
	assert.EqualValues(t, 3, div.linkUnits)
	assert.InDelta(t, 0.5, div.linkDensity(), 1e-6)
}

func TestTextUnitsWeighsCJK(t *testing.T) {
	en, _ := textUnits("the cat")
	zh, _ := textUnits("猫")
	ko, _ := textUnits("고양")
	assert.EqualValues(t, 6, en)
	assert.EqualValues(t, cjkUnits, zh)
	assert.EqualValues(t, 2*hangulUnits, ko)
	_, punct := textUnits("一，二。三、")
	assert.EqualValues(t, 3, punct)
}

func TestSelectAndPrune(t *testing.T) {
	cases := []struct {
		name    string
		page    string
		want    []string
		notWant []string
	}{{
		name: "related box inside the body, by heading",
		page: `<body><nav><a href=/>Home</a><a href=/w>World</a></nav><div class="story">` +
			para("First.") + `<div class="box"><h3>Cùng chủ đề</h3><ul><li><a href=/1>Một bài khác về công nghệ</a></li><li><a href=/2>Bài thứ hai cũng liên quan</a></li></ul></div>` +
			para("Second.") + `</div></body>`,
		want:    []string{"First.", "Second."},
		notWant: []string{"Cùng chủ đề", "Một bài khác", "Home"},
	}, {
		name: "heading and list as siblings inside the body",
		page: `<body><article>` + para("First.") + `<h2>Related</h2><ul><li><a href=/1>Another story about markets</a></li><li><a href=/2>Yet another story</a></li></ul>` +
			para("Second.") + `</article></body>`,
		want:    []string{"First.", "Second."},
		notWant: []string{"Related", "Another story"},
	}, {
		name:    "read-also line",
		page:    `<body><article>` + para("First.") + `<p><a href=/x>Đọc thêm: AI đang tiến gần hơn tới trí tuệ con người</a></p>` + para("Second.") + `</article></body>`,
		want:    []string{"First.", "Second."},
		notWant: []string{"Đọc thêm"},
	}, {
		name:    "share bar and tags by class",
		page:    `<body><article><div class="share-bar"><a href=#>Facebook</a> <a href=#>Zalo</a></div>` + para("First.") + para("Second.") + `<div class="post-tags">Tags: <a href=/t/a>alpha</a></div></article></body>`,
		want:    []string{"First.", "Second."},
		notWant: []string{"Zalo", "alpha"},
	}, {
		name: "lead paragraph outside the body container",
		page: `<body><div class="wrap"><h1>Title</h1><p class="lead">The lead paragraph sits above the body and says what happened, in full sentences, with enough words to count.</p>` +
			`<div class="body">` + para("First.") + para("Second.") + para("Third.") + `</div><div class="footer-links"><a href=/a>About</a> <a href=/b>Contact</a></div></div></body>`,
		want:    []string{"The lead paragraph", "First.", "Third."},
		notWant: []string{"Title", "About"},
	}, {
		name: "teaser cards after the article",
		page: `<body><article>` + para("First.") + para("Second.") +
			strings.Repeat(`<div class="item"><h3><a href=/x>A teaser headline for another article</a></h3><p>A one-line summary of it.</p></div>`, 4) +
			`</article></body>`,
		want:    []string{"First.", "Second."},
		notWant: []string{"teaser headline", "one-line summary"},
	}, {
		name:    "body split between wrappers",
		page:    `<body><div id=main><div class=part>` + para("First.") + para("Second.") + `</div><div class=ad>Advertisement</div><div class=part>` + para("Third.") + para("Fourth.") + `</div></div><aside>` + para("Sidebar.") + `</aside></body>`,
		want:    []string{"First.", "Second.", "Third.", "Fourth."},
		notWant: []string{"Advertisement", "Sidebar."},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := runPasses(t, c.page)
			for _, w := range c.want {
				assert.Contains(t, got, w)
			}
			for _, w := range c.notWant {
				assert.NotContains(t, got, w)
			}
		})
	}
}

func TestRenderText(t *testing.T) {
	cases := map[string]string{
		`<p>one   two
		three</p><p>four</p>`: "one two three\n\nfour",
		`<h2>Heading</h2><p>text</p>`:               "Heading\n\ntext",
		`<ul><li>a</li><li>b <b>bold</b></li></ul>`: "- a\n- b bold",
		`<p>line<br>break</p>`:                      "line\nbreak",
		`<pre>  keep
    spaces</pre>`: "  keep\n    spaces",
		"<pre><span>import a</span>\n<span>a.run()</span>\n\n</pre><p>after</p>":    "import a\na.run()\n\nafter",
		`<p>no<span>glue</span> <em>here</em>.</p>`:                                 "noglue here.",
		`<div>block<div>inner</div>tail</div>`:                                      "block\n\ninner\n\ntail",
		`<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`: "a | b\nc | d",
	}
	for in, want := range cases {
		doc, err := html.Parse(strings.NewReader("<body>" + in + "</body>"))
		require.NoError(t, err)
		tr, err := buildTree(doc, 0)
		require.NoError(t, err)
		assert.Equal(t, want, tr.renderText([]int32{tr.body}), in)
	}
}

func TestIsCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Foto: Christof Example":         true,
		"(Foto: Agentur)":                true,
		"Kuva: EXAMPLE PERSON":           true,
		"Someone/Getty Images":           true,
		"Quelle: Landesregierung":        true, // a source line under a table or a picture
		"Quellenangaben und Literatur":   false,
		"Photographs show the new dam.":  false,
		"Bildung ist wichtig für alle":   false,
		"The report was published today": false,
		// Lines beyond ASCII, and longer than the stack's buffer, are lower-cased on
		// the heap and read alike.
		"ZDJĘCIE: Jan Kowalski":                      true,
		"CRÉDIT PHOTO Jean Exemple":                  true,
		strings.Repeat("A view ", 40) + "© ISTOCK":   true,
		strings.Repeat("A view ", 40) + "of a city.": false,
	} {
		assert.Equal(t, want, isCredit(s), s)
	}
}

// TestCreditLineDropped: a credit line under a picture in the body is left out; a caption
// inside a figure is kept whole, credit and all.
func TestCreditLineDropped(t *testing.T) {
	page := `<html><body><article>` + para("First.") + `<p>Foto: Some Photographer</p>` + para("Second.") +
		`<figure><img src=a.jpg><figcaption>Bild: A caption credit</figcaption></figure>` + para("Third.") + `</article></body></html>`
	text := runPasses(t, page)
	assert.NotContains(t, text, "Some Photographer")
	assert.Contains(t, text, "A caption credit")
	assert.Contains(t, text, "Third.")
}

// TestPermalinkHeadingKept: a sub-heading that links to its own anchor stays; one that
// links away, among links, is navigation.
func TestPermalinkHeadingKept(t *testing.T) {
	page := `<html><body><article>` + para("First.") + `<h2 id="setup"><a href="#setup">Setting up the tool</a></h2>` +
		para("Second.") + `<h2><a href="/elsewhere">Somewhere else entirely</a></h2><ul><li><a href="/a">One place</a></li><li><a href="/b">Another place</a></li></ul>` +
		para("Third.") + `</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Setting up the tool")
	assert.NotContains(t, text, "Somewhere else entirely")
}

// TestPermalinkSectionsNotCards checks that sections of a reference page, each opened
// by a heading that links to its own anchor, are not taken for teaser cards, while
// boxes whose headings link to other pages still are.
func TestPermalinkSectionsNotCards(t *testing.T) {
	section := func(id, title, body string) string {
		return `<section class="content-section"><h2 id="` + id + `"><a href="#` + id + `">` + title + `</a></h2>` +
			`<p>` + body + `</p></section>`
	}
	card := func(href, title string) string {
		return `<div class="teaser"><h3><a href="` + href + `">` + title + `</a></h3><p>A line about it.</p></div>`
	}
	page := `<html><body><main>` + para("The interface opens a connection to a server.") +
		section("constructor", "Constructor", "Returns a newly created connection object, ready to send.") +
		section("properties", "Instance properties", "The binary type, the buffered amount and the ready state.") +
		section("methods", "Instance methods", "Closes the connection, or sends data through it to the server.") +
		para("The events are fired on the object as the connection changes.") +
		card("/one", "Another story to read") + card("/two", "A second story to read") + card("/three", "A third story to read") +
		`</main></body></html>`
	text := runPasses(t, page)
	for _, s := range []string{"Constructor", "Instance properties", "Instance methods", "Closes the connection"} {
		assert.Contains(t, text, s)
	}
	assert.NotContains(t, text, "Another story to read")
}

// TestDescribedTermsKept checks that the terms of a reference's definition list, each a
// link to its own page and described by a sentence, stay with their descriptions.
func TestDescribedTermsKept(t *testing.T) {
	term := func(name, desc string) string {
		return `<dt><a href="/api/` + name + `"><code>` + name + `</code></a></dt><dd>` + desc + `</dd>`
	}
	page := `<html><body><main>` + para("The socket object sends and receives data.") + `<h2>Events</h2><dl>` +
		term("close", "Fired when the connection to the server is closed by either side.") +
		term("message", "Fired when data is received from the server through the connection.") +
		`</dl>` + para("Listen to these events with a handler on the object.") + `</main></body></html>`
	text := runPasses(t, page)
	for _, s := range []string{"close", "message", "Fired when data is received"} {
		assert.Contains(t, text, s)
	}
}

func TestIsDateline(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Thứ ba, 25/3/2025, 17:53 (GMT+7)", true},
		{"Updated March 5, 2024", true},
		{"2021年03月23日 10:00", true},
		{"Veröffentlicht am 12.04.2023", true},
		{"Column 3", false},   // a number, no date
		{"Contact us", false}, // no digit: never handed to the parser
		{"Tuesday, the day the harbour reopened to the fishing boats, 12 May 2024", false}, // a sentence
		{"", false},
	} {
		assert.Equal(t, c.want, isDateline(c.s), c.s)
	}
}

// TestPreformattedKeptVerbatim checks that a highlighted code block keeps every token:
// a keyword span that reads like a byline ("BY") and a row of dates are code, not
// boilerplate.
func TestPreformattedKeptVerbatim(t *testing.T) {
	page := `<html><body><article>` + para("The query groups the rows.") +
		`<pre><span class="k">SELECT</span> <span class="n">period</span> <span class="k">FROM</span> <span class="n">logs</span> <span class="k">ORDER</span> <span class="k">BY</span> <span class="n">period</span>;` + "\n" +
		`<span class="go">2020-08-01 18:00:00+00 │ 200 │ 4084</span>` + "\n" + `</pre>` + para("Then it reads them.") + `</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "ORDER BY period")
	assert.Contains(t, text, "2020-08-01 18:00:00+00 │ 200 │ 4084")
}

// TestLongThreadUnderLongArticle checks that a blog post's comments are left out even
// when the thread outweighs the post, while a short question's long thread (a forum)
// stays the content.
func TestLongThreadUnderLongArticle(t *testing.T) {
	comment := func(i int) string {
		return `<li class="comment"><p>` + strings.Repeat("Lovely photographs of the maples, thank you for sharing the trip with us again. ", 3) + `</p></li>`
	}
	thread := func(n int) string {
		var b strings.Builder
		b.WriteString(`<div id="comments" class="comments"><ol>`)
		for i := range n {
			b.WriteString(comment(i))
		}
		b.WriteString(`</ol></div>`)
		return b.String()
	}
	pruneMain := func(page string) *tree {
		tr := treeOf(t, page)
		for i := range tr.nodes {
			if attr(tr.nodes[i].n, "id") == "main" {
				tr.prune([]int32{int32(i)})
				return tr
			}
		}
		t.Fatal("no main block")
		return nil
	}
	commentsDropped := func(tr *tree) bool {
		for i := range tr.nodes {
			if attr(tr.nodes[i].n, "id") == "comments" {
				return tr.nodes[i].drop != keep
			}
		}
		return false
	}
	post := pruneMain(`<html><body><div id="main"><div class="post-body">` + strings.Repeat(para("We drove up the mountain road at dawn."), 14) +
		`</div>` + thread(30) + `</div></body></html>`)
	assert.False(t, post.keepComments)
	assert.True(t, commentsDropped(post), "the thread under a long post is its comments")

	// A short question over the same thread is a discussion: its comments are content.
	forum := pruneMain(`<html><body><div id="main">` + para("How do I bleed the radiators?") + thread(30) + `</div></body></html>`)
	assert.True(t, forum.keepComments)
	assert.False(t, commentsDropped(forum))
}

// TestProseAfterAdLabelKept checks that the paragraph after an ad slot's label stays,
// some of its words linked, while a list of links after a "Related" heading goes.
func TestProseAfterAdLabelKept(t *testing.T) {
	page := `<html><body><article>` + para("First.") +
		`<div class="slot"><div>Advertising</div><div></div></div>` +
		`<p>The founder knows a thing or two about how to seal a deal. He is the man behind the company's <a href="/a">$19 billion acquisition</a> of a messenger, and he <a href="/b">personally brokered</a> the buyout of a photo app.</p>` +
		para("Third.") + `<h3>Related</h3><ul><li><a href="/x">Another story about deals</a></li><li><a href="/y">Yet another story</a></li></ul>` +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "knows a thing or two")
	assert.NotContains(t, text, "Another story about deals")
}

// TestStandfirstHeaderKept checks that a <header> holding the article's standfirst, a
// sentence with no link, stays, while a header of links is still furniture.
func TestStandfirstHeaderKept(t *testing.T) {
	page := `<html><body><article><header><a href="/">Home</a> <a href="/news">News</a></header><div>` +
		`<header>Neuroscience tells us that most of the work done by our brains happens on an unconscious level, but when does that moment occur?</header>` +
		para("First.") + para("Second.") + `</div></article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Neuroscience tells us")
	assert.NotContains(t, text, "Home")
}

// TestGeneratedIDNamesNoCue checks that a generated id whose letters joined spell a cue
// ("8a7d" gives "ad") names no kind, while a compound name's joined words still do.
func TestGeneratedIDNamesNoCue(t *testing.T) {
	assert.Zero(t, attrKinds("8a7d"))
	assert.Zero(t, attrKinds("p-8a7d"))
	assert.EqualValues(t, 1<<cueRelated, attrKinds("read-more"))
}

// TestConsentDialogDroppedHoweverLong checks that a consent dialog is dropped even when
// its notices outweigh the article beside it, as the long purpose lists of consent
// platforms do: no wrapper of an article is named for cookies.
func TestConsentDialogDroppedHoweverLong(t *testing.T) {
	notice := `<p>These cookies are set by our partners to measure the delivery of advertisements, and they are capable of tracking your browser across other sites, building up a profile of your interests.</p>`
	page := `<html><body><div class="thread">` + para("First post.") + para("Second post.") + `</div>` +
		`<div id="consent-sdk" class="cookie-consent">` + strings.Repeat(notice, 12) + `</div></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Second post.")
	assert.NotContains(t, text, "tracking your browser")
}

// TestProseAfterShareLabelKept checks that a wrapper opened by a share bar's label
// ("Share this article") is judged child by child when the article's prose goes on in
// it: the bar goes, the paragraph after it stays. A "Related" heading over teasers with
// excerpts still drops its whole box.
func TestProseAfterShareLabelKept(t *testing.T) {
	page := `<html><body><article>` + para("First.") + para("Second.") + para("Third.") + para("Fourth.") +
		`<div class="wrap"><div><div class="tools"><p>Share this article</p><a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>` +
		`<section><p>The closing paragraph of the story goes on after the buttons, with a sentence or two of its own, and then a third clause for good measure.</p>` +
		`<div class="cta"><a href="/shop">Shop</a> <a href="/subscribe">Subscribe to the magazine</a></div></section></div></div>` +
		`<div class="more"><h3>Related</h3><div><h4><a href="/a">Another story about the party</a></h4><p>An excerpt of the other story, a sentence long and with no link at all in it.</p></div></div>` +
		`</article></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "The closing paragraph")
	assert.NotContains(t, text, "Facebook")
	assert.NotContains(t, text, "An excerpt of the other story")
}

// TestAffiliateLabelOverArticle checks that an affiliate disclosure opening the wrapper
// that holds the whole post ("Anzeige, enthält Affiliate Links") goes alone: it is a
// note on the article, not the label of an ad box.
func TestAffiliateLabelOverArticle(t *testing.T) {
	page := `<html><body><div class="entry"><div class="row"><p>Anzeige, enthält Affiliate Links</p>` +
		para("Erstens.") + para("Zweitens.") + `</div><div class="row">` + para("Drittens.") + para("Viertens.") + para("Fünftens.") +
		para("Sechstens.") + para("Siebtens.") + para("Achtens.") + `</div></div></body></html>`
	text := runPasses(t, page)
	assert.Contains(t, text, "Erstens.")
	assert.NotContains(t, text, "Affiliate")
}
