package winnow

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func metaOf(t *testing.T, page string, o *Options) *Article {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	a := &Article{}
	if o == nil {
		o = &Options{}
	}
	fillMeta(a, collectMeta(doc), o, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	return a
}

func TestCleanTitle(t *testing.T) {
	cases := []struct{ title, site, url, want string }{
		{"Thúc đẩy mã nguồn mở - Báo Giao thông", "Báo Giao thông", "", "Thúc đẩy mã nguồn mở"},
		{"Reuters | Markets rally on rate hopes", "Reuters", "", "Markets rally on rate hopes"},
		{"A title - with a dash", "Other Site", "", "A title - with a dash"},
		{"  spaced   title ", "", "", "spaced title"},
		{"Warum Mangos teurer sind - Hamburger Abendblatt", "", "https://www.abendblatt.de/x", "Warum Mangos teurer sind"},
		{"La voix des nuls | ARTE Radio", "ARTE Radio", "", "La voix des nuls"},
		{"蔡健雅_百度百科", "百度百科", "", "蔡健雅"},
		{"Tin mới - VnExpress", "", "https://vnexpress.net/a.html", "Tin mới"},
		{"BBC News - Title here", "", "https://www.bbc.co.uk/news/1", "BBC News - Title here"},
		{"Title here - BBC", "", "https://www.bbc.co.uk/news/1", "Title here"},
		{"ツリーを描画できる「Treeviz」:phpspot開発日誌", "", "http://phpspot.org/blog/1.html", "ツリーを描画できる「Treeviz」"},
		{"Ratio: 3:4 explained", "", "https://example.com/a", "Ratio: 3:4 explained"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, cleanTitle(c.title, newSiteNames(c.url, c.site)), c.title)
	}
}

func TestMetadataSources(t *testing.T) {
	page := `<html lang="de-DE"><head><title>Ignored - Site</title>
	<meta property="og:title" content="OG title">
	<meta property="og:site_name" content="Die Seite">
	<meta name="author" content="Von Anna Schmidt">
	<meta property="article:published_time" content="2025-03-25T14:05:00+01:00">
	<link rel="canonical" href="/artikel/1">
	<meta property="og:image" content="bild.jpg">
	<meta name="keywords" content="Politik, Wahl, Berlin">
	<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
	  {"@type":"NewsArticle","headline":"LD &amp; headline","author":[{"@type":"Person","name":"Anna Schmidt"},{"@type":"Person","name":"Ben Weber"}],
	   "datePublished":"2025-03-24T10:00:00+01:00"}]}</script>
	<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": [{"position":1,"name":"Startseite"},{"position":2,"name":"Politik"}],}</script>
	</head><body><h1>Heading</h1></body></html>`
	a := metaOf(t, page, &Options{URL: "https://example.de/x?y=1"})
	assert.Equal(t, "LD & headline", a.Title)
	assert.Equal(t, []string{"Anna Schmidt", "Ben Weber"}, a.Authors)
	assert.Equal(t, "2025-03-24", a.Date.UTC().Format(time.DateOnly))
	assert.True(t, a.DateHasTime)
	assert.Equal(t, "Die Seite", a.SiteName)
	assert.Equal(t, "de-DE", a.Language)
	assert.Equal(t, "https://example.de/artikel/1", a.URL)
	assert.Equal(t, "https://example.de/bild.jpg", a.Image)
	assert.Equal(t, []string{"Politik", "Wahl", "Berlin"}, a.Tags)
	assert.Equal(t, []string{"Politik"}, a.Categories, "JSON-LD with a trailing comma gets a lenient second reading")
}

func TestMetadataRejects(t *testing.T) {
	page := `<html><head>
	<meta name="author" content="https://facebook.com/someone">
	<meta property="article:published_time" content="2031-01-01">
	<script type="application/ld+json">{not json at all</script>
	</head><body><time datetime="1990-05-01">old</time></body></html>`
	a := metaOf(t, page, nil)
	assert.Empty(t, a.Authors, "a URL is not an author")
	assert.True(t, a.Date.IsZero(), "dates in the future or before 1995 are rejected: %v", a.Date)
}

// TestVisibleDatesAndBylines checks the date line and the byline near the headline on
// pages that carry no machine-readable metadata, in many languages and formats.
func TestVisibleDatesAndBylines(t *testing.T) {
	cases := []struct {
		lang, byline, dateLine, wantAuthor, wantDate string
	}{
		{"en", "By Jane Doe", "Published March 25, 2025 5:53 p.m. ET", "Jane Doe", "2025-03-25"},
		{"en", `<span>By</span><a href="/author/jane-doe">Jane Doe</a>`, "Mar. 25, 2025", "Jane Doe", "2025-03-25"},
		{"de", "Von Anna Schmidt", "Dienstag, 25. März 2025, 14:05 Uhr", "Anna Schmidt", "2025-03-25"},
		{"fr", "Par Jean Dupont", "Publié le 25 mars 2025 à 17h53", "Jean Dupont", "2025-03-25"},
		{"es", "Por María García", "martes, 25 de marzo de 2025", "María García", "2025-03-25"},
		{"pt", "Por João Silva", "25 de março de 2025 às 17h53", "João Silva", "2025-03-25"},
		{"it", "di Marco Rossi", "25 marzo 2025 ore 17:53", "Marco Rossi", "2025-03-25"},
		{"vi", "Theo Minh Anh", "Thứ ba, 25/3/2025, 17:53 (GMT+7)", "Minh Anh", "2025-03-25"},
		{"zh", "文/李明", "2025年03月25日 17:53", "李明", "2025-03-25"},
		{"ja", "記者 山田太郎", "2025年3月25日(火) 17:53", "山田太郎", "2025-03-25"},
		{"ko", "홍길동 기자", "입력 2025.03.25. 오후 5:53", "홍길동", "2025-03-25"},
		{"ru", "Автор: Иван Петров", "25 марта 2025, 14:05", "Иван Петров", "2025-03-25"},
		{"pl", "Autor: Jan Kowalski", "25 marca 2025", "Jan Kowalski", "2025-03-25"},
		{"id", "Oleh Budi Santoso", "Selasa, 25 Maret 2025 17:53 WIB", "Budi Santoso", "2025-03-25"},
		{"tr", "Yazan: Ayşe Yılmaz", "25 Mart 2025 Salı", "Ayşe Yılmaz", "2025-03-25"},
		{"nl", "Door Pieter de Vries", "25 maart 2025 om 17:53", "Pieter de Vries", "2025-03-25"},
	}
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><head><title>Headline words for the page - Site</title></head><body>
		<nav><a href="/">Home</a></nav><article><h1>Headline words for the page</h1>
		<div class="meta"><span class="byline">` + c.byline + `</span><div>` + c.dateLine + `</div></div>
		<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p></article></body></html>`
		a := metaOf(t, page, nil)
		assert.Equal(t, []string{c.wantAuthor}, a.Authors, "%s: %s", c.lang, c.byline)
		assert.Equal(t, c.wantDate, a.Date.Format(time.DateOnly), "%s: %s", c.lang, c.dateLine)
		assert.Equal(t, "Headline words for the page", a.Title, c.lang)
	}
}

// TestAuthorShapes checks how raw author values are cleaned and split.
func TestAuthorShapes(t *testing.T) {
	site := newSiteNames("https://www.example-news.com/a", "Example News")
	cases := []struct {
		raw  []string
		want []string
	}{
		{[]string{"By Jane Doe | Updated March 25, 2025"}, []string{"Jane Doe"}},
		{[]string{"Jane Doe and John Roe"}, []string{"Jane Doe", "John Roe"}},
		{[]string{"Anna Schmidt, Ben Weber und Carla Braun"}, []string{"Anna Schmidt", "Ben Weber", "Carla Braun"}},
		{[]string{"Genevieve Carlton, Ph.D."}, []string{"Genevieve Carlton, Ph.D."}},
		{[]string{"Dylan Bailey, MS, RD"}, []string{"Dylan Bailey, MS, RD"}},
		{[]string{"Maria & Katerina"}, []string{"Maria & Katerina"}},
		{[]string{"Laura E. Adkins December 28, 2016"}, []string{"Laura E. Adkins"}},
		{[]string{"jane@example.com"}, nil},
		{[]string{"https://www.facebook.com/someone"}, nil},
		{[]string{"admin"}, nil},
		{[]string{"Example News"}, nil},
		{[]string{"example-news.com"}, nil},
		{[]string{"oe24.at"}, nil},
		{[]string{"This is not a name but a whole sentence that goes on and on about things"}, nil},
		{[]string{"windowsill_wendy"}, []string{"windowsill_wendy"}},
		{[]string{"eseppelt"}, []string{"eseppelt"}},
		{[]string{"hoangminh_88 12/03/2025"}, []string{"hoangminh_88"}},
		{[]string{"Jean Dupont, correspondant"}, []string{"Jean Dupont"}},
		{[]string{"vom Krimiblogger"}, []string{"Krimiblogger"}},
		{[]string{"Redaktion: Eberhard Fuhr (Pressesprecher)"}, []string{"Eberhard Fuhr"}},
		{[]string{"Zeige alle Beiträge von Simon Dückert →"}, nil},
		{[]string{"© Kathrin Führes"}, []string{"Kathrin Führes"}},
		{[]string{"January"}, nil},
		{[]string{"Meg Wagner NEW YORK DAILY NEWS"}, []string{"Meg Wagner"}},
		{[]string{"Saibal Dasgupta / TNN"}, []string{"Saibal Dasgupta"}},
		{[]string{"BOB FISCHER"}, []string{"BOB FISCHER"}},
		{[]string{"Postby windowsill_wendy » Tue Mar 25, 2025 5:53 pm"}, []string{"windowsill_wendy"}},
		{[]string{"Theo dõi Báo Giao thông trên Google News"}, nil},
		{[]string{"Von Anna Schmidt am 25.03.2025"}, []string{"Anna Schmidt"}},
		{[]string{"ByTravis Haney"}, []string{"Travis Haney"}},
		{[]string{"Byron Smith"}, []string{"Byron Smith"}},
		{[]string{"Di Maria Rossi"}, []string{"Di Maria Rossi"}},
		{[]string{"文/李明"}, []string{"李明"}},
		{[]string{"記者 山田太郎"}, []string{"山田太郎"}},
		{[]string{"بقلم: محمد الأحمد"}, []string{"محمد الأحمد"}},
		{[]string{"Verfasst von Anna Schmidt"}, []string{"Anna Schmidt"}},
		{[]string{"Erstellt von Ben Weber"}, []string{"Ben Weber"}},
		{[]string{"~ Carla Braun"}, []string{"Carla Braun"}},
		{[]string{"Jane DoeStaff Writer"}, []string{"Jane Doe"}},
		{[]string{"Jane Doe Contributing Writer"}, []string{"Jane Doe"}},
		{[]string{"Jane Doe Former Acme Consultant"}, []string{"Jane Doe"}},
		{[]string{"John Roe Mitglied der Stadtredaktion"}, []string{"John Roe"}},
		{[]string{"Mary Ann Smith Senior Editor"}, []string{"Mary Ann Smith"}},
		{[]string{"Jane Doe Founder | Lead Reviewer"}, []string{"Jane Doe"}},
		{[]string{"Opinion writer"}, nil},
		{[]string{"Acme Japan Staff"}, []string{"Acme Japan Staff"}},
		{[]string{"Certified Pediatric Sleep Consultant"}, []string{"Certified Pediatric Sleep Consultant"}},
		{[]string{"Staff Clinician"}, []string{"Staff Clinician"}},
		{[]string{"李明2017-03-25"}, []string{"李明"}},
		{[]string{"Anna Schmidt Anna Schmidt"}, []string{"Anna Schmidt"}},
		{[]string{"Anna SchmidtAnna Schmidt"}, []string{"Anna Schmidt"}},
		{[]string{"R. R."}, []string{"R. R."}},
		{[]string{"January 17, 2017 at 6:08 PM ET by Jane Doe"}, []string{"Jane Doe"}},
		{[]string{"Aktualisiert am 3. März von Anna Schmidt"}, []string{"Anna Schmidt"}},
		{[]string{"Jane Doe, Senior Politics Editor"}, []string{"Jane Doe"}},
		{[]string{"Posted by Jane Doe under Travel Notes"}, []string{"Jane Doe"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, authorList(c.raw, site), "%q", c.raw)
	}
}

// TestNamesSomeone checks which author-marked texts are taken as bylines.
func TestNamesSomeone(t *testing.T) {
	cases := map[string]bool{
		"Jane Doe": true,
		"Jane Doe Senior Politics Editor, The Daily Planet":                                           true,
		"March 3, 2025 at 6:08 PM by Jane Doe":                                                        true,
		"Jane Doe Creating the most human company in the digital age of all times, one day at a time": false,
		"Puma webserver and Sprockets asset library":                                                  false,
		"Share this article": false,
	}
	for byline, want := range cases {
		assert.Equal(t, want, namesSomeone(byline), byline)
	}
}

// TestBylineRelAuthors checks which rel=author links make the byline.
func TestBylineRelAuthors(t *testing.T) {
	cases := []struct{ rel, want []string }{
		{nil, nil},
		{[]string{"Jane Doe"}, []string{"Jane Doe"}},
		{[]string{"Jane Doe", "John Roe"}, []string{"Jane Doe", "John Roe"}},
		{[]string{"Jane Doe", "John Roe", "jane doe"}, []string{"Jane Doe", "John Roe"}},
		{[]string{"Jane Doe", "Ann Lee", "Bo Chen", "Cy Dunn"}, []string{"Jane Doe"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, bylineRelAuthors(c.rel), "%q", c.rel)
	}
}

// TestLenientJSONLD checks the second reading of malformed JSON-LD.
func TestLenientJSONLD(t *testing.T) {
	cases := map[string]string{
		"trailing commas": `{"@type":"NewsArticle","headline":"H","author":[{"name":"A B"},],}`,
		"comments":        "{\n// generated\n\"@type\":\"NewsArticle\", /* x */ \"headline\":\"H\",\"author\":\"A B\"}",
		"entities":        `{&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;H&quot;,&quot;author&quot;:&quot;A B&quot;}`,
		"concatenated":    `{"@type":"WebSite","name":"S"}{"@type":"NewsArticle","headline":"H","author":"A B"}`,
		"comma-joined":    `{"@type":"WebSite","name":"S"},{"@type":"NewsArticle","headline":"H","author":"A B"}`,
		"raw newline":     "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":\"A B\",\"description\":\"line one\nline two\"}",
	}
	for name, src := range cases {
		var ld ldInfo
		ld.add(src)
		assert.Equal(t, "H", ld.headline, name)
		assert.Equal(t, []string{"A B"}, ld.authors, name)
	}
	for _, bad := range []string{`{"@type":"NewsArticle","headline":`, `not json`, `{{{{`, `[1,2`} {
		var ld ldInfo
		assert.NotPanics(t, func() { ld.add(bad) })
		assert.Empty(t, ld.headline, bad)
	}
}

// TestDateChoice checks the order of the date sources and the alignment of UTC dates to
// the day the page shows.
func TestDateChoice(t *testing.T) {
	page := func(head, body string) string {
		return `<html lang="es"><head>` + head + `</head><body><h1>Un titular de prueba largo</h1>` + body +
			`<p>` + strings.Repeat("Texto del artículo. ", 20) + `</p></body></html>`
	}
	// A UTC instant late in the evening in Mexico: the page shows the 17th.
	a := metaOf(t, page(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-18T02:18:11Z"}</script>`,
		`<time>| 17 de Febrero 2020</time>`), nil)
	assert.Equal(t, "2020-02-17", a.Date.Format(time.DateOnly))
	assert.True(t, a.Date.Equal(time.Date(2020, 2, 18, 2, 18, 11, 0, time.UTC)), "the instant is kept: %v", a.Date)
	// A visible clock gives the exact offset.
	a = metaOf(t, page(`<meta property="article:published_time" content="2020-02-18T02:18:11Z">`,
		`<div class="date">17/02/2020 21:18</div>`), nil)
	_, off := a.Date.Zone()
	assert.Equal(t, -5*3600, off, "%v", a.Date)
	// A day far from the machine date: the date line the page shows wins (see preferShown).
	a = metaOf(t, page(`<meta property="article:published_time" content="2020-02-18T02:18:11Z">`,
		`<div class="date">10/01/2020</div>`), nil)
	assert.Equal(t, "2020-01-10", a.Date.Format(time.DateOnly))
	// An "updated" line is not the publication date when another line gives it.
	a = metaOf(t, page(``, `<div class="date">Actualizado: 20/03/2021</div><div class="date">Publicado: 18/03/2021</div>`), nil)
	assert.Equal(t, "2021-03-18", a.Date.Format(time.DateOnly))
	// The URL is the last resort; dates in related lists are not the page's.
	a = metaOf(t, page(``, `<div class="related"><time datetime="2019-01-01">x</time></div>`), &Options{URL: "https://x.example/2021/03/18/story"})
	assert.Equal(t, "2021-03-18", a.Date.Format(time.DateOnly))
}

func TestDetectLanguage(t *testing.T) {
	cases := map[string]string{
		"The council said on Tuesday that the new plan would be published with the budget for the year.":                               "en",
		"Der Rat teilte am Dienstag mit, dass der neue Plan mit dem Haushalt für das Jahr veröffentlicht wird.":                        "de",
		"Le conseil a indiqué mardi que le nouveau plan sera publié avec le budget pour l'année prochaine.":                            "fr",
		"El consejo dijo el martes que el nuevo plan se publicará con el presupuesto para el año que viene.":                           "es",
		"O conselho disse na terça-feira que o novo plano será publicado com o orçamento para o ano que vem.":                          "pt",
		"Il consiglio ha detto martedì che il nuovo piano sarà pubblicato con il bilancio per l'anno prossimo.":                        "it",
		"De raad zei dinsdag dat het nieuwe plan wordt gepubliceerd met de begroting voor het komende jaar.":                           "nl",
		"Rada poinformowała we wtorek, że nowy plan zostanie opublikowany wraz z budżetem na przyszły rok i jest to.":                  "pl",
		"Konsey salı günü yaptığı açıklamada yeni planın bütçe ile birlikte yayımlanacağını ve bu planın çok önemli olduğunu söyledi.": "tr",
		"Dewan mengatakan pada hari Selasa bahwa rencana baru itu akan diterbitkan dengan anggaran untuk tahun depan.":                 "id",
		"Hội đồng cho biết hôm thứ Ba rằng kế hoạch mới sẽ được công bố cùng với ngân sách của năm tới.":                               "vi",
		"Совет заявил во вторник, что новый план будет опубликован вместе с бюджетом на следующий год.":                                "ru",
		"委员会周二表示，新计划将与明年的预算一起公布，并将在全国范围内实施。":                                                                                           "zh",
		"委員会は火曜日、新しい計画を来年の予算と一緒に公表すると発表しました。":                                                                                          "ja",
		"위원회는 화요일 새로운 계획이 내년 예산과 함께 발표될 것이라고 밝혔습니다.":                                                                                   "ko",
		"คณะกรรมการกล่าวเมื่อวันอังคารว่าแผนใหม่จะเผยแพร่พร้อมกับงบประมาณสำหรับปีหน้า":                                                 "th",
		"قال المجلس يوم الثلاثاء إن الخطة الجديدة ستنشر مع الميزانية للعام المقبل في جميع أنحاء البلاد.":                               "ar",
		"شورا روز سه‌شنبه گفت که برنامه جدید همراه با بودجه سال آینده منتشر خواهد شد و این یک گام مهم است.":                            "fa",
		"परिषद ने मंगलवार को कहा कि नई योजना अगले साल के बजट के साथ प्रकाशित की जाएगी।":                                                "hi",
		"12345 67890": "",
		"Hi":          "",
	}
	for text, want := range cases {
		assert.Equal(t, want, detectLanguage(text), text)
	}
}

func TestPageType(t *testing.T) {
	body := `<p>` + strings.Repeat("Body text of the page, long enough. ", 10) + `</p>`
	ld := func(typ string) string {
		return `<script type="application/ld+json">{"@type":"` + typ + `","headline":"A headline"}</script>`
	}
	published := `<meta property="article:published_time" content="2025-03-04T10:00:00Z">`
	cases := []struct{ name, page, url, want string }{
		{"json-ld product with a price", ld("Product") + `<span class="price">$9</span>` + body, "", "product"},
		{"json-ld forum", ld("DiscussionForumPosting") + body, "", "forum"},
		{"json-ld article beats an embedded item list", ld("Article") + ld("ItemList") + body, "https://example.com/best-pans", "article"},
		{"og article with a publication time", `<meta property="og:type" content="article">` + published + body, "", "article"},
		{"og article alone is a CMS default", `<meta property="og:type" content="article">` + body, "https://firm.example/", "service"},
		{"headline slug and dated path", body, "https://example.com/2025/03/how-we-rebuilt-the-old-mill-in-a-year", "article"},
		{"docs host", body, "https://docs.example.dev/guide/start", "documentation"},
		{"forum url", body, "https://example.com/forum/t/123", "forum"},
		{"forum host", body, "https://forum.example.org/t/cannot-boot-after-update/99", "forum"},
		{"code blocks", body + strings.Repeat(`<pre><code>make install</code></pre>`, 12), "https://example.org/install", "documentation"},
		{"teaser list", strings.Repeat(`<h2><a href="/x">A teaser headline</a></h2><p>Teaser.</p>`, 8), "https://example.com/news/", "listing"},
		{"dated cards", strings.Repeat(`<div><a href="/x">A post</a> <time datetime="2025-01-02">2 Jan</time></div>`, 16), "https://example.com/updates", "listing"},
		{"shop grid", strings.Repeat(`<div class="card"><span class="price">$9</span><button class="add-to-cart">Add</button></div>`, 16), "", "collection"},
		{"one product with a cart", `<span class="price">$9</span><button class="add-to-cart">Add</button>` + body, "https://example.com/blue-mug", "product"},
		{"service page", `<h1>We fix roofs</h1>` + body, "https://roofs.example/", "service"},
		{"service page with a short name", `<h1>Roof repair</h1>` + body, "https://roofs.example/roof-repair", "service"},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(`<html><head>` + c.page + `</head><body>` + c.page + `</body></html>`))
		require.NoError(t, err)
		m := collectMeta(doc)
		a := &Article{}
		fillMeta(a, m, &Options{URL: c.url}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		assert.Equal(t, c.want, pageType(m, a, nil, nil), c.name)
	}
}

func TestPageShapeTokens(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div class="product-price sale">$1</div><button id="addToCart">Buy</button>
	<div class="post message">Hi</div><section class="comments"><div class="post message">Re</div></section><span itemprop="price">2</span>`))
	require.NoError(t, err)
	s := collectMeta(doc).shape
	assert.Equal(t, 2, s.prices, "a price class word and itemprop=price")
	assert.Equal(t, 1, s.carts, "addToCart split into words and joined")
	assert.Equal(t, 1, s.posts, "a post inside comments is not counted")
}

func TestHasYearSegment(t *testing.T) {
	cases := map[string]bool{"2024/05/title": true, "blog/2019/x": true, "a/1999/x": false, "a/20245/x": false, "2024-report": false, "": false}
	for path, want := range cases {
		assert.Equal(t, want, hasYearSegment(path), path)
	}
}

func TestMetaAuthorOrder(t *testing.T) {
	page := `<html><head><meta name="author" content="Condé Nast"><meta property="article:author" content="Emma Grey Ellis">
	</head><body><h1>A headline of the page</h1></body></html>`
	assert.Equal(t, []string{"Emma Grey Ellis"}, metaOf(t, page, nil).Authors, "article:author before the company in author")
	page = `<html><head><meta name="author" content="Gillman, Steve"></head><body><h1>A headline of the page</h1></body></html>`
	assert.Equal(t, []string{"Steve Gillman"}, metaOf(t, page, nil).Authors)
	page = `<html><head><meta name="author" content="Doe, PhD"></head><body><h1>A headline of the page</h1></body></html>`
	assert.Equal(t, []string{"Doe, PhD"}, metaOf(t, page, nil).Authors)
	credits := `<html><head><meta name="author" content="Jane Doe,John Roe,Ann Lee,Bo Chen,Cy Dunn"></head><body>
	<h1>A headline of the page</h1><div class="byline">Jane Doe</div></body></html>`
	assert.Equal(t, []string{"Jane Doe"}, metaOf(t, credits, nil).Authors, "a credit list longer than the shown byline")
	credits = strings.Replace(credits, `<div class="byline">Jane Doe</div>`, `<div class="byline">Zoe Quinn</div>`, 1)
	assert.Len(t, metaOf(t, credits, nil).Authors, 5, "a byline the list does not hold changes nothing")
	firm := `<html><head><meta name="author" content="%s"></head><body><h1>A headline of the page</h1>
	<div class="byline">%s</div></body></html>`
	assert.Equal(t, []string{"Jane Doe"}, metaOf(t, fmt.Sprintf(firm, "Beispiel Verlag GmbH", "Jane Doe"), nil).Authors, "a firm's legal name")
	assert.Equal(t, []string{"Jane Doe"}, metaOf(t, fmt.Sprintf(firm, "Beispiel Verlag, Nürnberg, Germany", "Jane Doe"), nil).Authors, "an address")
	assert.Equal(t, []string{"Ann Lee"}, metaOf(t, fmt.Sprintf(firm, "Ann Lee", "Jane Doe"), nil).Authors, "a person in the meta")
	assert.Equal(t, []string{"Jane Doe"}, metaOf(t, fmt.Sprintf(firm, "janedoe", "Jane Doe"), nil).Authors, "an account name")
	assert.Equal(t, []string{"janedoe"}, metaOf(t, fmt.Sprintf(firm, "janedoe", ""), nil).Authors, "an account name alone")
}

func TestPublishedLinesAndDateElements(t *testing.T) {
	body := `<p>` + strings.Repeat("Der Text des Beitrags ist lang genug, um als Fließtext zu gelten. ", 12) + `</p>`
	// A "published" line far below the headline.
	page := `<html lang="de"><body><h1>Ein Titel für die Seite</h1>` + body + body + body +
		`<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p></body></html>`
	assert.Equal(t, "2019-08-16", metaOf(t, page, nil).Date.Format(time.DateOnly))
	// A date inside the headline element, and an "updated" line as the last resort.
	page = `<html lang="de"><body><h1 class="withHeader"><span class="date">27.01.2022</span>Ein Titel</h1>` + body + `</body></html>`
	assert.Equal(t, "2022-01-27", metaOf(t, page, nil).Date.Format(time.DateOnly))
	page = `<html lang="de"><body><h1>Ein Titel für die Seite</h1>` + body + body + body +
		`<p class="article_date">Letzte Aktualisierung: 18.01.2018</p></body></html>`
	assert.Equal(t, "2018-01-18", metaOf(t, page, nil).Date.Format(time.DateOnly))
	// A breadcrumb wrapper that also holds the headline.
	page = `<html lang="de"><body><div class="intro__breadcrumbNavigation"><a href="/">Start</a>
	<h1>Unser Tipp im November</h1><p class="caption">01. November 2021 | Naturschutz</p></div>` + body + `</body></html>`
	a := metaOf(t, page, nil)
	assert.Equal(t, "2021-11-01", a.Date.Format(time.DateOnly))
	assert.Equal(t, "Unser Tipp im November", a.Title)
}

// randomTexts returns texts built from pieces that exercise the white space, case and
// UTF-8 rules: every space isSpace knows, broken sequences, and letters that change
// length when lower-cased.
func randomTexts(seed uint64, n int) []string {
	pieces := []string{" ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\u00a0", "\u200b", "\u3000", "\u2009",
		"\xc2", "\xe2\x80", "\xe3\x80", "\xff", "a", "Published", "ĐĂNG", "đăng", "İ", "K", "Ⱥ", "ОПУБЛИКОВАНО",
		"Veröffentlicht", "发布", "x", "word", "é", "e\u0301"}
	out := []string{"", " ", "a", " a ", "a  b", "a\u00a0b", "\u3000", "\xc2\xa0x", "x\xe2\x80\x8b"}
	return append(out, randomJoins(seed, pieces, 12, n)...)
}

func TestCollapseMatchesFields(t *testing.T) {
	for _, s := range randomTexts(7, 20000) {
		want := strings.Join(strings.FieldsFunc(s, isSpace), " ")
		if !assert.Equal(t, want, collapse(s), "%q", s) || !assert.Equal(t, want, collapseText([]byte(s)), "bytes %q", s) {
			break
		}
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { collapse("Already collapsed, with one space at a time.") }))
}

func TestOpensWithPublishedReadsAPrefix(t *testing.T) {
	ref := func(data string) bool {
		t := strings.ToLower(strings.TrimSpace(data))
		for _, w := range publishedWords {
			if strings.HasPrefix(t, w) {
				return true
			}
		}
		return false
	}
	texts := randomTexts(9, 20000)
	for _, w := range publishedWords {
		texts = append(texts, w, strings.ToUpper(w)+" 2025", " "+w[:len(w)-1])
	}
	for _, s := range texts {
		n := &html.Node{Type: html.ElementNode}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		if !assert.Equal(t, ref(s), opensWithPublished(n), "%q", s) {
			break
		}
		// Blank text nodes before the first text are skipped; an element ends the search.
		n = &html.Node{Type: html.ElementNode}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: "\n\t\u00a0 "})
		n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		want := ref(s)
		if strings.TrimSpace(s) == "" {
			n.AppendChild(&html.Node{Type: html.ElementNode, Data: "b"})
			n.LastChild.AppendChild(&html.Node{Type: html.TextNode, Data: "Published"})
			want = false
		}
		if !assert.Equal(t, want, opensWithPublished(n), "after a blank node: %q", s) {
			break
		}
	}
	assert.LessOrEqual(t, maxPublishedBytes*utf8.UTFMax, publishedPrefixBytes)
	n := &html.Node{Type: html.ElementNode}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: "Posted by Ümit on 3 March"})
	assert.Zero(t, testing.AllocsPerRun(100, func() { opensWithPublished(n) }))
}

// TestApplicationNameCopiedFromTitle: a template that copies the document's title into
// application-name does not make the headline the site's name (which would then be cut
// from the title, leaving the next heading, a related box's, as the title).
func TestApplicationNameCopiedFromTitle(t *testing.T) {
	page := `<html><head><title>Why sad films feel good</title>
	<meta name="application-name" content="Why sad films feel good"></head>
	<body><h1>Why sad films feel good</h1><p>Watching a drama raises the pain threshold.</p>
	<h2>More in Health</h2></body></html>`
	a := metaOf(t, page, nil)
	assert.Equal(t, "Why sad films feel good", a.Title)
	assert.Empty(t, a.SiteName)

	page = strings.Replace(page, `content="Why sad films feel good"`, `content="The Daily Body"`, 1)
	a = metaOf(t, page, nil)
	assert.Equal(t, "The Daily Body", a.SiteName, "an application-name of its own is the site's")
}

// TestShortBlockText holds shortBlockText to blockText: the same text when it is short
// enough, false when it is not.
func TestShortBlockText(t *testing.T) {
	pages := []string{
		"<div id=x> Posted <b>on</b>\n<span>12.03.2020</span><p>by Jane</p></div>",
		"<div id=x>" + strings.Repeat("word ", 50) + "<br>tail</div>",
		"<div id=x><p> </p>\u00a0 <i>x</i>\u3000<script>no</script><span hidden>no</span> y </div>",
		"<div id=x>" + strings.Repeat(" ", 9000) + "<b>12.03.2020</b></div>",
		"<div id=x>" + strings.Repeat("\t", 8190) + "ab<b>cd</b></div>",
		"<div id=x><b>\xc2</b>\xa0<b>z</b></div>",
		"<div id=x></div>", "<div id=x><p></p><p>  </p></div>",
	}
	for _, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var n *html.Node
		var find func(*html.Node)
		find = func(c *html.Node) {
			if attr(c, "id") == "x" {
				n = c
			}
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				find(k)
			}
		}
		find(doc)
		want := blockText(n)
		for _, limit := range []int{0, 5, 20, 200, 10000} {
			m := &pageMeta{}
			got, ok := m.shortBlockText(n, limit)
			if ok != (len(want) <= limit) || ok && got != want {
				t.Errorf("%.60q, limit %d: got %q, %v; blockText gives %q", page, limit, got, ok, want)
			}
		}
	}
}

// TestSiteLabelInNormalisedText holds the shortcut of siteNames.is: a text one of whose
// words is the host's label holds the label in its normalised form.
func TestSiteLabelInNormalisedText(t *testing.T) {
	pieces := []string{"Abendblatt", "abend", "blatt", " ", "-", "·", "Ä", "ß", "İ", "K", "2024", "Hamburger", "ABENDBLATT", "\u00a0", "é", "e\u0301"}
	for _, s := range randomJoins(3, pieces, 6, 5000) {
		for _, host := range []string{"abendblatt", "abend", "blatt", "hamburger"} {
			if containsWord(s, host) && !bytes.Contains(appendNormName(nil, s), []byte(host)) {
				t.Fatalf("%q has the word %q but its normalised form does not", s, host)
			}
		}
	}
}
