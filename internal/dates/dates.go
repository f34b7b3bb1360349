// Package dates parses publication dates as they are written on web pages:
// machine formats found in metadata (ISO 8601, RFC 1123, Unix time) and the
// human formats of visible date lines in many languages (numeric dates with
// either day or month first, month names, CJK dates, clock times with
// am/pm markers and zone names).
//
// The parser is a small hand-written scanner. The input is split into
// numbers, words, CJK date markers and separator characters, and a few
// patterns are matched against that token stream. No regular expression is
// compiled and the tables are package-level maps built once.
package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Date is a parsed date. HasTime reports whether a clock time was given; when
// false, T is midnight UTC of that day. HasZone reports whether an offset was
// given (else T is in UTC but was written in an unknown local zone).
type Date struct {
	T       time.Time
	HasTime bool
	HasZone bool
	// Ambiguous reports a numeric date whose day and month could be swapped
	// (03/04/2025, 03-04-2025), read in the order the language hint chose.
	Ambiguous bool
}

// minYear and maxYear bound the years Parse and Find accept; the web did not
// publish dated pages before 1995.
const (
	minYear = 1995
	maxYear = 2100
)

// minPlausible is the earliest instant Plausible accepts.
var minPlausible = time.Date(minYear, 1, 1, 0, 0, 0, 0, time.UTC)

// Plausible reports whether t is between 1995-01-01 and now+48h (the now is
// passed, for tests). The 48 hours allow for zone errors and for pages dated
// the next day in a zone ahead of the server.
func Plausible(t, now time.Time) bool {
	return !t.Before(minPlausible) && !t.After(now.Add(48*time.Hour))
}

// Parse reads one date string such as a <meta> content, a JSON-LD value, a
// <time datetime> or a short visible date line. lang is an ISO 639-1 hint (""
// when unknown) that decides the numeric order (day-first vs month-first)
// when ambiguous. It returns ok=false when no plausible date is found.
//
// Besides everything Find accepts, Parse reads strings made only of digits:
// 10 digits are Unix seconds, 13 digits Unix milliseconds, 8 digits a compact
// date (20250325) and 14 digits a compact date and time (20250325175344). It
// also reads the ISO 8601 basic format (20250325T175344Z).
func Parse(s, lang string) (d Date, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, false
	}
	if allDigits(s) {
		return parseDigits(s)
	}
	if !hasDigit(s) {
		return Date{}, false
	}
	var buf [32]token
	p := newParser(s, lang, buf[:0])
	p.compact = true
	return p.find()
}

// Find looks for a date inside a longer visible line of text (a byline or a
// date line such as "Thứ ba, 25/3/2025, 17:53 (GMT+7)", "Published March 25,
// 2025 5:53 p.m. ET" or "2021年03月23日 17時53分") and returns the first
// plausible one. A clock time written just after the date, or just before it
// with only connecting words in between, is attached to it.
func Find(s, lang string) (d Date, ok bool) {
	if !hasDigit(s) {
		return Date{}, false
	}
	var buf [32]token
	p := newParser(s, lang, buf[:0])
	return p.find()
}

// FromURL finds a date in a URL path: /2025/03/25/, /2025-03-25-,
// /20250325/, the Chinese news layouts /2025/0325/ and /202503/25/, and
// /29-10-2021/ when day and month can be told apart. A path
// that gives no day (/2025/03/) is not ok. The host, query and fragment are
// ignored.
func FromURL(u string) (d Date, ok bool) {
	s := u
	if i := strings.Index(s, "//"); i >= 0 && !strings.Contains(s[:i], "/") {
		s = s[i+2:]
		j := strings.IndexByte(s, '/')
		if j < 0 {
			return Date{}, false
		}
		s = s[j:]
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := digitsEnd(s, i)
		if y, m, dd, ok := urlDate(s, i, j); ok {
			return Date{T: time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)}, true
		}
		i = j
	}
	return Date{}, false
}

