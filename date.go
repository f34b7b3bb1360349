package winnow

import (
	"strconv"
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

// visDate is a date read from the lines near the headline, with what marked it.
type visDate struct {
	dates.Date
	update bool // the line gives the last modification ("Updated …")
	marked bool // a <time datetime> or an element marked as a date, or a line that is only a date or opens with it
	timed  bool // the date is a <time> element's datetime
}

// visibleDate returns the publication date shown near the headline: a <time datetime>
// or a date line, marked ones first. A date that reads as the page's own (v.marked: a
// short or marked line close to the headline) wins over one that does not (a long
// caption that mentions a date, a line far down), which is kept in reserve; lines that
// give the modification date come last, when no other line gives a date.
func visibleDate(lines []line, lang string, now time.Time) (visDate, bool) {
	var weak, update visDate
	haveWeak, haveUpdate := false, false
	for pass := 0; pass < 2; pass++ {
		for i, l := range lines {
			if !l.before && l.pos >= maxDateLinePos {
				break
			}
			marked := l.dateCue || l.datetime != ""
			if pass == 0 && !marked || pass == 1 && marked {
				continue
			}
			d, ok, timed := dates.Date{}, false, false
			if l.datetime != "" {
				d, ok = parseDate(l.datetime, lang, now)
				timed = ok
				if e, shown := findDate(l.text, lang, now); ok && shown && dayGap(d.T, e.T).Abs() > 24*time.Hour &&
					hasPublishedWord(l.text) && !dates.Mentions(l.text, lang, d.T) {
					// The <time> says one day and its line says the page was published
					// on another, days apart ("Publié le 29 juin 2019" over the last
					// save's instant): the page's own statement wins. A bare date shown
					// over another datetime may be the day of what the page tells of.
					d, timed = e, false
				}
			}
			searched := false // the whole line was searched for a date
			if !ok && (marked || len(l.text) < maxDateLineBytes) {
				d, ok = findDate(l.text, lang, now)
				searched = true
			}
			if !ok && !marked {
				// A paragraph that opens with a date is a dateline: "01.02.2022 – Die
				// Zahl …", "(18.01.2018) Deutschlands …". A line no longer than the
				// lead was searched whole above.
				if s := lead(l.text, maxDatelineLead); !searched || len(s) < len(l.text) {
					d, ok = findDate(s, lang, now)
				}
			}
			if !ok || isProfileLine(l.text) || isQuoteLine(l.text) {
				continue
			}
			v := visDate{Date: d, timed: timed, marked: (l.before || l.pos < maxShownPos) && !isEventLine(l.text) &&
				(l.datetime != "" || len(l.text) <= maxBareDateBytes || len(l.text) < maxDateLineBytes &&
					(marked || opensWithDate(l.text, lang, d)) || marked && (opensWithDate(l.text, lang, d) || closesWithDate(l.text, lang, d)))}
			switch {
			case isUpdateLine(l.text) || i > 0 && isUpdateLabel(lines[i-1].text):
				if !haveUpdate {
					update, haveUpdate = v, true
					update.update = true
				}
			case v.marked:
				return v, true
			case !haveWeak:
				weak, haveWeak = v, true
			}
		}
	}
	if haveWeak {
		return weak, true
	}
	return update, haveUpdate
}

// opensWithDate reports whether the line s opens with the date d, as a dateline does
// ("05.02.2020 - Redaktion: Anna Schmidt"): the date is the line's own, not one its
// prose mentions.
func opensWithDate(s, lang string, d dates.Date) bool {
	return dates.Mentions(lead(s, maxDatelineLead), lang, d.T)
}

// closesWithDate reports whether the line s ends with the date d in a part of its own
// that follows the last sentence without a space, as when a block's date element
// comes right after its standfirst ("… its recovery?Monday, 6 January 2020"): the date
// is the block's own, not one its prose mentions ("… am 12.01.2022").
func closesWithDate(s, lang string, d dates.Date) bool {
	s = strings.TrimSpace(s)
	i := strings.LastIndexAny(s, ".?!")
	for i >= 0 && (i+1 >= len(s) || s[i+1] < 'A' || s[i+1] > 'Z') {
		i = strings.LastIndexAny(s[:i], ".?!")
	}
	if i < 0 || len(s)-i-1 > maxBareDateBytes {
		return false
	}
	return strings.HasSuffix(s, strconv.Itoa(d.T.Year())) && dates.Mentions(s[i+1:], lang, d.T)
}

// Bounds for visible date lines.
const (
	// maxDateLinePos is how many lines after the headline a date line may come.
	maxDateLinePos = 16
	// maxDateLineBytes: an unmarked line longer than this is prose, and a date in it is
	// an event's, not the page's.
	maxDateLineBytes = 160
	// maxBareDateBytes: a line this short that holds a date is a date line even
	// unmarked ("12.01.2022", "Mittwoch, 26. Januar 2022 - 14:30").
	maxBareDateBytes = 48
	// maxShownPos: a date line further down than this may be a quote's or an embed's,
	// and does not overrule the metadata.
	maxShownPos = 6
	// maxDatelineLead is how far into a paragraph a dateline's date may reach: the
	// longest numeric or named date with a weekday and its brackets.
	maxDatelineLead = 36
)

// lead returns the start of s, at most n bytes, cut after a whole word.
func lead(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n+1], ' '); i > 0 {
		return s[:i]
	}
	return ""
}

