package winnow

import (
	"strings"
	"time"

	"github.com/winnow-go/winnow/internal/dates"
)

// parseDate reads one date value from a metadata source. It returns the instant, whether
// a time of day was given, and whether the value is a plausible publication date: dates
// before 1995 or more than two days ahead of now are rejected (copyright years, event
// dates, typos).
func parseDate(s, lang string, now time.Time) (dates.Date, bool) {
	d, ok := dates.Parse(s, lang)
	if !ok || !dates.Plausible(d.T, now) {
		return dates.Date{}, false
	}
	return d, true
}

// findDate looks for a plausible date inside a visible line of text.
func findDate(s, lang string, now time.Time) (dates.Date, bool) {
	d, ok := dates.Find(s, lang)
	if !ok || !dates.Plausible(d.T, now) {
		return dates.Date{}, false
	}
	return d, true
}

// dateFromURL finds a publication day in a URL path such as /2025/03/25/.
func dateFromURL(u string, now time.Time) (dates.Date, bool) {
	d, ok := dates.FromURL(u)
	if !ok || !dates.Plausible(d.T, now) {
		return dates.Date{}, false
	}
	return d, true
}

// publishedSources lists the machine-readable publication date's sources, best first.
func publishedSources(m *pageMeta) []string {
	src := []string{m.ld.published, m.meta["article:published_time"], m.meta["og:article:published_time"],
		m.meta["datepublished"], m.meta["pubdate"], m.meta["publishdate"], m.meta["publish-date"],
		m.meta["article.published"], m.meta["parsely-pub-date"], m.meta["sailthru.date"],
		m.meta["dc.date.issued"], m.meta["dcterms.created"], m.meta["dc.date"], m.meta["dcterms.date"],
		m.meta["citation_publication_date"], m.meta["date"], m.meta["article:published"],
		m.meta["published_at"], m.meta["og:published_time"], m.meta["release_date"], m.anyPublished}
	for _, aside := range []bool{false, true} {
		for _, t := range m.times {
			if t.published && !t.visible && t.aside == aside {
				src = append(src, t.value)
			}
		}
	}
	return src
}

func modifiedSources(m *pageMeta) []string {
	src := []string{m.ld.modified, m.meta["article:modified_time"], m.meta["og:updated_time"],
		m.meta["datemodified"], m.meta["dc.date.modified"], m.meta["dcterms.modified"],
		m.meta["last-modified"], m.meta["lastmod"], m.ld.pageModified}
	for _, t := range m.times {
		if t.modified && !t.aside {
			src = append(src, t.value)
		}
	}
	return src
}

// firstDate returns the first source that parses to a plausible date.
func firstDate(lang string, now time.Time, sources ...string) (dates.Date, bool) {
	for _, s := range sources {
		if s == "" {
			continue
		}
		if d, ok := parseDate(s, lang, now); ok {
			return d, true
		}
	}
	return dates.Date{}, false
}

// updateWords open a visible date line that gives the last modification, not the
// publication ("Updated", "Aktualisiert", "Cập nhật"). Lower case, matched at the start
// of the line or of a word inside it.
var updateWords = []string{"updated", "last updated", "modified", "last modified", "aktualisiert",
	"geändert", "mis à jour", "modifié", "actualizado", "atualizado", "aggiornato", "bijgewerkt",
	"zaktualizowano", "обновлено", "güncellendi", "diperbarui", "cập nhật", "更新", "最終更新",
	"수정", "업데이트", "تحديث", "अपडेट", "แก้ไข", "stand:"}

// isUpdateLine reports whether a date line gives a modification date.
func isUpdateLine(s string) bool {
	low := strings.ToLower(s)
	for _, w := range updateWords {
		if i := strings.Index(low, w); i >= 0 && i < 24 {
			return true
		}
	}
	return false
}

