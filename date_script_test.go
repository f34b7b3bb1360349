package winnow

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScriptDate checks that a page whose markup shows no date is dated by the
// publication date its scripts carry, and that generic keys and other dates are not read.
func TestScriptDate(t *testing.T) {
	prose := strings.Repeat(`<p>`+strings.Repeat("Ein Absatz über die Bohnen, lang genug für einen Text. ", 5)+`</p>`, 4)
	cases := []struct{ name, script, want string }{
		{"a store's product JSON", `<script type="application/json">{"id":1,"title":"Kaffee","published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-02T06:27:24+01:00"}</script>`, "2019-03-02"},
		{"an app's initial state", `<script type="application/json" data-initial-state="dates">{"publishedDate": "2016-11-04T20:37:27Z","updatedDate":"2016-11-05T20:39:47Z"}</script>`, "2016-11-04"},
		{"escaped inside a JavaScript string", `<script>window.__STATE__ = JSON.parse("{\"datePublished\":\"2021-05-06\"}");</script>`, "2021-05-06"},
		{"the earliest key in the script wins", `<script>var a = {"publishDate":"2020-01-02","items":[{"publishedAt":"2019-05-05"}]};</script>`, "2020-01-02"},
		{"a generic key is not read", `<script>var u = {"createdAt":"2018-01-02T10:00:00Z"};</script>`, "0001-01-01"},
		{"a date before 1995 is not", `<script>var a = {"publishDate":"1990-01-02"};</script>`, "0001-01-01"},
		{"a key without a string value is not", `<script>var a = {"publishDate": null, "x": "2020-01-02"};</script>`, "0001-01-01"},
	}
	for _, c := range cases {
		page := `<html lang="de"><head>` + c.script + `</head><body><main><h1>Eine Überschrift</h1>` + prose + `</main></body></html>`
		a, err := Extract(strings.NewReader(page), nil)
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// FuzzScriptDate checks that reading dates out of arbitrary script text never panics and
// never returns an implausible date.
func FuzzScriptDate(f *testing.F) {
	f.Add(`{"published_at":"2019-03-02T06:22:28+01:00"}`)
	f.Add(`JSON.parse("{\"datePublished\":\"2021-05-06\"}")`)
	f.Add(`{"publishDate`)
	f.Add(`{"pubDate": "`)
	f.Fuzz(func(t *testing.T, src string) {
		now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		if d, ok := scriptDate([]string{src}, "en", now); ok && (d.T.Year() < 1995 || d.T.After(now.Add(48*time.Hour))) {
			t.Fatalf("%q gave %v", src, d.T)
		}
		for _, k := range scriptDateKeys {
			if i := strings.Index(src, k); i >= 0 {
				if v, ok := scriptValue(src[i+len(k):]); ok && len(v) > maxScriptDateValue {
					t.Fatalf("%q gave a value of %d bytes", src, len(v))
				}
			}
		}
	})
}
