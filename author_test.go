package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLooksLikeSignature checks which short lines set apart at the end of a body read as
// a name.
func TestLooksLikeSignature(t *testing.T) {
	cases := map[string]bool{
		"Võ Hải":                                 true,
		"Minh Khang":                             true,
		"Marina Mucha":                           true,
		"Anne-Marie O'Neil":                      true,
		"J. R. Smith":                            true,
		"Mohamed El Amrani":                      true,
		"李明":                                     true,
		"Conclusion":                             false, // one word: a heading
		"Gefahrenentwicklung":                    false,
		"Playlist fürs Spinning":                 false, // a word in lower case: a subheading
		"Die Jugendlichen sorgen sich":           false,
		"Trust Your Pipes to Drain Blaster Bill": false,

		"PM DJV/fh": false, // a press code
		"精彩视频推荐":    false, // a long word without capitals: a label
	}
	for s, want := range cases {
		assert.Equal(t, want, looksLikeSignature(s), s)
	}
}

// TestClosingSignature checks the closing byline of a body on whole pages: a name set
// apart is taken, a bold subheading closing the body is not.
func TestClosingSignature(t *testing.T) {
	page := func(last string) string {
		return `<html><body><article><h1>Headline of the story here</h1>` +
			strings.Repeat(`<p>`+strings.Repeat("Body text of the story, long enough to be prose. ", 6)+`</p>`, 4) +
			last + `</article></body></html>`
	}
	cases := []struct{ last, want string }{
		{`<p style="text-align:right"><strong>Võ Hải</strong></p>`, "Võ Hải"},
		{`<p><strong>Marina Mucha</strong></p>`, "Marina Mucha"},
		{`<p><strong>Playlist fürs Spinning</strong></p>`, ""},
		{`<p><b>Conclusion</b></p>`, ""},
		{`<p><strong>Mooer D7 X2</strong></p>`, ""}, // digits: a model, not a name
		{`<p style="text-align:right"><b>Thu Hà - Văn phòng Bộ</b></p>`, "Thu Hà"},
		{`<p>Von Anna Schmidt</p>`, "Anna Schmidt"},
	}
	for _, c := range cases {
		a, err := Extract(strings.NewReader(page(c.last)), nil)
		if err != nil {
			t.Fatal(err)
		}
		assert.Equal(t, c.want, strings.Join(a.Authors, "; "), c.last)
	}
}

// TestNameParticles checks that a capitalised particle inside a name stays with it,
// while the same word in lower case still ends a byline before its date.
func TestNameParticles(t *testing.T) {
	site := newSiteNames("https://www.example-news.com/a", "Example News")
	cases := []struct{ raw, want string }{
		{"Par Loïc Le Clerc", "Loïc Le Clerc"},
		{"Par Loïc Le Clerc le 30 septembre 2018", "Loïc Le Clerc"},
		{"Por Juan Pérez el 3 de mayo", "Juan Pérez"},
		{"Mohamed El Amrani", "Mohamed El Amrani"},
		{"Von Anna Schmidt am 25.03.2025", "Anna Schmidt"},
		{"Von Anna Schmidt Am 3. März", "Anna Schmidt"},
	}
	for _, c := range cases {
		assert.Equal(t, []string{c.want}, authorList([]string{c.raw}, site), c.raw)
	}
}

// TestBylineLabelApart checks a byline whose label and name markup set on lines of their
// own ("By" above "Todd Bates", "Autor:" beside the name), and an agency code glued after
// the name.
func TestBylineLabelApart(t *testing.T) {
	cases := []struct{ meta, want string }{
		{`<p class="label"><strong>By</strong></p><p class="full-name">Todd Bates</p>`, "Todd Bates"},
		{`<h5>Autor:</h5><p>Peter Maahn/SP-X</p>`, "Peter Maahn"},
		{`<div>Par</div><div>Loïc Le Clerc</div>`, "Loïc Le Clerc"},
	}
	for _, c := range cases {
		page := `<html><body><article><h1>Headline words for the page</h1><div class="meta">` + c.meta + `</div>
		<p>` + strings.Repeat("Body text of the article, long enough to be prose. ", 8) + `</p></article></body></html>`
		a, err := Extract(strings.NewReader(page), nil)
		if err != nil {
			t.Fatal(err)
		}
		assert.Equal(t, []string{c.want}, a.Authors, c.meta)
	}
}

// TestNewsroomDeskIsAnAuthor checks that a byline crediting the newsroom's desk is kept,
// while CMS account names are not.
func TestNewsroomDeskIsAnAuthor(t *testing.T) {
	site := newSiteNames("https://www.example-news.com/a", "Example News")
	for _, desk := range []string{"Redaktion", "Staff", "Redacción", "Rédaction", "Redazione"} {
		assert.Equal(t, []string{desk}, authorList([]string{desk}, site), desk)
	}
	assert.Equal(t, []string{"Redaktion"}, authorList([]string{"Von Redaktion"}, site))
	for _, account := range []string{"admin", "wpadmin", "Super User", "anonymous"} {
		assert.Empty(t, authorList([]string{account}, site), account)
	}
}