// urlDate tries to read a date whose first digit run is s[i:j].
func urlDate(s string, i, j int) (y, m, d int, ok bool) {
	run := s[i:j]
	if len(run) == 4 {
		if y, m, d, ok := urlNamedMonth(s, j); ok {
			return y, m, d, ok
		}
	}
	if len(run) <= 2 {
		return urlDayFirst(s, i, j)
	}
	switch len(run) {
	case 8: // 20250325
		y, m, d = atoi(run[:4]), atoi(run[4:6]), atoi(run[6:])
		return y, m, d, validDate(y, m, d)
	case 6: // 202503/25
		if j+3 > len(s) || s[j] != '/' {
			return 0, 0, 0, false
		}
		k := digitsEnd(s, j+1)
		if k-j-1 != 2 {
			return 0, 0, 0, false
		}
		y, m, d = atoi(run[:4]), atoi(run[4:]), atoi(s[j+1:k])
		return y, m, d, validDate(y, m, d)
	case 4: // 2025/03/25, 2025-03-25, 2025/0325, 2025-03/25
		if j+2 > len(s) || !isURLSep(s[j]) {
			return 0, 0, 0, false
		}
		k := digitsEnd(s, j+1)
		switch k - j - 1 {
		case 4:
			if s[j] != '/' {
				return 0, 0, 0, false
			}
			y, m, d = atoi(run), atoi(s[j+1:j+3]), atoi(s[j+3:k])
			return y, m, d, validDate(y, m, d)
		case 1, 2:
			if k+2 > len(s) || !isURLSep(s[k]) {
				return 0, 0, 0, false
			}
			l := digitsEnd(s, k+1)
			if n := l - k - 1; n < 1 || n > 2 {
				return 0, 0, 0, false
			}
			y, m, d = atoi(run), atoi(s[j+1:k]), atoi(s[k+1:l])
			return y, m, d, validDate(y, m, d)
		}
	}
	return 0, 0, 0, false
}

// urlDayFirst reads a day, a month and a year whose first run of digits is s[i:j], as
// a segment of its own or opening one: /meldungen/29-10-2021, /25.03.2025-story. Day and
// month are taken only when their order is plain (one of them is above 12, or the two
// are equal): a URL gives no language to settle 03-04-2025.
func urlDayFirst(s string, i, j int) (y, m, d int, ok bool) {
	if i > 0 && s[i-1] != '/' || j+1 >= len(s) || s[j] != '-' && s[j] != '.' && s[j] != '_' {
		return 0, 0, 0, false
	}
	sep := s[j]
	k := digitsEnd(s, j+1)
	if n := k - j - 1; n < 1 || n > 2 || k+1 >= len(s) || s[k] != sep {
		return 0, 0, 0, false
	}
	l := digitsEnd(s, k+1)
	if l-k-1 != 4 || l < len(s) && s[l] != '/' && s[l] != '-' && s[l] != '.' && s[l] != '_' {
		return 0, 0, 0, false
	}
	a, b := atoi(s[i:j]), atoi(s[j+1:k])
	y = atoi(s[k+1 : l])
	switch {
	case a > 12 && b <= 12:
		d, m = a, b
	case b > 12 && a <= 12:
		d, m = b, a
	case a == b:
		d, m = a, a
	default:
		return 0, 0, 0, false
	}
	return y, m, d, validDate(y, m, d)
}

// urlNamedMonth reads "/october/03" after a year that ends at s[j]: a blog path that
// names the month (/2023/october/03/). The day must end its segment.
func urlNamedMonth(s string, j int) (y, m, d int, ok bool) {
	if j >= len(s) || s[j] != '/' {
		return 0, 0, 0, false
	}
	k := j + 1
	for k < len(s) && s[k] != '/' {
		k++
	}
	if k+2 > len(s) || k-j-1 > keyBuf {
		return 0, 0, 0, false
	}
	m, ok = lookupInt(months, s[j+1:k])
	if !ok {
		return 0, 0, 0, false
	}
	l := digitsEnd(s, k+1)
	if n := l - k - 1; n < 1 || n > 2 || l < len(s) && s[l] != '/' && s[l] != '-' {
		return 0, 0, 0, false
	}
	y, d = atoi(s[j-4:j]), atoi(s[k+1:l])
	return y, m, d, validDate(y, m, d)
}

