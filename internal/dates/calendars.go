package dates

import (
	"time"
	"unicode/utf8"
)

// This file reads the month names that the Gregorian table in names.go cannot hold:
// the Levantine Arabic names of two words, and the months of the Persian (Solar
// Hijri) calendar, which Iranian and Afghan sites use for their dates.

// levantMonths maps the Levantine Arabic month names written in two words ("كانون
// الثاني" is January) to month numbers, keyed by the first word and then the second,
// with and without the hamza that many pages leave out.
var levantMonths = map[string]map[string]int{
	"كانون": {"الثاني": 1, "الأول": 12, "الاول": 12},
	"تشرين": {"الأول": 10, "الاول": 10, "الثاني": 11},
}

// levantMonth reads a two-word Levantine month name at token i and returns the
// month and the index after it.
func (p *parser) levantMonth(i int) (int, int, bool) {
	if !p.word(i) || !p.word(i+1) {
		return 0, 0, false
	}
	second, ok := levantMonths[p.t[i].s]
	if !ok {
		return 0, 0, false
	}
	m, ok := second[p.t[i+1].s]
	return m, i + 2, ok
}

// pairedName skips, after a month name ending at token i, the same month's name in
// another usage joined by a slash or a dash: Arabic pages give both the Levantine
// and the Egyptian name ("24 نيسان / أبريل 2020"). It returns the index after the
// pair, or i.
func (p *parser) pairedName(i, m int) int {
	if !p.sepIn(i, "/-") || !p.word(i+1) {
		return i
	}
	if m2, ok := lookupInt(months, p.t[i+1].s); ok && m2 == m {
		return i + 2
	}
	if m2, j, ok := p.levantMonth(i + 1); ok && m2 == m {
		return j
	}
	return i
}

// persianMonths maps the month names of the Persian calendar to their numbers, in
// Persian spelling (ی, ک); persianMonth folds the Arabic letters some sites type
// instead (ي, ك).
var persianMonths = map[string]int{
	"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "شهریور": 6,
	"مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}

// persianMonth looks w up in persianMonths, with the Arabic yeh and kaf folded to
// their Persian forms, without allocating.
func persianMonth(w string) (int, bool) {
	var b [keyBuf]byte
	n := 0
	for _, r := range w {
		switch r {
		case 'ي', 'ى':
			r = 'ی'
		case 'ك':
			r = 'ک'
		}
		if n+utf8.RuneLen(r) > keyBuf {
			return 0, false
		}
		n += utf8.EncodeRune(b[n:], r)
	}
	m, ok := persianMonths[string(b[:n])]
	return m, ok
}

// Years of the Persian calendar that persianDate converts: its rule for the first
// day of the year holds from 1375 to 1407 (1996 to 2028).
const (
	minPersianYear = 1375
	maxPersianYear = 1407
)

// persianDate matches a day, a Persian month name and a Persian year at token i
// ("2 تير 1399"), and converts it to the Gregorian calendar.
func (p *parser) persianDate(i int) (ymd, bool) {
	if !p.numN(i, 1, 2) || !p.word(i+1) || !p.numN(i+2, 4, 4) || p.numericRight(i+3) {
		return ymd{}, false
	}
	m, ok := persianMonth(p.t[i+1].s)
	y, d := p.t[i+2].val, p.t[i].val
	if !ok || y < minPersianYear || y > maxPersianYear || d < 1 || d > 31 || m > 6 && d > 30 {
		return ymd{}, false
	}
	t := persianToGregorian(y, m, d)
	return ymd{y: t.Year(), m: int(t.Month()), d: t.Day(), end: i + 3}, true
}

// persianToGregorian converts a date of the Persian calendar. Its year begins on the
// day of the March equinox in Tehran (when the equinox falls after noon, the next
// day): from 1996 to 2028 that is March 20 in Gregorian leap years and March 21 in
// the others. The first six months have 31 days, the next five 30.
func persianToGregorian(y, m, d int) time.Time {
	gy := y + 621
	first := 21
	if gy%4 == 0 {
		first = 20
	}
	days := (m-1)*31 + d - 1
	if m > 7 {
		days = 6*31 + (m-7)*30 + d - 1
	}
	return time.Date(gy, time.March, first+days, 0, 0, 0, 0, time.UTC)
}