// TestGermanBylineLabels checks the German labels that open a byline in a body's first or
// last lines, and an illustrator's credit cut from the writer's name.
func TestGermanBylineLabels(t *testing.T) {
	site := newSiteNames("https://www.example-news.com/a", "Example News")
	cases := []struct{ raw, want string }{
		{"Text von Christian Seiler Illustration von Markus Roost", "Christian Seiler"},
		{"Eingestellt von Anna Schmidt", "Anna Schmidt"},
		{"Artikel von: Ben Weber", "Ben Weber"},
		{"Von: Götz Warnke", "Götz Warnke"},
	}
	for _, c := range cases {
		assert.Equal(t, []string{c.want}, authorList([]string{c.raw}, site), c.raw)
	}
}

// TestBylineTails checks what is cut from a byline after the name: a weekday before the
// date's digits, a date's label, a forum's "Beitrag von", in several languages; and the
// "more" links beside a byline that name nobody.
func TestBylineTails(t *testing.T) {
	site := newSiteNames("https://www.example-news.com/a", "Example News")
	cases := []struct{ raw, want string }{
		{"Von Tomas Spahn Fr, 18.10.2019", "Tomas Spahn"},
		{"By Jane Doe Friday 12 May 2023", "Jane Doe"},
		{"Par Marie Dupont mardi 25 mars 2025", "Marie Dupont"},
		{"Por Ana Pérez viernes 3 de mayo", "Ana Pérez"},
		{"Door Jan de Vries maandag 4 maart 2024", "Jan de Vries"},
		{"Mo Farah", "Mo Farah"}, // a weekday's abbreviation not before a date stays
		{"Autor: Gàbor Muniér, Datum: 03.Mär.19", "Gàbor Muniér"},
		{"Ana Pérez, Fecha: 3 de mayo", "Ana Pérez"},
		{"Beitragvon LisaM", "LisaM"},
		{"Beitrag von Lisa Maier", "Lisa Maier"},
	}
	for _, c := range cases {
		assert.Equal(t, []string{c.want}, authorList([]string{c.raw}, site), c.raw)
	}
	for _, label := range []string{"weiter", "Weiterlesen", "Lire", "Leggi", "Rebloggt"} {
		assert.Empty(t, authorList([]string{label}, site), label)
	}
	assert.Equal(t, []string{"Bob Fischer"}, authorList([]string{"Bob Fischer", "weiter"}, site))
}

// TestFullNameShown checks that a declared given name alone gives way to the byline that
// writes the full name, and that a different name in the byline does not replace it.
func TestFullNameShown(t *testing.T) {
	page := func(declared, byline string) string {
		return `<html><head><meta name="author" content="` + declared + `"></head><body><article>` +
			`<h1>Headline of the story here</h1><p>` + byline + `</p>` +
			strings.Repeat(`<p>`+strings.Repeat("Body text of the story, long enough to be prose. ", 6)+`</p>`, 4) +
			`</article></body></html>`
	}
	cases := []struct{ declared, byline, want string }{
		{"Todd", "By Todd Bates", "Todd Bates"},
		{"Nils", "Von Nils Pickert", "Nils Pickert"},
		{"Marie", "Par Marie Dupont", "Marie Dupont"},
		{"Ana", "Por Ana Pérez", "Ana Pérez"},
		{"Todd", "By Jane Doe", "Todd"},               // another person: the declared name stays
		{"Jane Doe", "By Jane Doe-Smith", "Jane Doe"}, // a full name is not widened
	}
	for _, c := range cases {
		a, err := Extract(strings.NewReader(page(c.declared, c.byline)), nil)
		if err != nil {
			t.Fatal(err)
		}
		assert.Equal(t, c.want, strings.Join(a.Authors, "; "), c.byline)
	}
}

// TestSiteCreditCut checks that the site's name after a name and a comma goes, and the
// site's handle in lower case after a given name, while a degree stays.
func TestSiteCreditCut(t *testing.T) {
	cases := []struct{ url, site, raw, want string }{
		{"https://edition.cnn.com/a", "CNN", "Rob Picheta, CNN", "Rob Picheta"},
		{"https://www.lemonde.fr/a", "Le Monde", "Marie Dupont, Le Monde", "Marie Dupont"},
		{"https://elpais.com/a", "EL PAÍS", "Ana Pérez, EL PAÍS", "Ana Pérez"},
		{"https://www.example-news.com/a", "Example News", "Jane Doe, PhD", "Jane Doe, PhD"},
		{"https://www.herrpfleger.de/a", "", "Matthias herrpfleger", "Matthias"},
		{"https://www.cuisinedemarie.fr/a", "", "Marie cuisinedemarie", "Marie"},
	}
	for _, c := range cases {
		got := authorList([]string{c.raw}, newSiteNames(c.url, c.site))
		assert.Equal(t, []string{c.want}, got, c.raw)
	}
}