func isURLSep(c byte) bool { return c == '/' || c == '-' || c == '_' || c == '.' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// atoi converts a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 18; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// parseDigits reads a string made only of ASCII digits.
func parseDigits(s string) (Date, bool) {
	var t time.Time
	switch len(s) {
	case 10:
		t = time.Unix(int64(atoi(s)), 0).UTC()
	case 13:
		t = time.UnixMilli(int64(atoi(s))).UTC()
	case 8, 14:
		y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
		if !validDate(y, m, d) {
			return Date{}, false
		}
		if len(s) == 8 {
			return Date{T: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}, true
		}
		c := clock{h: atoi(s[8:10]), mi: atoi(s[10:12]), s: atoi(s[12:])}
		if !c.valid() {
			return Date{}, false
		}
		return build(y, m, d, c, true), true
	default:
		return Date{}, false
	}
	if t.Year() < minYear || t.Year() > maxYear {
		return Date{}, false
	}
	return Date{T: t, HasTime: true, HasZone: true}, true
}

// monthFirst reports whether an ambiguous numeric date such as 03/04/2025
// is read month first: only for English without a region or with the US
// region. Other English regions (en-GB, en-AU, en-IN) and every other
// language write the day first.
func monthFirst(lang string) bool {
	if len(lang) < 2 || lang[0]|0x20 != 'e' || lang[1]|0x20 != 'n' {
		return false
	}
	if len(lang) == 2 {
		return true
	}
	if lang[2] != '-' && lang[2] != '_' {
		return false
	}
	return strings.EqualFold(lang[3:], "us")
}

// validDate reports whether y-m-d exists and the year is in range.
func validDate(y, m, d int) bool {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// clock is a parsed time of day with an optional zone.
type clock struct {
	h, mi, s, ns int
	end          int  // index of the token after the clock
	hasZone      bool // an offset or zone name was given
	off          int  // seconds east of UTC
	usDST        bool // off is a US standard offset to adjust for summer time
}

func (c clock) valid() bool {
	return c.h >= 0 && c.h <= 23 && c.mi >= 0 && c.mi <= 59 && c.s >= 0 && c.s <= 59
}

// build assembles the result for a valid date and an optional valid clock.
func build(y, m, d int, c clock, hasTime bool) Date {
	if !hasTime {
		return Date{T: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}
	}
	loc := time.UTC
	if c.hasZone {
		off := c.off
		if c.usDST && inUSDST(y, m, d, c.h) {
			off += 3600
		}
		if off != 0 {
			loc = time.FixedZone("", off)
		}
	}
	t := time.Date(y, time.Month(m), d, c.h, c.mi, c.s, c.ns, loc)
	return Date{T: t, HasTime: true, HasZone: c.hasZone}
}

// inUSDST reports whether US daylight-saving time is in force at local hour h
// of y-m-d: from the second Sunday of March to the first Sunday of November
// since 2007, and from the first Sunday of April to the last Sunday of
// October before that. Changes happen at 02:00 local time.
func inUSDST(y, m, d, h int) bool {
	startM, startD, endM, endD := 3, nthSunday(y, 3, 2), 11, nthSunday(y, 11, 1)
	if y < 2007 {
		startM, startD, endM, endD = 4, nthSunday(y, 4, 1), 10, lastSunday(y, 10)
	}
	switch {
	case m < startM || m > endM:
		return false
	case m > startM && m < endM:
		return true
	case m == startM:
		return d > startD || (d == startD && h >= 2)
	default:
		return d < endD || (d == endD && h < 2)
	}
}

func nthSunday(y, m, n int) int {
	wd := int(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Weekday())
	return 1 + (7-wd)%7 + 7*(n-1)
}

func lastSunday(y, m int) int {
	last := daysIn(y, m)
	wd := int(time.Date(y, time.Month(m), last, 0, 0, 0, 0, time.UTC).Weekday())
	return last - wd
}

// Token kinds.
const (
	kNum  = iota + 1 // a run of decimal digits
	kWord            // a run of letters
	kMark            // a CJK date or time marker such as 年 or 분
	kSep             // any other single character
)

// token is one piece of the input. Numbers and words keep the original text;
// separators and markers keep their (normalised) rune.
type token struct {
	s     string // original text of a number or word
	val   int    // value of a number (saturated for very long runs)
	n     int    // number of digits of a number
	r     rune   // separator or marker rune
	kind  uint8
	sp    bool // whitespace precedes the token
	upper bool // a word with no lower-case letter
}

// isMarker reports whether r is a CJK character that labels a date or time
// part. Such characters become tokens of their own even inside a run of
// letters, so that "日下午" yields 日 and 下午.
func isMarker(r rune) bool {
	switch r {
	case '年', '月', '日', '号', '號', '時', '时', '点', '點', '分', '秒',
		'년', '월', '일', '시', '분', '초':
		return true
	}
	return false
}

// normRune folds full-width ASCII forms (common in Japanese text) to ASCII
// and the Unicode minus sign to a hyphen.
func normRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFEE0
	}
	if r == '\u2212' {
		return '-'
	}
	return r
}

