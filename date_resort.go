package winnow

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/winnow-go/winnow/internal/dates"
)

// The last resorts of the publication date, read after the article is chosen: stamps,
// short date texts, the page's scripts, the text's opening and closing lines, and the
// modification date.

// lastResortDate dates a page whose head, headline area and URL gave no publication
// date: by a stamp saying when the page was published (see publishedStamp), by a short
// date text standing alone in the page (outside comments, related
// lists and footers; headers count, as an article's header holds its date), a date in
// the page's scripts, a date opening the extracted text, a closing line saying when it
// was published (in the text, or among tailNotes, the closing lines pruning took out),
// or else the modification date, from the head or from an edit stamp (see editStamps). It runs after the page type is chosen, which
// reads a publication date as a sign of an article.
func lastResortDate(a *Article, m *pageMeta, tailNotes []string, now time.Time) {
	if !a.Date.IsZero() {
		return
	}
	lang := primaryLang(a.Language)
	d, ok := publishedStamp(&m.editStamps, lang, now)
	if !ok {
		d, ok = dateFromShort(&m.shortDates, lang, now)
	}
	if !ok {
		d, ok = scriptDate(m.scripts, lang, now)
	}
	if !ok {
		d, ok = dateFromText(a.Text, lang, now)
	}
	if !ok {
		d, ok = closingDate(a.Text, lang, now)
	}
	for i := 0; !ok && i < len(tailNotes); i++ {
		d, ok = closingDate(tailNotes[i], lang, now)
	}
	if !ok && a.Modified.IsZero() {
		d, ok = stampDate(&m.editStamps, lang, now)
	}
	if ok {
		d = inLocalZone(d, lang)
		a.Date, a.DateHasTime = d.T, d.HasTime
		return
	}
	a.Date, a.DateHasTime = a.Modified, a.ModifiedHasTime
}

// dateFromText finds a date line or a dateline among the first lines of the text.
func dateFromText(text, lang string, now time.Time) (dates.Date, bool) {
	for i := 0; i < maxTextDateLines && text != ""; {
		var l string
		l, text, _ = strings.Cut(text, "\n")
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		i++
		if len(l) > maxBareDateBytes {
			l = lead(l, maxDatelineLead)
		}
		if d, ok := findDate(l, lang, now); ok && !isUpdateLine(l) && !isEventLine(l) {
			return d, true
		}
	}
	return dates.Date{}, false
}

// maxTextDateLines is how many lines of the extracted text dateFromText reads: a date
// line or a dateline opens the article.
const maxTextDateLines = 6

// Bounds of closingDate: how many of the text's last lines it reads, and how long a line
// that states the publication may be.
const (
	maxClosingLines     = 3
	maxClosingLineBytes = 400
)

// closingDate finds the date in a line closing the text that says the article was
// published: blog themes end a post with "This entry was posted on Saturday, December
// 3rd, 2011 at 10:05 and is filed under …" ("Dieser Beitrag wurde am … veröffentlicht").
func closingDate(text, lang string, now time.Time) (dates.Date, bool) {
	text = strings.TrimSpace(text)
	for i := 0; i < maxClosingLines && text != ""; i++ {
		var l string
		if j := strings.LastIndexByte(text, '\n'); j >= 0 {
			text, l = strings.TrimSpace(text[:j]), text[j+1:]
		} else {
			text, l = "", text
		}
		if len(l) > maxClosingLineBytes || !hasPublishedWord(l) {
			continue
		}
		if d, ok := findDate(l, lang, now); ok && !isUpdateLine(l) {
			return d, true
		}
	}
	return dates.Date{}, false
}

// shortDates gathers, during the metadata walk, the first short texts of a page that
// read as a date: "01.02.2022", "am 29.12.2010, 13:36 Uhr", "January 22, 2014". They
// are the last resort for pages whose templates mark nothing: a date standing alone in
// the article's header or under its body.
type shortDates struct {
	texts []string
	tries int
}

// Bounds of the short-date search.
const (
	// minShortDateBytes and maxShortDateBytes bound a text that is a date and little
	// else: "1.2.22" up to a date with a weekday, a clock and a label.
	minShortDateBytes = 6
	maxShortDateBytes = 40
	// maxShortDates is how many such texts are kept, maxShortDateTries how many texts
	// with a digit are tried: the search stops early on pages full of numbers.
	maxShortDates     = 4
	maxShortDateTries = 256
)

// noteShortDate keeps s when it is a short text holding a single date.
func (sd *shortDates) noteShortDate(s, lang string) {
	if len(sd.texts) >= maxShortDates || sd.tries >= maxShortDateTries || len(s) < minShortDateBytes {
		return
	}
	// White space holds no digit: a short text without one is turned away before it is
	// trimmed (most text nodes of a page).
	if len(s) <= 2*maxShortDateBytes && !containsDigit(s) {
		return
	}
	s = strings.TrimSpace(s)
	if len(s) < minShortDateBytes || len(s) > maxShortDateBytes || !containsDigit(s) {
		return
	}
	sd.tries++
	if _, ok := dates.Find(s, primaryLang(lang)); ok && !isDateRange(s) {
		sd.texts = append(sd.texts, s)
	}
}

// isDateRange reports whether s names two years, as a range or a pair of dates does
// ("23.10.2015 - 25.10.2015", "14 Oct 2014 - 10 Aug 2017").
func isDateRange(s string) bool {
	years := 0
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || !isASCIIDigit(s[i-1])) && isYear(s[i:i+4]) && (i+4 == len(s) || !isASCIIDigit(s[i+4])) {
			years++
		}
	}
	return years > 1
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// hasDigitRune reports whether s holds a decimal digit of any script ("2019", "٢٠١٩").
func hasDigitRune(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isYear reports whether s is four digits from 1995 to 2099.
func isYear(s string) bool {
	for i := 0; i < 4; i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return s >= "1995" && s <= "2099"
}

// dateFromShort returns the first short date text that is a plausible publication date.
// An "updated" text comes last: it still names a day the publisher stood by the page.
func dateFromShort(sd *shortDates, lang string, now time.Time) (dates.Date, bool) {
	for _, updates := range []bool{false, true} {
		for _, s := range sd.texts {
			if isUpdateLine(s) != updates || isEventLine(s) || hasCiteWord(s) {
				continue
			}
			if d, ok := findDate(s, lang, now); ok {
				return d, true
			}
		}
	}
	return dates.Date{}, false
}
