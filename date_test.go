package winnow

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestShownDateAgainstMetadata checks how the date line near the headline is weighed
// against a machine-readable publication date that names another day.
func TestShownDateAgainstMetadata(t *testing.T) {
	const meta = `<meta property="article:published_time" content="2021-11-29T14:13:37+01:00">`
	cases := []struct {
		name, lang, head, lines, want string
	}{
		{"a marked date line far from the metadata wins", "de", meta,
			`<div class="date">12.01.2022</div>`, "2022-01-12"},
		{"a bare short date line wins", "fr", meta,
			`<p>Le 12 janvier 2022</p>`, "2022-01-12"},
		{"the same day keeps the metadata's instant", "en", meta,
			`<div class="date">November 29, 2021</div>`, "2021-11-29"},
		{"a German 'Stand:' line is the article's time stamp, not an update", "de", meta,
			`<div class="date">Stand: 12.01.2022 18:00 Uhr</div>`, "2022-01-12"},
		{"an updated line does not overrule", "en", meta,
			`<div class="date">Updated January 12, 2022</div>`, "2021-11-29"},
		{"an update label after a byline does not overrule", "en", meta,
			`<div class="date">By Annabelle Leeward@annabelleleeward Updated Jan 12, 2022, 2:15pm EDT</div>`, "2021-11-29"},
		{"a thread's last post does not overrule", "en", meta,
			`<div class="date">12 replies · last post by ann Jan 12, 2022</div>`, "2021-11-29"},
		{"a long marked block that ends with its date wins", "en", meta,
			`<div class="standfirst-date">` + strings.Repeat("A standfirst that runs on for a while. ", 5) + `What is the secret?<span>Monday, 10 January 2022</span></div>`, "2022-01-10"},
		{"a long marked block that only mentions a date inside does not overrule", "en", meta,
			`<div class="standfirst-date"><p>` + strings.Repeat("A standfirst that runs on for a while. ", 5) + `It began on 10 January 2022 and went on.</p></div>`, "2021-11-29"},
		{"an event date does not overrule", "de", meta,
			`<p>Termin: 12.01.2022, 19 Uhr</p>`, "2021-11-29"},
		{"a magazine issue date does not overrule", "en", meta,
			`<div class="date">January 12, 2022 Issue</div>`, "2021-11-29"},
		{"day and month read the other way round agree with the metadata", "en",
			`<meta property="article:published_time" content="2020-04-12T14:45:01Z">`,
			`<div class="date">12/04/2020</div>`, "2020-04-12"},
		{"a date deep in the body does not overrule", "de", meta,
			strings.Repeat(`<p>Kurze Zeile.</p>`, 8) + `<div class="date">12.01.2022</div>`, "2021-11-29"},
		{"a day apart in the same zone, the shown day wins", "fr",
			`<meta property="article:published_time" content="2019-12-09T19:00:49+01:00">`,
			`<div class="date">mardi 10.12.19</div>`, "2019-12-10"},
		{"a day apart without zones, the shown day wins", "de",
			`<meta property="article:published_time" content="2020-04-30">`,
			`<div class="date">29.04.2020, 12:01 Uhr</div>`, "2020-04-29"},
		{"a zoned <time> a few hours from the metadata gives the local day", "en",
			`<meta property="article:published_time" content="2023-11-09T06:35:29Z">`,
			`<time datetime="2023-11-08T22:35:29-08:00">Nov 8, 2023 10:35 PM PST</time>`, "2023-11-08"},
		{"a UTC <time> a few hours from a local metadata date keeps the local day", "en",
			`<meta property="article:published_time" content="2024-04-18T00:13:04+03:00">`,
			`<time datetime="2024-04-17T21:13:04Z">April 18, 2024</time>`, "2024-04-18"},
		{"a line that names the metadata's day confirms it over a date shown first", "de", meta,
			`<div class="date">12.01.2022</div><div class="byline">Von Anna Schmidt, veröffentlicht: 29.11.2021</div>`, "2021-11-29"},
		{"an update line that names the metadata's day confirms nothing", "en",
			`<meta property="article:published_time" content="2022-01-12T10:00:00Z">`,
			`<div class="date">Published Nov 29, 2021</div><div class="date">Updated Jan 12, 2022</div>`, "2021-11-29"},
		{"swapped day and month: the date that reads only one way wins", "de",
			`<meta name="date" content="11/01/2023 12:43:42">`,
			`<div class="date">Erstellt am: 01.11.2023</div>`, "2023-11-01"},
		{"a clock without a zone a whole offset from the page's clock gives the page's day", "en",
			`<meta property="article:published_time" content="2025-02-15 03:05:48">`,
			`<p>Posted by a member of the forum in Trip Reports, Feb 14, 2025 at 9:05 pm</p>`, "2025-02-14"},
		{"a clock without a zone at other minutes leaves the metadata standing", "en",
			`<meta property="article:published_time" content="2025-02-15 03:05:48">`,
			`<p>Posted by a member of the forum in Trip Reports, Feb 14, 2025 at 9:17 pm</p>`, "2025-02-15"},
		{"a line that opens with a date is a dateline", "de",
			`<meta property="article:published_time" content="2020-02-12">`,
			`<p>05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des Verbands)</p>`, "2020-02-05"},
		{"a line that ends with a date is not", "de",
			`<meta property="article:published_time" content="2020-02-12">`,
			`<p>Redaktion: Eberhard Fuhr, Pressesprecher des Verbands, am 05.02.2020</p>`, "2020-02-12"},
		{"an update line a day off from a metadata save stamp gives the page's day", "en",
			`<meta property="article:published_time" content="2025-11-13T09:21:40">` +
				`<meta property="article:modified_time" content="2025-11-13T09:21:40">`,
			`<div class="date">Page updated:</div><div class="date">12 November 2025</div>`, "2025-11-12"},
		{"an update line a day off from a publication the metadata tells apart does not", "en",
			`<meta property="article:published_time" content="2025-11-13T09:21:40">` +
				`<meta property="article:modified_time" content="2025-11-14T10:00:00">`,
			`<div class="date">Page updated:</div><div class="date">12 November 2025</div>`, "2025-11-13"},
		{"a long marked paragraph does not overrule", "de", meta,
			`<div class="date">` + strings.Repeat("Ein langer Satz über etwas anderes. ", 6) + `am 12.01.2022</div>`, "2021-11-29"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><head>` + c.head + `</head><body><article>` +
			`<h1>Ein Titel für die Seite</h1>` + c.lines +
			`<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p></article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestShortDateLineBeatsLongMarkedLine checks that a long line marked as a date, such as
// a photo caption that mentions one, gives way to a short date line below it, and still
// dates the page when no other line does.
func TestShortDateLineBeatsLongMarkedLine(t *testing.T) {
	caption := `<div class="meta">FILE PHOTO: The minister speaks during a ceremony at the town hall in the capital, on January 16, 2020. REUTERS/Staff photographer. The picture was taken before the vote on the new budget.</div>`
	cases := []struct{ name, lang, lines, want string }{
		{"English", "en", caption + `<p>January 18, 2020</p>`, "2020-01-18"},
		{"Spanish", "es", strings.ReplaceAll(caption, "January 16, 2020", "16 de enero de 2020") + `<p>18 de enero de 2020</p>`, "2020-01-18"},
		{"the caption alone", "en", caption, "2020-01-16"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><body><article><h1>A headline for the story</h1>` + c.lines +
			`<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p></article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestURLDayAlignsZone checks that a URL's day sets the zone of a UTC instant a few
// hours off, and never moves the instant, and that it settles a numeric date's order.
func TestURLDayAlignsZone(t *testing.T) {
	cases := []struct {
		published, url, want string
	}{
		{"2023-11-09T05:30:59Z", "https://news.example/2023/11/08/mayor-elected/", "2023-11-08"},
		{"2018-12-31T23:11:59Z", "https://blog.example/2019/01/01/new-year/", "2019-01-01"},
		// Ten hours west is too far to be the same instant's local day: another date.
		{"2020-07-09T10:04:04Z", "https://news.example/2020/07/08/story/", "2020-07-09"},
		// A numeric date read in the other order than the URL's: the URL settles it.
		{"03/10/2023", "https://blog.example/2023/october/03/wine/", "2023-10-03"},
		// A date without a time names a day already: the URL does not move it.
		{"2019-12-10", "https://news.example/2019/12/09/story/", "2019-12-10"},
	}
	for _, c := range cases {
		page := `<html lang="en"><head><meta property="article:published_time" content="` + c.published + `"></head><body><h1>A headline for the story</h1><p>` + strings.Repeat("Body text of the story. ", 12) + `</p></body></html>`
		a := metaOf(t, page, &Options{URL: c.url})
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.url)
		want, err := time.Parse(time.RFC3339, c.published)
		if err == nil {
			assert.True(t, a.Date.Equal(want), "the instant is kept: %v", a.Date)
		}
	}
}

// TestDatelines checks that a paragraph opening with a date gives the page's date when
// nothing else does, and that a date deeper in a paragraph does not.
func TestDatelines(t *testing.T) {
	prose := strings.Repeat(" Ein Satz des Artikels, lang genug für einen Absatz.", 4)
	cases := []struct{ lang, para, want string }{
		{"de", "01.02.2022 – Die Zahl der Arbeitslosen ist gesunken." + prose, "2022-02-01"},
		{"de", "(18.01.2018) Deutschlands Landwirte zittern." + prose, "2018-01-18"},
		{"en", "WASHINGTON (January 24, 2017) — The study found a clear effect." + prose, "2017-01-24"},
		{"fr", "Paris, le 3 mars 2021 – Le conseil a voté le budget." + prose, "2021-03-03"},
		{"de", "Die Zahl der Arbeitslosen ist seit dem 01.02.2022 gesunken, sagte die Behörde." + prose, "0001-01-01"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><body><article><h1>Ein Titel für die Seite</h1><p>` + c.para +
			`</p><p>` + strings.Repeat("Body text of the article. ", 12) + `</p></article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.para[:30])
	}
}

// TestModifiedAsLastResort checks that a page stating only when it was modified is
// dated by it, and that a publication date, when there is one, still wins.
func TestModifiedAsLastResort(t *testing.T) {
	body := `<body><main><h1>Our consulting services</h1>` + strings.Repeat(`<p>We help teams plan their work and ship it on time, with care.</p>`, 12) + `</main></body></html>`
	const modified = `<meta property="article:modified_time" content="2023-03-22T17:52:04+00:00">`
	a, err := Extract(strings.NewReader(`<html lang="en"><head>`+modified+`</head>`+body), nil)
	require.NoError(t, err)
	assert.Equal(t, "2023-03-22", a.Date.Format(time.DateOnly))
	a, err = Extract(strings.NewReader(`<html lang="en"><head>`+modified+
		`<meta property="article:published_time" content="2021-05-02T08:00:00+00:00"></head>`+body), nil)
	require.NoError(t, err)
	assert.Equal(t, "2021-05-02", a.Date.Format(time.DateOnly))
	assert.Equal(t, "2023-03-22", a.Modified.Format(time.DateOnly))
}

// TestUpdatedLabelOnItsOwnLine checks that a date under an "Updated:" label is read as
// the modification date, and one under a label that carries its own date is not.
func TestUpdatedLabelOnItsOwnLine(t *testing.T) {
	const head = `<meta property="article:published_time" content="2016-12-21T18:49:10-05:00">`
	page := func(lines string) string {
		return `<html lang="en"><head>` + head + `</head><body><h1>A headline for the story</h1>` + lines +
			`<p>` + strings.Repeat("Body text of the story. ", 12) + `</p></body></html>`
	}
	a := metaOf(t, page(`<div class="date">Updated:</div><div class="date">Mar 6, 2018</div>`), nil)
	assert.Equal(t, "2016-12-21", a.Date.Format(time.DateOnly))
	a = metaOf(t, page(`<div class="date">Updated: 6/3/2018</div><div class="date">Mar 4, 2018</div>`), nil)
	assert.Equal(t, "2018-03-04", a.Date.Format(time.DateOnly))
}

// TestDayInLanguageZone checks that a day without a clock starts at midnight in the zone
// of a single-zone language or of a Central European one, and in UTC otherwise; the
// calendar day never changes.
func TestDayInLanguageZone(t *testing.T) {
	cases := []struct {
		lang, line string
		offset     int
	}{
		{"ja", "2019年4月4日", 9 * 3600},
		{"zh", "2019年04月04日", 8 * 3600},
		{"ko", "2019.04.04", 9 * 3600},
		{"vi", "Thứ năm, 4/4/2019", 7 * 3600},
		{"de", "04.04.2019", 2 * 3600},
		{"pl", "4 kwietnia 2019", 2 * 3600},
		{"en", "April 4, 2019", 0},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><body><h1>Headline</h1><div class="date">` + c.line + `</div><p>` +
			strings.Repeat("Body text. ", 20) + `</p></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, "2019-04-04", a.Date.Format(time.DateOnly), c.lang)
		_, off := a.Date.Zone()
		assert.Equal(t, c.offset, off, c.lang)
		assert.False(t, a.DateHasTime, c.lang)
	}
	// A clock time given without a zone is left as written.
	page := `<html lang="ja"><body><h1>Headline</h1><div class="date">2019年4月4日 17:53</div><p>` +
		strings.Repeat("Body text. ", 20) + `</p></body></html>`
	a := metaOf(t, page, nil)
	_, off := a.Date.Zone()
	assert.Equal(t, 0, off)
	assert.True(t, a.DateHasTime)
}

// TestShortDateTexts checks the last resort: a short text standing alone that reads as a
// date, outside comments, related lists and footers, and not a range or a citation.
func TestShortDateTexts(t *testing.T) {
	// Paragraphs long enough to end the scan of the lines around the headline.
	prose := strings.Repeat(`<p>`+strings.Repeat("Ein Absatz des Artikels, lang genug, um als Text zu zählen. ", 5)+`</p>`, 4)
	cases := []struct{ name, lang, body, want string }{
		{"a date alone in the article", "de", `<div class="newsSingleHeader"><b>Schwimmen</b><br><span class="blue">01.02.2022</span></div>` + prose, "2022-02-01"},
		{"a date with a clock in an em", "de", `<p><em>01.11.2023 11:35</em></p>` + prose, "2023-11-01"},
		{"a forum post's date in Italian order", "it", `<table><tr><td>12-01-2025, 21:14</td></tr></table>` + prose, "2025-01-12"},
		{"an English date under the body", "en", prose + `<p>January 22, 2014</p>`, "2014-01-22"},
		{"an updated text comes when nothing else does", "de", prose + `<p class="info">Aktualisiert: 30.12.2016</p>`, "2016-12-30"},
		{"a date in the article's header counts", "de", `<div class="newsSingleHeader"><span>26. Januar 2022</span></div>` + prose, "2022-01-26"},
		{"a range is not a date", "de", prose + `<p>23.10.2015 - 25.10.2015</p>`, "0001-01-01"},
		{"a citation's access date is not", "de", prose + `<p>Abgerufen am 09.11.2022</p>`, "0001-01-01"},
		{"a comment's date is not", "fr", prose + `<div class="comments"><p>Le 22/01/2020 à 12:01</p></div>`, "0001-01-01"},
		{"a footer's date is not", "de", prose + `<footer><p>19.12.2019 - 12:14</p></footer>`, "0001-01-01"},
		{"a stamp that says when the page appeared beats a short date in the text", "de",
			prose + `<p>(zum 100. Geburtstag am 5.1.2021)</p>` + prose + `<div class="info">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</div>`, "2023-11-01"},
		{"a byline that dates the post under its text", "de",
			prose + `<div class="asset-footer"><div class="asset-meta">Von Christian am 03.05.2013, 11:51 | 0 Meinungen | <a href="#">Energie</a></div></div>`, "2013-05-03"},
		{"a tiny script that writes the date where it stands", "zh",
			`<table><tr><td><script>showDate("2020/04/17 01:43:09")</script> 瀏覽 7</td></tr></table>` + prose, "2020-04-17"},
		{"a longer script's date is not a date text", "zh",
			`<script>var cfg = {start: "2020/04/17 01:43:09", retries: 3, endpoint: "/api/v2/feed/items", cache: true};</script>` + prose, "0001-01-01"},
		{"a byline without a day does not", "de",
			prose + `<div class="asset-footer"><div class="asset-meta">Von Christian | 10 Meinungen | <a href="#">Energie</a></div></div>`, "0001-01-01"},
		{"an update stamp does not beat a short date in the text", "de",
			prose + `<p>(zum 100. Geburtstag am 5.1.2021)</p>` + prose + `<div class="info">Zuletzt geändert am: 01.11.2023</div>`, "2021-01-05"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><body><main><h1>Eine Überschrift</h1>` + c.body + `</main></body></html>`
		a, err := Extract(strings.NewReader(page), nil)
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestEUSummerTime checks the days whose midnight falls in European summer time: the
// last Sunday of March starts in winter time, the last Sunday of October in summer time.
func TestEUSummerTime(t *testing.T) {
	cases := []struct {
		y    int
		m    time.Month
		d    int
		want bool
	}{
		{2019, time.January, 15, false},
		{2019, time.March, 30, false},
		{2019, time.March, 31, false},
		{2019, time.April, 1, true},
		{2019, time.July, 19, true},
		{2019, time.October, 27, true},
		{2019, time.October, 28, false},
		{2022, time.March, 28, true},
		{2022, time.October, 30, true},
		{2022, time.October, 31, false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, inEUSummerTime(c.y, c.m, c.d), "%d-%02d-%02d", c.y, c.m, c.d)
	}
}

// TestClosingDate checks that a line closing the text that says when the post was
// published dates a page that gives no other date, and that one without such a word
// does not.
func TestClosingDate(t *testing.T) {
	prose := strings.Repeat(`<p>`+strings.Repeat("A paragraph of the post, long enough to count as its text. ", 5)+`</p>`, 4)
	cases := []struct{ name, lang, closing, want string }{
		{"English", "en", `This entry was posted on Saturday, December 3rd, 2011 at 10:05 am and is filed under News. You can follow any responses to this entry.`, "2011-12-03"},
		{"German", "de", `Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:05 Uhr veröffentlicht und unter Politik gespeichert.`, "2011-12-03"},
		{"French", "fr", `Cet article a été publié le samedi 3 décembre 2011 à 10h05 dans la catégorie Politique.`, "2011-12-03"},
		{"no published word", "en", `The next meeting of the club is on Saturday, December 3rd, 2011 at 10:05 am in the hall.`, "0001-01-01"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><body><article><h1>A headline for the post</h1>` + prose +
			`<p>` + c.closing + `</p></article></body></html>`
		a, err := Extract(strings.NewReader(page), nil)
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestProfileLines checks that a forum member's sign-up date beside a post does not date
// the page, and that the post's own date does.
func TestProfileLines(t *testing.T) {
	cases := []struct{ name, lang, lines, want string }{
		{"English", "en", `<dl><dd>Posts: 4032</dd><dd>Joined: Dec 11, 2021</dd></dl><p class="author">by Ann » Tue Aug 27, 2019 1:47 am</p>`, "2019-08-27"},
		{"German", "de", `<dl><dd>Beiträge: 1626</dd><dd>Registriert: 18.09.2008, 05:56</dd></dl><p class="author">von r23 » 21.01.2009, 05:42</p>`, "2009-01-21"},
		{"French", "fr", `<dl><dd>Messages : 12</dd><dd>Inscrit le 3 mars 2015</dd></dl><p class="author">par Jean » 5 avril 2016 à 10:12</p>`, "2016-04-05"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><body><main><h2>A topic in the forum</h2>` + c.lines +
			`<p>` + strings.Repeat("The first post of the thread, long enough to be prose. ", 8) + `</p></main></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestPublishedLineAgainstLastSave checks that a "Published …" block further down the
// page dates it when the metadata gives the same instant for publication and
// modification (the last save) and no line near the headline shows a date.
func TestPublishedLineAgainstLastSave(t *testing.T) {
	const saved = `<meta property="article:published_time" content="2025-11-29T12:28:31-05:00">`
	prose := strings.Repeat(`<p>`+strings.Repeat("Body text of the article, long enough to be prose. ", 8)+`</p>`, 3)
	cases := []struct{ name, head, before, want string }{
		{"the published line wins over the last save", saved +
			`<meta property="article:modified_time" content="2025-11-29T12:28:31-05:00">`, "", "2025-08-13"},
		{"a modification at another instant leaves the metadata standing", saved +
			`<meta property="article:modified_time" content="2025-11-30T08:00:00-05:00">`, "", "2025-11-29"},
		{"a date line near the headline leaves the metadata standing", saved +
			`<meta property="article:modified_time" content="2025-11-29T12:28:31-05:00">`,
			`<div class="date">November 29, 2025</div>`, "2025-11-29"},
	}
	for _, c := range cases {
		page := `<html lang="en"><head>` + c.head + `</head><body><article><h1>A title for the page</h1>` +
			c.before + prose + `<div class="meta">Published August 13, 2025</div></article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestCustomTimeElements checks that a custom element carrying a datetime, which a
// script renders like <time> ("relative-time", "local-time"), dates a page that has
// no other date, and that a plain custom element does not.
func TestCustomTimeElements(t *testing.T) {
	prose := `<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p>`
	cases := []struct{ name, el, want string }{
		{"relative-time", `<relative-time datetime="2024-05-06T10:00:00Z">May 6</relative-time>`, "2024-05-06"},
		{"local-time", `<local-time format="short" datetime="2025-02-23T08:00:00.000Z">2025-02-23</local-time>`, "2025-02-23"},
		{"no datetime", `<x-stamp value="2024-05-06">yesterday</x-stamp>`, "0001-01-01"},
		{"a time-ago element's ts", `<shiny-timeago ts="2025-03-03T09:47:05.754000+0000"></shiny-timeago>`, "2025-03-03"},
		{"a ts on an element not named for a time", `<x-stamp ts="2024-05-06T10:00:00Z">yesterday</x-stamp>`, "0001-01-01"},
		{"a date picker's chosen day", `<date-picker date="2024-05-06">Pick a day</date-picker>`, "0001-01-01"},
	}
	for _, c := range cases {
		page := `<html lang="en"><body><article><h1>A title for the page</h1>` + prose + prose + prose +
			`<p>Seen ` + c.el + `</p></article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestAmbiguousLineSettledByTime checks that a numeric date line that reads either way
// takes the order a <time> elsewhere on the page confirms.
func TestAmbiguousLineSettledByTime(t *testing.T) {
	prose := `<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p>`
	cases := []struct{ name, other, want string }{
		{"confirmed the other way", `<time datetime="2025-12-02">December 02, 2025</time>`, "2025-12-02"},
		{"no confirmation", `<time datetime="2024-06-03">June 03, 2024</time>`, "2025-02-12"},
	}
	for _, c := range cases {
		page := `<html lang="en"><body><article><h1>A title for the page</h1>` +
			`<div class="date">02-12-2025</div>` + prose + prose + prose +
			`<p>Earlier: ` + c.other + `</p></article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestThreadOpeningPost checks that a discussion thread whose posts sit in a replies
// block is dated by its first post, not by a sidebar's latest topics that the scan
// around the headline reaches past the replies, and that an article with a comment or
// two is not dated by its first comment.
func TestThreadOpeningPost(t *testing.T) {
	post := func(day, text string) string {
		return `<article class="post-box"><div class="post-body">` + text + `</div>` +
			`<div class="meta"><time datetime="2005-07-` + day + `T00:57:00">7/` + day + `/05</time></div></article>`
	}
	sidebar := `<aside><h3>Recent topics</h3><div><a href="/t/x">Another topic</a>` +
		`<time datetime="2024-12-10T05:01:34">12/9/25</time></div></aside>`
	for _, c := range []struct {
		name  string
		posts int
		want  string
	}{
		{"a thread of six posts", 6, "2005-07-10"},
		{"an article with two comments", 2, "2024-12-10"},
	} {
		var b strings.Builder
		for i := 0; i < c.posts; i++ {
			b.WriteString(post(fmt.Sprint(10+i), "Here is a post about catering tips and gratuities."))
		}
		page := `<html lang="en"><body><h1>Catering tips for beginners</h1>` +
			`<div id="postsAndRepliesContainer">` + b.String() + `</div>` + sidebar + `</body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestHeadlineAfterManyTeasers checks that an <h1> after a slider of more teaser
// headings than the heading budget holds, one of them a link to the page itself with
// the headline's words, is still the headline, and the date line under it dates the
// page.
func TestHeadlineAfterManyTeasers(t *testing.T) {
	var b strings.Builder
	for i := 0; i < maxHeads+4; i++ {
		fmt.Fprintf(&b, `<h2 class="teaser"><a href="/story-%d">Another story number %d here</a></h2>`, i, i)
	}
	b.WriteString(`<h2 class="teaser"><a href="/mindful">Mindful through the crisis</a></h2>`)
	page := `<html lang="en"><head><title>Mindful through the crisis | The Weekly</title></head><body>` +
		`<div class="slider">` + b.String() + `</div><article><header><h1>Mindful through the crisis</h1>` +
		`<div class="date">March 18, 2020</div></header><p>` +
		strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p></article></body></html>`
	a := metaOf(t, page, nil)
	assert.Equal(t, "Mindful through the crisis", a.Title)
	assert.Equal(t, "2020-03-18", a.Date.Format(time.DateOnly))
}

// TestJSONLDInMeta checks that JSON-LD a framework put in a <meta> content attribute
// (name="script:ld+json") is read like a script's, and that another <meta> holding
// JSON is not.
func TestJSONLDInMeta(t *testing.T) {
	ld := `{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}`
	for _, c := range []struct{ name, key, want string }{
		{"named for JSON-LD", "script:ld+json", "2025-11-17"},
		{"another name", "app-config", "0001-01-01"},
	} {
		page := `<html lang="en"><head><meta name="` + c.key + `" content="` + ld + `"></head><body>` +
			`<h1>A guide to electric cars</h1><p>` + strings.Repeat("Body text of the guide. ", 12) + `</p></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestEmbeddedPostDates checks that the date of an embedded social post (a tweet's
// signature line, an Instagram post's <time> inside its blockquote) never dates the
// page that quotes it.
func TestEmbeddedPostDates(t *testing.T) {
	prose := `<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p>`
	tweet := `<blockquote class="twitter-tweet"><p>Our new ad is here!</p>— Shop (@shop) November 1, 2023</blockquote>`
	insta := `<blockquote class="instagram-media"><p>A post shared by Ann (@ann) on ` +
		`<time datetime="2018-03-12T19:30:12+00:00">Mar 12, 2018 at 12:30 PDT</time></p></blockquote>`
	cases := []struct{ name, head, body, want string }{
		{"a tweet's line does not overrule the metadata", `<meta property="article:published_time" content="2023-11-03T11:04:22+00:00">`,
			`<p>By John Smith</p>` + tweet + prose, "2023-11-03"},
		{"an Instagram post's time does not date the page", "",
			prose + insta + prose + `<div class="date">Published 29 January 2019</div>`, "2019-01-29"},
	}
	for _, c := range cases {
		page := `<html lang="en"><head>` + c.head + `</head><body><article><h1>A title for the page</h1>` +
			c.body + `</article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestDateTextsNeedDigits checks that elements whose class names a date but whose text
// holds no digit (menus, labels) do not take the slots of the article's date element.
func TestDateTextsNeedDigits(t *testing.T) {
	var menu strings.Builder
	for i := 0; i < maxDateTexts+2; i++ {
		fmt.Fprintf(&menu, `<li class="meta">Mediadaten %c</li>`, 'A'+i)
	}
	page := `<html lang="de"><body><ul>` + menu.String() + `</ul><main><h2>Teaser</h2><p>` +
		strings.Repeat("Ein Satz des Artikels, lang genug für einen Absatz. ", 8) +
		`</p><p>Weiterer Text.</p><p>Noch mehr Text.</p><span class="publish-date">29. Januar 2019</span></main></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	m := collectMeta(doc)
	require.NotEmpty(t, m.dateTexts)
	assert.Equal(t, "29. Januar 2019", m.dateTexts[0])
}

// TestTimeTextAgainstDatetime checks that a <time> whose line says the page was
// published on a day its datetime does not name is read by that line, and that a bare
// date shown over another datetime leaves the datetime standing.
func TestTimeTextAgainstDatetime(t *testing.T) {
	prose := `<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p>`
	cases := []struct{ name, lang, line, want string }{
		{"a published statement wins", "fr", `<div class="time"><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></div>`, "2019-06-29"},
		{"a bare date does not", "en", `<div class="date"><time datetime="2024-12-20">August 28, 2024</time></div>`, "2024-12-20"},
		{"a day apart is a zone, not another date", "en", `<time datetime="2019-07-01T01:00:00Z">Published June 30, 2019</time>`, "2019-07-01"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><body><article><h1>A title for the page</h1>` + c.line + prose + `</article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.UTC().Format(time.DateOnly), c.name)
	}
}

// TestURLDayOfRepublishedPage checks that a page whose address holds a day a year or
// more before its metadata date is dated by its address (the page was saved anew), and
// that a few weeks apart the metadata stands.
func TestURLDayOfRepublishedPage(t *testing.T) {
	cases := []struct{ published, url, want string }{
		{"2019-06-17T18:28:00+02:00", "https://blog.example/home/2017/7/12/summer-on-the-coast", "2017-07-12"},
		{"2023-10-31T09:00:00+01:00", "https://blog.example/2023/10/03/democracy-foundation/", "2023-10-31"},
	}
	for _, c := range cases {
		page := `<html lang="en"><head><meta property="article:published_time" content="` + c.published +
			`"></head><body><h1>A headline for the story</h1><p>` + strings.Repeat("Body text of the story. ", 12) + `</p></body></html>`
		a := metaOf(t, page, &Options{URL: c.url})
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.url)
	}
}

// TestShownTimeAgainstMetadata checks that, when no date line is found near the
// headline, a <time> whose text shows its own date days from the metadata's dates the
// page, unless a <time> of the page names the metadata's day or the text shows no date.
func TestShownTimeAgainstMetadata(t *testing.T) {
	const meta = `<meta property="og:article:published_time" content="2022-01-15">`
	prose := strings.Repeat(`<p>`+strings.Repeat("Ein Satz des Artikels, lang genug für einen Absatz. ", 8)+`</p>`, 3)
	cases := []struct{ name, after, want string }{
		{"the shown date wins", `<div class="meta"><time datetime="2022-01-25">25.01.2022</time></div>`, "2022-01-25"},
		{"a <time> with the metadata's day keeps it", `<div class="comments"><time datetime="2022-01-15">15.01.2022</time></div>` +
			`<div class="meta"><time datetime="2022-01-25">25.01.2022</time></div>`, "2022-01-15"},
		{"a <time> that shows no date does not count", `<div class="meta"><time datetime="2022-01-25">vor drei Tagen</time></div>`, "2022-01-15"},
	}
	for _, c := range cases {
		page := `<html lang="de"><head>` + meta + `</head><body><article><h1>Ein Titel für die Seite</h1>` +
			prose + c.after + `</article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestWeakLineAgainstDateElement checks that a date found only on an unmarked line (a
// book's release date in a review) gives way to an element the page marks as a date,
// but not to a header's clock of today, and that a marked paragraph opening with a date
// is a dateline that stands.
func TestWeakLineAgainstDateElement(t *testing.T) {
	long := strings.Repeat(" Ein Satz des Artikels, lang genug für einen Absatz.", 4)
	cases := []struct{ name, header, lines, want string }{
		{"the marked element wins", `<h2 class="date-header">Samstag, 9. September 2017</h2>`,
			`<p>Verlag: Heyne</p><p>Seiten: 448</p><p>Format: Broschur</p><p>Reihe: Love is War</p>` +
				`<p>Band 1: Verlangen</p><p>Band 2: Sehnsucht</p><p>Erscheinungsdatum: 14.08.2017</p>`, "2017-09-09"},
		{"a header's clock of today does not", `<div class="date">Aktuelles Datum und Uhrzeit: 11.02.2020, 19:22</div>`,
			`<p>Verlag: Heyne</p><p>Seiten: 448</p><p>Format: Broschur</p><p>Reihe: Love is War</p>` +
				`<p>Band 1: Verlangen</p><p>Band 2: Sehnsucht</p><p>Erscheinungsdatum: 14.08.2017</p>`, "2017-08-14"},
		{"a marked paragraph that opens with a date is a dateline", `<div class="date">Mittwoch, 01. November 2023</div>`,
			`<p class="teaser-date">31. Oktober 2023. Dragqueens sind Kunstfiguren.` + long + `</p>`, "2023-10-31"},
	}
	for _, c := range cases {
		page := `<html lang="de"><body>` + c.header + `<article><h1>Ein Titel für die Seite</h1>` + c.lines +
			`<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p></article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestUploadedMeta checks that a site's own <meta> for when a photo or a video was
// uploaded dates the page, and that schema.org's uploadDate, which an embedded clip
// carries, does not.
func TestUploadedMeta(t *testing.T) {
	body := `<body><h1>Spring in the mountains</h1><p>` + strings.Repeat("A photo of the valley at dawn. ", 10) + `</p></body></html>`
	cases := []struct{ name, head, want string }{
		{"a photo site's uploaded property", `<meta property="photosite:uploaded" content="2013-02-16T04:36:36-05:00">`, "2013-02-16"},
		{"an upload_date name", `<meta name="upload_date" content="2019-07-01">`, "2019-07-01"},
		{"an embedded clip's uploadDate", `<meta itemprop="uploadDate" content="01/10/2017">`, "0001-01-01"},
		{"the uploader is no date", `<meta name="uploader" content="2019-07-01">`, "0001-01-01"},
	}
	for _, c := range cases {
		a := metaOf(t, `<html lang="en"><head>`+c.head+`</head>`+body, nil)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestProseDateAfterLastEdit checks that a sentence near the headline naming a day after
// the page's last edit (an announcement) does not date the page, and that one naming an
// earlier day still does.
func TestProseDateAfterLastEdit(t *testing.T) {
	cases := []struct{ name, lang, line, stamp, head, want string }{
		{"German wiki: the next meeting", "de", "Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Café statt.",
			"Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.", "", "2020-01-29"},
		{"English wiki: the next meeting", "en", "The next meetup takes place on March 12, 2021 at the library.",
			"This page was last edited on 2 March 2021, at 10:15.", "", "2021-03-02"},
		{"metadata's modification", "fr", "La prochaine réunion aura lieu le 12 mars 2021 à la mairie.",
			"", `<meta property="article:modified_time" content="2021-03-02T10:15:00+01:00">`, "2021-03-02"},
		{"a day before the last edit still dates the page", "de", "Der Stammtisch fand am Mi. 15. Januar 2020 im Café statt.",
			"Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.", "", "2020-01-15"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><head>` + c.head + `</head><body><div id="content"><h1>Stammtisch</h1><p>` + c.line +
			`</p><p>` + strings.Repeat("Allgemein finden die Treffen am ersten Mittwoch des Monats statt. ", 4) +
			`</p></div><div id="footer"><ul><li>` + c.stamp + `</li></ul></div></body></html>`
		a, err := Extract(strings.NewReader(page), nil)
		require.NoError(t, err)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestScanReachesEveryReader holds the scan around the headline to its readers: it stops
// after maxLinesAfter lines, so none may look further down (a byline label's name comes
// on the line after it).
func TestScanReachesEveryReader(t *testing.T) {
	if maxDateLinePos > maxLinesAfter || maxBylinePos+1 > maxLinesAfter || maxShownPos > maxLinesAfter {
		t.Fatalf("a reader of the lines looks past the scan's %d lines", maxLinesAfter)
	}
}