// chooseDate picks the publication date: the machine-readable sources first, then the
// visible date line near the headline, then a WebPage's date, other <time> elements, and
// the URL. When
// the machine-readable date is given in UTC and the page shows a day one off from it, the
// instant is kept and expressed in the page's own zone (see alignZone).
func chooseDate(m *pageMeta, lines []line, lang, pageURL string, now time.Time) (dates.Date, bool) {
	d, ok := pickDate(m, lines, lang, now)
	if !ok {
		d, ok = dateFromURL(pageURL, now)
		return inLocalZone(d, lang), ok
	}
	if u, ok := dateFromURL(pageURL, now); ok {
		if swapped(d.T, u.T) || dayGap(u.T, d.T) >= minRepublishGap {
			// A numeric date read in the other order than the page meant, or a page
			// saved anew long after the day its address was made: the URL settles it.
			d = u
		}
		d = shiftToDay(d, u.T, maxURLZoneShift)
	}
	return inLocalZone(d, lang), true
}

// minRepublishGap is how much later than the day in its URL a page's date may be before
// the URL's day is taken as the original publication: the address is made once, when
// the page first appears, while templates restamp a page a CMS moves or saves anew
// (a year is far more than a zone's shift or a draft's wait).
const minRepublishGap = 365 * 24 * time.Hour

