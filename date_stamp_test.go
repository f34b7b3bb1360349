package winnow

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEditStamp checks that a page no other source dates is dated by the line that
// stamps its last edit, in the page footer or under the text, and that a cookie notice's
// stamp or a stamp-less footer date does not date it.
func TestEditStamp(t *testing.T) {
	cases := []struct{ name, lang, footer, want string }{
		{"English wiki", "en", `<footer id="footer"><ul><li id="footer-lastmod"> This page was last edited on 7 April 2020, at 05:33.</li></ul></footer>`, "2020-04-07"},
		{"German wiki", "de", `<div id="footer" role="contentinfo"><ul><li> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></div>`, "2020-01-29"},
		{"French wiki", "fr", `<footer><p>Dernière modification de cette page le 12 mars 2019 à 10:04.</p></footer>`, "2019-03-12"},
		{"page info", "en", `<p id="pageinfo" class="info">Guide/Download (last edited 2019-11-10 13:28:18 by <span>Someone</span>)</p>`, "2019-11-10"},
		{"cookie notice", "de", `<div class="cookie-banner"><p>Die Cookie-Erklärung wurde das letzte Mal am 02.12.2022 aktualisiert</p></div>`, "0001-01-01"},
		{"German post footer", "de", `<div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/author/a/">Heiner</a> geschrieben und unter <a href="/tag/x" rel="tag">Arduino</a> eingeordnet.</div>`, "2015-12-14"},
		{"dated copyright", "de", `<footer><p>Copyright © 19.12.2019 - 12:14 h by Beispiel GmbH, D-40764 Langenfeld. Alle Rechte vorbehalten.</p></footer>`, "2019-12-19"},
		{"copyright year", "en", `<footer><p>Copyright © 2019 Example Ltd. All rights reserved.</p></footer>`, "0001-01-01"},
		{"no stamp word", "en", `<footer><p>Our office opens again on 7 April 2020, at 09:00.</p></footer>`, "0001-01-01"},
	}
	prose := strings.Repeat(`<p>`+strings.Repeat("A paragraph of the page, long enough to count as its text. ", 5)+`</p>`, 4)
	for _, c := range cases {
		page := `<html lang="` + c.lang + `"><body><main><h1>A page of the wiki</h1>` + prose + `</main>` +
			c.footer + `</body></html>`
		a, err := Extract(strings.NewReader(page), nil)
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, a.Date.Format(time.DateOnly), c.name)
	}
}

// TestIsEditStamp checks the words that make a line an edit stamp, in several languages.
func TestIsEditStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"This page was last edited on 7 April 2020":             true,
		"Laatst bewerkt op 3 mei 2021 om 12:00":                 true,
		"Ostatnia edycja tej strony: 12:00, 3 maj 2021":         true,
		"Последнее изменение этой страницы: 3 мая 2021":         true,
		"Published 3 May 2021":                                  true,
		"© 3 May 2021 Example Ltd":                              true,
		"© 2021 Example Ltd, 3 offices":                         false,
		"Phone 0123 456 789, open Monday to Friday 9:00–17:00":  false,
		"Opening hours: 3 May 2021 from 10:00 until late night": false,
	} {
		assert.Equal(t, want, isEditStamp(s), s)
	}
}

// TestIsEditStampCopyright: a copyright notice that names a day is a stamp whether it
// is written with the word alone, in any case, or with the sign alone, in an ASCII line
// or not.
func TestIsEditStampCopyright(t *testing.T) {
	for s, want := range map[string]bool{
		"COPYRIGHT 19.12.2019 Example Ltd":  true,
		"© 19.12.2019 Beispiel GmbH":        true,
		"Copyright 19.12.2019 Société Ltd":  true,
		"Copyright 2019 Example Ltd":        false,
		"Contact: 19.12.2019 Example Ltd":   false,
		"Ⓒ 19.12.2019 Beispiel GmbH Berlin": false,
	} {
		if got := isEditStamp(s); got != want {
			t.Errorf("isEditStamp(%q) = %v, want %v", s, got, want)
		}
	}
}