// digitVal returns the value of a decimal digit in the scripts seen on news
// sites (ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai), or -1.
func digitVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x660 && r <= 0x669:
		return int(r - 0x660)
	case r >= 0x6F0 && r <= 0x6F9:
		return int(r - 0x6F0)
	case r >= 0x966 && r <= 0x96F:
		return int(r - 0x966)
	case r >= 0x9E6 && r <= 0x9EF:
		return int(r - 0x9E6)
	case r >= 0xE50 && r <= 0xE59:
		return int(r - 0xE50)
	}
	return -1
}

// digitLead marks the bytes that start a rune tokenize reads as a digit (see digitVal
// and normRune): an ASCII digit, or the lead byte of an Arabic-Indic or Persian digit
// (0xD9, 0xDB), of a Devanagari, Bengali or Thai one (0xE0) or of a full-width one
// (0xEF).
var digitLead = [256]bool{'0': true, '1': true, '2': true, '3': true, '4': true, '5': true,
	'6': true, '7': true, '8': true, '9': true, 0xd9: true, 0xdb: true, 0xe0: true, 0xef: true}

// hasDigit reports whether s holds a rune that tokenize makes a number of. Every date
// pattern holds a number, so a text without one is no date: most lines near a
// headline (a kicker, a byline, a caption) are turned away here without being
// tokenized.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if !digitLead[s[i]] {
			continue
		}
		if s[i] < utf8.RuneSelf {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); digitVal(normRune(r)) >= 0 {
			return true
		}
	}
	return false
}

func isLetter(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
		(r >= 0x80 && (unicode.IsLetter(r) || unicode.IsMark(r)) && !isMarker(r))
}

// camelBreak reports whether a capital letter r starts a new word inside a run of
// letters that already holds a lower-case one: text from two inline elements glued
// without a space ("By Kathryn GiuffridaMar 5, 2025", "Ann LeeUpdated: Dec 19, 2025")
// reads as two words, so that the month or the label is seen. noLower is true while
// the run has no lower-case letter; started is false for the run's first letter.
func camelBreak(noLower, started bool, r rune) bool {
	return started && !noLower && unicode.IsUpper(r)
}