// pickDate picks the publication date from the page's own sources, without the URL.
func pickDate(m *pageMeta, lines []line, lang string, now time.Time) (dates.Date, bool) {
	vis, visOK := visibleDate(lines, lang, now)
	if visOK && !vis.marked && afterLastEdit(m, vis.T, lang, now) {
		// A sentence that names a day after the page's last edit announces
		// something to come ("Der nächste Stammtisch findet am 5. Februar statt"):
		// no page is published after it was last changed.
		visOK = false
	}
	if d, ok := firstDate(lang, now, publishedSources(m)...); ok {
		if p, ok := publishedLine(m, lang, now); ok && !visOK && p.T.Before(d.T) && dayGap(p.T, d.T) != 0 &&
			savedAt(m, d, lang, now) {
			// The metadata's publication date is the last save, and no line near
			// the headline gives a date: the page's own "Published …" line gives
			// the first.
			return p, true
		}
		if !visOK {
			if st, ok := shownTime(m, lang, now); ok && dayGap(st.T, d.T).Abs() > 24*time.Hour && !timedDay(m, lang, now, d.T) {
				// No date line was found near the headline (the headline may not
				// have been found), but a <time> shows readers a date days from
				// the metadata's, which no <time> of the page gives: the page's own
				// date wins, as a date line would.
				return preferShown(d, visDate{Date: st, marked: true, timed: true}), true
			}
		}
		if visOK && !shownNearHead(lines, lang, d.T) {
			if vis.update && dayGap(d.T, vis.T).Abs() == 24*time.Hour && savedAt(m, d, lang, now) {
				// The metadata stamps both dates with the last save, which the page
				// shows as its update a day off: readers see the page's day.
				return vis.Date, true
			}
			return preferShown(d, vis), true
		}
		return d, true
	}
	if visOK && vis.timed {
		// The line's <time> comes after the thread's first post in the page (the
		// scan skips the replies, and reaches a sidebar's latest topics): the opening
		// post dates the page.
		if d, ok := threadDate(m, lang, now); ok {
			return d, true
		}
	}
	if visOK {
		if !vis.marked {
			// An unmarked line (a long one, or one far from the headline) may give
			// another thing's date ("Erscheinungsdatum: 14.08.2017" in a book
			// review): an element the page marks as a date gives the page's.
			if d, ok := markedDateText(m, lang, now); ok {
				return d, true
			}
		}
		return settleOrder(vis.Date, m, lang, now), true
	}
	if d, ok := publishedLine(m, lang, now); ok {
		return d, true
	}
	// A WebPage's datePublished is often the date the page was first made, not the
	// article's: it comes after the visible date.
	if d, ok := parseDate(m.ld.pagePublished, lang, now); ok {
		return d, true
	}
	if d, ok := threadDate(m, lang, now); ok {
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
	return dates.Date{}, false
}

// shownTime returns the date of the page's first <time> outside comments, related lists
// and quotes whose datetime the element's text shows too ("25.01.2022" for
// 2022-01-25T08:00:00+01:00): a date readers see, marked as the page's.
func shownTime(m *pageMeta, lang string, now time.Time) (dates.Date, bool) {
	for _, t := range m.times {
		if t.aside || t.modified || t.text == "" || isUpdateLine(t.text) {
			continue
		}
		if d, ok := parseDate(t.value, lang, now); ok && dates.Mentions(t.text, lang, d.T) {
			return d, true
		}
	}
	return dates.Date{}, false
}

// timedDay reports whether any <time> of the page, in comments and lists too, names the
// calendar day of t: the article's own <time> may sit in a block whose class names
// comments ("comments-open"), and then the later ones are teasers'.
func timedDay(m *pageMeta, lang string, now time.Time, t time.Time) bool {
	for _, te := range m.times {
		if d, ok := parseDate(te.value, lang, now); ok && dayGap(d.T, t) == 0 {
			return true
		}
	}
	return false
}

// markedDateText returns the date of the first element marked as a date whose text
// gives a publication date (not an update, an event or a citation's access).
func markedDateText(m *pageMeta, lang string, now time.Time) (dates.Date, bool) {
	for _, s := range m.dateTexts {
		if isUpdateLine(s) || isEventLine(s) || hasCiteWord(s) || isProfileLine(s) || isNowLine(s) {
			continue
		}
		if d, ok := findDate(s, lang, now); ok {
			return d, true
		}
	}
	return dates.Date{}, false
}

// threadDate dates a discussion thread by its opening post: when the page's first
// <time> sits in a block of replies, and the page has the dated replies of a thread
// (see minThreadTimes), its posts all carry their times, and the first is the
// question's or the opening post's. Later <time> elements
// outside the replies are another page's (a sidebar's latest topics), so this comes
// before them.
func threadDate(m *pageMeta, lang string, now time.Time) (dates.Date, bool) {
	if len(m.times) == 0 || !m.times[0].thread || m.times[0].modified {
		return dates.Date{}, false
	}
	posts := 0
	for _, t := range m.times {
		if t.thread {
			posts++
		}
	}
	if posts < minThreadTimes {
		return dates.Date{}, false
	}
	return parseDate(m.times[0].value, lang, now)
}

// minThreadTimes is how many dated replies make a thread: an article with a comment
// or two under it is no discussion, and its first comment does not date it.
const minThreadTimes = 3

// shownNearHead reports whether a line near the headline names the calendar day of t,
// the machine-readable publication date: readers see that date, and it stands whatever
// other date a line shows first (a header's date of today, a hidden rich-snippet date
// glued to the byline, an empty <time> whose marks pass on to the next line). A line
// that gives the last update confirms nothing.
func shownNearHead(lines []line, lang string, t time.Time) bool {
	for i, l := range lines {
		if !l.before && l.pos >= maxDateLinePos {
			break
		}
		// The update test, dearer than the date search, is made only for a line that
		// mentions the day.
		if dates.Mentions(l.text, lang, t) && !isUpdateLine(l.text) && !(i > 0 && isUpdateLabel(lines[i-1].text)) {
			return true // not an update: the metadata may give the last update as the publication
		}
	}
	return false
}

// preferShown reconciles the machine-readable date d with the date the page shows
// near its headline. A day apart, the two are usually one instant seen in two zones
// (see alignZone). Further apart, the page's own date line wins when it is marked as a
// date and is not an "updated" line: templates fill the metadata with the date the CMS
// entry was made or last saved, while the line readers see is the article's.
func preferShown(d dates.Date, vis visDate) dates.Date {
	gap := dayGap(d.T, vis.T)
	switch {
	case gap == 0:
		return d
	case vis.HasZone && d.HasZone && d.T.Sub(vis.T).Abs() < 24*time.Hour:
		// Two instants less than a day apart that only their zones put on different
		// days: the instant is the metadata's, the zone the local one of the two.
		if _, off := vis.T.Zone(); off != 0 {
			d.T = d.T.In(vis.T.Location())
		}
		return d
	case gap.Abs() == 24*time.Hour:
		if a := alignZone(d, vis.Date); dayGap(a.T, vis.T) == 0 || !vis.marked || vis.update {
			return a
		}
		return vis.Date
	case vis.marked && !vis.update && !(swapped(vis.T, d.T) && (vis.Ambiguous || !d.Ambiguous)):
		// Day and month swapped: the date that could be read either way is the one
		// misread ("11/01/2023 12:43:42" in the head of a page that shows
		// "01.11.2023"); when both or neither could, the metadata stands.
		return vis.Date
	}
	return d
}

// swapped reports whether a and b are the same date with day and month swapped: a
// numeric date such as 12/04/2020 read in the other order than the page meant.
func swapped(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && int(am) == bd && ad == int(bm)
}

// dayGap is the time between the calendar days of a and b, each in its own zone.
func dayGap(a, b time.Time) time.Duration {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC).Sub(time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC))
}

