package winnow

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoscriptWrapper checks that the metadata is read inside a <noscript> that holds the
// page (a wrapper left open to a parser with scripting off, a forum's crawler view) and
// not inside a small one.
func TestNoscriptWrapper(t *testing.T) {
	menu := `<ul>` + strings.Repeat(`<li><a href="/a">Voce</a></li>`, 120) + `</ul>`
	body := `<h1>Orso marsicano: un anno da record</h1><p><em>( Pescasseroli, 14 Gennaio 2020 )</em></p><p>` +
		strings.Repeat("Sono almeno nove le femmine di orso che si sono riprodotte nel parco. ", 8) + `</p>`
	cases := []struct{ name, page, want string }{
		{"a wrapper left open",
			`<html lang="it"><body><noscript><div id="nojs"></noscript><div id="page">` + menu + body +
				`</div><noscript></div></noscript></body></html>`, "2020-01-14"},
		{"a small noscript is skipped",
			`<html lang="it"><body><noscript><p>14.01.2020</p></noscript>` + body[:strings.Index(body, "<p><em>")] + `<p>` +
				strings.Repeat("Sono almeno nove le femmine di orso che si sono riprodotte nel parco. ", 8) + `</p></body></html>`, "0001-01-01"},
	}
	for _, c := range cases {
		a, err := Extract(strings.NewReader(c.page), nil)
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
	// A forum that renders with scripts serves its thread to crawlers in a <noscript>:
	// the opening post's author is read there.
	post := func(user, day string) string {
		return `<div class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author">` +
			`<a itemprop="url" href="/u/` + user + `"><span itemprop="name">` + user + `</span></a></span>` +
			`<time itemprop="datePublished" datetime="` + day + `">` + day + `</time></div><div class="post" itemprop="text"><p>` +
			strings.Repeat("The build log shows nothing useful after the install step. ", 6) + `</p></div></div>`
	}
	page := `<html lang="en"><head><title>Deploy failed for unknown reason - Support</title></head><body>` +
		`<noscript data-path="/t/deploy-failed/1"><div id="main-outlet"><h1>Deploy failed for unknown reason</h1>` +
		post("tinterweb", "2024-04-26T06:28:56Z") + post("helper", "2024-04-26T07:23:12Z") + post("tinterweb", "2024-04-26T12:42:59Z") +
		menu + `</div></noscript></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"tinterweb"}, a.Authors)
	assert.Equal(t, "2024-04-26", a.Date.Format(time.DateOnly))
}
