package winnow

import (
	"strings"
	"testing"
	"time"

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
	assert.Empty(t, a.Categories, "malformed JSON-LD (a trailing comma) is skipped, not guessed")
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