// publishedLine returns the date of the first short block that says when the page
// was published ("Veröffentlicht am 16.08.2019", "Published August 13, 2025").
func publishedLine(m *pageMeta, lang string, now time.Time) (dates.Date, bool) {
	for _, s := range m.pubLines {
		if d, ok := findDate(s, lang, now); ok {
			return d, true
		}
	}
	return dates.Date{}, false
}

// savedAt reports whether the publication date d is the page's modification date
// too, to the second: a template that fills both with the time the entry was last
// saved.
func savedAt(m *pageMeta, d dates.Date, lang string, now time.Time) bool {
	mod, ok := firstDate(lang, now, modifiedSources(m)...)
	return ok && d.HasTime && mod.HasTime && mod.T.Equal(d.T)
}

// settleOrder reads a numeric date that could be read either way ("02-12-2025") in
// the order another of the page's dates confirms: a <time> whose value reads only one
// way and names the same day with day and month swapped.
func settleOrder(d dates.Date, m *pageMeta, lang string, now time.Time) dates.Date {
	if !d.Ambiguous {
		return d
	}
	for _, t := range m.times {
		if t.aside {
			continue
		}
		if o, ok := parseDate(t.value, lang, now); ok && !o.Ambiguous && swapped(o.T, d.T) {
			return o
		}
	}
	return d
}

// isPublishedKey reports whether a <meta> name that no table lists names the page's
// publication: it mentions publishing ("w-published-date", "publish_date") but not the
// publisher, or uploading, the word photo and video sites use for a post's publication
// ("site:uploaded", "upload_date"), but not the uploader. Schema.org's "uploadDate" is
// left out: it describes a VideoObject, which may be a clip embedded in a recipe or a
// story and dated apart from it.
func isPublishedKey(key string) bool {
	return strings.Contains(key, "publish") && !strings.Contains(key, "publisher") ||
		strings.Contains(key, "upload") && !strings.Contains(key, "uploader") && key != "uploaddate"
}

// afterLastEdit reports whether t falls on a later day than the page's last edit, as
// its metadata or an edit stamp gives it ("Diese Seite wurde zuletzt am 29. Januar
// 2020 geändert").
func afterLastEdit(m *pageMeta, t time.Time, lang string, now time.Time) bool {
	if mod, ok := firstDate(lang, now, modifiedSources(m)...); ok {
		return dayGap(mod.T, t) > 0
	}
	for _, s := range m.editStamps.stamps {
		if !editPhrases.in(s) && !isUpdateLine(s) {
			continue
		}
		if d, ok := findDate(s, lang, now); ok {
			return dayGap(d.T, t) > 0
		}
	}
	return false
}

// editPhrases are editWords, read in one pass over a text.
var editPhrases = newPhraseSet(editWords)