// visibleDate returns the publication date shown near the headline: a <time datetime>
// or a date line, marked ones first, skipping lines that give the modification date.
func visibleDate(lines []line, lang string, now time.Time) (dates.Date, bool) {
	var fallback dates.Date
	haveFallback := false
	for pass := 0; pass < 2; pass++ {
		for _, l := range lines {
			if !l.before && l.pos >= maxDateLinePos {
				break
			}
			marked := l.dateCue || l.datetime != ""
			if pass == 0 && !marked || pass == 1 && marked {
				continue
			}
			d, ok := dates.Date{}, false
			if l.datetime != "" {
				d, ok = parseDate(l.datetime, lang, now)
			}
			if !ok && (marked || len(l.text) < maxDateLineBytes) {
				d, ok = findDate(l.text, lang, now)
			}
			if !ok {
				continue
			}
			if isUpdateLine(l.text) {
				if !haveFallback {
					fallback, haveFallback = d, true
				}
				continue
			}
			return d, true
		}
	}
	return fallback, haveFallback
}

// Bounds for visible date lines.
const (
	// maxDateLinePos is how many lines after the headline a date line may come.
	maxDateLinePos = 16
	// maxDateLineBytes: an unmarked line longer than this is prose, and a date in it is
	// an event's, not the page's.
	maxDateLineBytes = 160
)

// chooseDate picks the publication date: the machine-readable sources first, then the
// visible date line near the headline, then a WebPage's date, other <time> elements, and
// the URL. When
// the machine-readable date is given in UTC and the page shows a day one off from it, the
// instant is kept and expressed in the page's own zone (see alignZone).
func chooseDate(m *pageMeta, lines []line, lang, pageURL string, now time.Time) (dates.Date, bool) {
	vis, visOK := visibleDate(lines, lang, now)
	if d, ok := firstDate(lang, now, publishedSources(m)...); ok {
		if visOK {
			d = alignZone(d, vis)
		}
		return d, true
	}
	if visOK {
		return vis, true
	}
	for _, s := range m.pubLines {
		if d, ok := findDate(s, lang, now); ok {
			return d, true
		}
	}
	// A WebPage's datePublished is often the date the page was first made, not the
	// article's: it comes after the visible date.
	if d, ok := parseDate(m.ld.pagePublished, lang, now); ok {
		return d, true
	}
	for _, t := range m.times {
		if !t.aside && !t.modified {
			if d, ok := parseDate(t.value, lang, now); ok {
				return d, true
			}
			if d, ok := findDate(t.value, lang, now); ok && t.visible {
				return d, true
			}
		}
	}
	for _, updates := range []bool{false, true} {
		for _, s := range m.dateTexts {
			if d, ok := findDate(s, lang, now); ok && isUpdateLine(s) == updates {
				return d, true
			}
		}
	}
	return dateFromURL(pageURL, now)
}

// maxZoneShift bounds the offsets alignZone considers, in hours: the widest real offsets
// are -12 and +14.
const maxZoneShift = 14

// alignZone expresses a UTC instant in the zone the page's visible date implies. Sites
// often give the machine-readable date in UTC while readers see the local day: "2020-02-
// 18T02:18Z" for an article dated "17 de febrero de 2020" in Mexico. When the visible date
// has a clock time the offset is the difference of the two clocks; when it has only a
// day, the smallest whole-hour offset that puts the instant on that day. The instant is
// never changed.
func alignZone(d, vis dates.Date) dates.Date {
	if !d.HasTime || !d.HasZone {
		return d
	}
	if _, off := d.T.Zone(); off != 0 {
		return d
	}
	vy, vm, vd := vis.T.Date()
	y, mo, dd := d.T.Date()
	dayGap := time.Date(vy, vm, vd, 0, 0, 0, 0, time.UTC).Sub(time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC))
	if dayGap.Abs() != 24*time.Hour {
		return d
	}
	if vis.HasTime && !vis.HasZone {
		// The visible clock read as UTC, minus the instant, is the offset; visible clocks
		// show minutes, so the instant's seconds are left out.
		off := vis.T.Truncate(time.Minute).Sub(d.T.Truncate(time.Minute))
		if off%(15*time.Minute) == 0 && off.Abs() <= maxZoneShift*time.Hour {
			d.T = d.T.In(time.FixedZone("", int(off/time.Second)))
			return d
		}
	}
	sign := 1
	if dayGap < 0 {
		sign = -1
	}
	for h := 1; h <= maxZoneShift; h++ {
		t := d.T.In(time.FixedZone("", sign*h*3600))
		if y, mo, dd := t.Date(); y == vy && mo == vm && dd == vd {
			d.T = t
			return d
		}
	}
	return d
}