// tokenize splits s into tokens, appending to buf.
func tokenize(s string, buf []token) []token {
	sp := false
	for i := 0; i < len(s); {
		// An ASCII rune that is neither a digit nor a letter is white space or a
		// separator, read without the tests below.
		if c := s[i]; c < utf8.RuneSelf && (c < '0' || c > '9') && (c|0x20 < 'a' || c|0x20 > 'z') {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				sp = true
			} else {
				buf = append(buf, token{kind: kSep, r: rune(c), sp: sp})
				sp = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		r = normRune(r)
		start := i
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r >= 0x80 && unicode.IsSpace(r)):
			sp = true
			i += size
			continue
		case r >= 0x80 && unicode.Is(unicode.Cf, r): // zero-width and direction marks
			i += size
			continue
		case digitVal(r) >= 0:
			t := token{kind: kNum, sp: sp}
			for i < len(s) {
				if c := s[i]; c < utf8.RuneSelf {
					// ASCII, read without decoding: a digit, or the end of the number.
					if c < '0' || c > '9' {
						break
					}
					if t.n < 18 {
						t.val = t.val*10 + int(c-'0')
					}
					t.n++
					i++
					continue
				}
				r, size = utf8.DecodeRuneInString(s[i:])
				v := digitVal(normRune(r))
				if v < 0 {
					break
				}
				if t.n < 18 {
					t.val = t.val*10 + v
				}
				t.n++
				i += size
			}
			t.s = s[start:i]
			buf = append(buf, t)
		case isLetter(r):
			t := token{kind: kWord, sp: sp, upper: true}
		word:
			for i < len(s) {
				if c := s[i]; c < utf8.RuneSelf {
					// ASCII, read without decoding: a letter, or the end of the word.
					switch {
					case 'a' <= c && c <= 'z':
						t.upper = false
					case 'A' <= c && c <= 'Z':
						if i > start && !t.upper {
							break word // camelBreak
						}
					default:
						break word
					}
					i++
					continue
				}
				r, size = utf8.DecodeRuneInString(s[i:])
				if !isLetter(r) || camelBreak(t.upper, i > start, r) {
					break
				}
				if unicode.IsLower(r) {
					t.upper = false
				}
				i += size
			}
			t.s = s[start:i]
			buf = append(buf, t)
		case isMarker(r):
			buf = append(buf, token{kind: kMark, r: r, sp: sp})
			i += size
		default:
			buf = append(buf, token{kind: kSep, r: r, sp: sp})
			i += size
		}
		sp = false
	}
	return buf
}

// keyBuf is large enough for every key in the tables; longer words never
// match.
const keyBuf = 48

// foldInto writes the lower-case form of w into b and reports whether it fit.
func foldInto(b *[keyBuf]byte, w string) (int, bool) {
	n := 0
	for _, r := range w {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			if n >= keyBuf {
				return 0, false
			}
			b[n] = byte(r)
			n++
			continue
		}
		if r == 'İ' {
			r = 'i'
		} else {
			r = unicode.ToLower(r)
		}
		if n+utf8.RuneLen(r) > keyBuf {
			return 0, false
		}
		n += utf8.EncodeRune(b[n:], r)
	}
	return n, true
}

// lookupInt finds the lower-case form of w in m without allocating.
func lookupInt(m map[string]int, w string) (int, bool) {
	var b [keyBuf]byte
	n, ok := foldInto(&b, w)
	if !ok {
		return 0, false
	}
	v, ok := m[string(b[:n])]
	return v, ok
}

// lookupBool finds the lower-case form of w in m without allocating.
func lookupBool(m map[string]bool, w string) bool {
	var b [keyBuf]byte
	n, ok := foldInto(&b, w)
	return ok && m[string(b[:n])]
}

// lookupZone finds the lower-case form of w in the zone table.
func lookupZone(w string) (zone, bool) {
	var b [keyBuf]byte
	n, ok := foldInto(&b, w)
	if !ok {
		return zone{}, false
	}
	z, ok := zones[string(b[:n])]
	return z, ok
}

// IsCalendarWord reports whether w is a month name or abbreviation in one of the
// supported languages ("December", "Dez", "março"), or the Vietnamese word for month,
// case-insensitively. Callers use it to cut a date off the end of a byline.
func IsCalendarWord(w string) bool {
	if _, ok := lookupInt(months, w); ok {
		return true
	}
	return strings.EqualFold(w, "tháng") || strings.EqualFold(w, "thg")
}
