package dates

import "time"

// parser matches date and time patterns against a token stream.
type parser struct {
	t          []token
	monthFirst bool // read ambiguous numeric dates month first
	compact    bool // accept compact 8-digit dates (Parse only)
	// lastNum is the index of the last number token, or -1: a month name after it
	// opens no date, as the day and year that follow a month are numbers.
	lastNum int
}

// newParser returns the parser of the tokens of s, read into buf (see tokenize).
func newParser(s, lang string, buf []token) parser {
	p := parser{t: tokenize(s, buf), monthFirst: monthFirst(lang), lastNum: -1}
	for i := len(p.t) - 1; i >= 0; i-- {
		if p.t[i].kind == kNum {
			p.lastNum = i
			break
		}
	}
	return p
}

// ymd is a matched calendar date, possibly with a clock time found inside
// the pattern itself (asctime puts the time before the year).
type ymd struct {
	y, m, d   int
	end       int
	c         clock
	hasC      bool
	ambiguous bool // a numeric date that could be read in the other order (see Date)
}

// maxConnectors bounds how many connecting tokens may separate a date from
// its clock time.
const maxConnectors = 5

// find returns the first valid date in the token stream with its clock time.
func (p *parser) find() (Date, bool) {
	var last clock
	haveLast := false
	// Past the last number no date and no clock time starts.
	for i := 0; i <= p.lastNum; i++ {
		if dt, ok := p.date(i); ok && validDate(dt.y, dt.m, dt.d) {
			c, hasC := dt.c, dt.hasC
			if !hasC {
				c, hasC = p.timeAfter(dt.end)
			}
			if !hasC && haveLast && p.connectsTo(last.end, i) {
				c, hasC = last, true
			}
			d := build(dt.y, dt.m, dt.d, c, hasC)
			d.Ambiguous = dt.ambiguous
			return d, true
		}
		if c, ok := p.clock(i, false); ok {
			last, haveLast = c, true
			i = c.end - 1
		}
	}
	return Date{}, false
}

// Token predicates. Each is false past the end of the stream.

func (p *parser) num(i int) bool { return i < len(p.t) && p.t[i].kind == kNum }

func (p *parser) numN(i, lo, hi int) bool {
	return i < len(p.t) && p.t[i].kind == kNum && p.t[i].n >= lo && p.t[i].n <= hi
}

func (p *parser) word(i int) bool { return i < len(p.t) && p.t[i].kind == kWord }

func (p *parser) sep(i int, r rune) bool {
	return i < len(p.t) && p.t[i].kind == kSep && p.t[i].r == r
}

func (p *parser) sepIn(i int, set string) bool {
	if i >= len(p.t) || p.t[i].kind != kSep {
		return false
	}
	for _, r := range set {
		if p.t[i].r == r {
			return true
		}
	}
	return false
}

func (p *parser) markIn(i int, set string) bool {
	if i >= len(p.t) || p.t[i].kind != kMark {
		return false
	}
	for _, r := range set {
		if p.t[i].r == r {
			return true
		}
	}
	return false
}

// isWord reports whether token i is the ASCII word w (given in lower case),
// ignoring case.
func (p *parser) isWord(i int, w string) bool {
	if i < 0 || !p.word(i) || len(p.t[i].s) != len(w) {
		return false
	}
	s := p.t[i].s
	for k := 0; k < len(s); k++ {
		if s[k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// glued reports whether token i follows token i-1 without whitespace.
func (p *parser) glued(i int) bool { return i < len(p.t) && !p.t[i].sp }

// numericLeft reports whether the number at i continues a numeric run to its
// left ("1.2.3.4" seen from "3"), in which case no date starts there.
func (p *parser) numericLeft(i int) bool {
	return i >= 2 && !p.t[i].sp && !p.t[i-1].sp && p.sepIn(i-1, "./-:") && p.num(i-2)
}

// numericRight reports whether a numeric run continues at i.
func (p *parser) numericRight(i int) bool {
	return p.sepIn(i, "./-") && p.glued(i) && p.num(i+1) && p.glued(i+1)
}

// date tries every date pattern at token i.
func (p *parser) date(i int) (ymd, bool) {
	if i >= len(p.t) {
		return ymd{}, false
	}
	switch p.t[i].kind {
	case kNum:
		if p.numericLeft(i) {
			return ymd{}, false
		}
		if dt, ok := p.yearFirst(i); ok {
			return dt, true
		}
		if dt, ok := p.numeric(i); ok {
			return dt, true
		}
		if dt, ok := p.dayName(i); ok {
			return dt, true
		}
		return p.persianDate(i)
	case kWord:
		if i > p.lastNum {
			return ymd{}, false // no day follows the month
		}
		return p.nameDay(i)
	}
	return ymd{}, false
}

// yearFirst matches 2025-03-25, 2025/03/25, 2025.03.25, 2021. 3. 23.,
// 2021年3月23日, 2021년 3월 23일, 2025 March 25 and (in Parse) 20250325.
func (p *parser) yearFirst(i int) (ymd, bool) {
	t := p.t
	if p.compact && t[i].n == 8 {
		v := t[i].val
		return ymd{y: v / 10000, m: v / 100 % 100, d: v % 100, end: i + 1}, true
	}
	if t[i].n != 4 {
		return ymd{}, false
	}
	y := t[i].val
	if p.markIn(i+1, "年년") && p.numN(i+2, 1, 2) && p.markIn(i+3, "月월") &&
		p.numN(i+4, 1, 2) && p.markIn(i+5, "日일号號") {
		return ymd{y: y, m: t[i+2].val, d: t[i+4].val, end: i + 6}, true
	}
	if p.sepIn(i+1, "-/.") && p.numN(i+2, 1, 2) && p.sep(i+3, t[i+1].r) && p.numN(i+4, 1, 2) {
		if p.numericRight(i + 5) {
			return ymd{}, false
		}
		return ymd{y: y, m: t[i+2].val, d: t[i+4].val, end: i + 5}, true
	}
	// 2025 March 25, 2025. március 25.
	j := i + 1
	if p.sepIn(j, ".,") {
		j++
	}
	if m, k, ok := p.month(j); ok && p.numN(k, 1, 2) && !p.sep(k+1, ':') {
		end := k + 1
		if p.sep(end, '.') || p.markIn(end, "日일") {
			end++
		}
		return ymd{y: y, m: m, d: t[k].val, end: end}, true
	}
	return ymd{}, false
}

// numeric matches day-first and month-first numeric dates with the same
// separator twice: 25/3/2025, 25.03.2025, 03/25/2025, 25-03-25, 26 | 01 | 2022.
func (p *parser) numeric(i int) (ymd, bool) {
	t := p.t
	if t[i].n > 2 || !p.sepIn(i+1, "/.-|") || !p.numN(i+2, 1, 2) ||
		!p.sep(i+3, t[i+1].r) || !p.num(i+4) || p.numericRight(i+5) {
		return ymd{}, false
	}
	a, b, yt := t[i].val, t[i+2].val, t[i+4]
	if t[i+1].r == '|' && (yt.n != 4 || t[i].n != 2 || t[i+2].n != 2) {
		// Bars set the parts of a date apart in some templates ("26 | 01 | 2022"),
		// but also split a row of counts ("3 | 12 | 7"): only the full form is a date.
		return ymd{}, false
	}
	var y int
	switch yt.n {
	case 4:
		y = yt.val
	case 2:
		// Two-digit years are risky in running text ("version 1.2.10"), so
		// dotted and dashed forms must have two-digit day and month.
		if t[i+1].r != '/' && (t[i].n != 2 || t[i+2].n != 2) && !p.bylineDay(i) {
			return ymd{}, false
		}
		y = 2000 + yt.val
		if yt.val >= 70 {
			y = 1900 + yt.val
		}
	default:
		return ymd{}, false
	}
	d, m := a, b
	switch {
	case a > 12 && b > 12:
		return ymd{}, false
	case a > 12:
	case b > 12:
		d, m = b, a
	case p.monthFirst && t[i+1].r != '.':
		// Dotted dates are day first even on US English pages ("02.12.19" under a
		// headline is the 2nd of December): month-first writers use slashes.
		d, m = b, a
	}
	// Day and month could be read either way unless a dot separates them: dotted
	// numeric dates are written day first wherever they are used.
	amb := a <= 12 && b <= 12 && a != b && t[i+1].r != '.'
	return ymd{y: y, m: m, d: d, end: i + 5, ambiguous: amb}, true
}

// dayName matches a day before a month name: 25 March 2025, 25. März 2025,
// 1er mars 2025, 25 de marzo de 2025, 25 tháng 3 năm 2025, 25-Mar-2025,
// 25 марта 2025 г.
func (p *parser) dayName(i int) (ymd, bool) {
	t := p.t
	if t[i].n > 2 {
		return ymd{}, false
	}
	d := t[i].val
	j := i + 1
	if p.word(j) && p.glued(j) && lookupBool(ordinals, t[j].s) {
		j++
	}
	dashed := p.sep(j, '-') && p.glued(j)
	if p.sepIn(j, ".-/°") {
		j++
	}
	if p.isWord(j, "de") || p.isWord(j, "of") {
		j++
	}
	m, j, ok := p.month(j)
	if !ok {
		return ymd{}, false
	}
	dashed = dashed && p.sep(j, '-') && p.glued(j)
	for k := 0; k < 2; k++ {
		if p.sepIn(j, ".,-/") || (p.word(j) && lookupBool(yearLead, p.t[j].s)) {
			j++
		}
	}
	if p.numN(j, 4, 4) && !p.numericRight(j+1) {
		return ymd{y: t[j].val, m: m, d: d, end: j + 1}, true
	}
	// Two-digit years only in the RFC 850 (25-Mar-25) and RFC 822
	// (25 Mar 25 10:53 EST) layouts, where they cannot be a count, and at the end
	// of a line (see lineEndYear).
	if p.numN(j, 2, 2) && ((dashed && p.glued(j)) || p.clockAt(j+1) || p.lineEndYear(i, j)) {
		return ymd{y: 2000 + t[j].val, m: m, d: d, end: j + 1}, true
	}
	return ymd{}, false
}

// lineEndYear reports whether the two digits at j, after the day at i and a month name,
// are a year that ends the line, as in a dateline or a stamp written with words
// ("Pescasseroli, 14 Gennaio 20", "Posted 3 Mar 21"): no noun follows to make the
// number a count. The day stands apart from the month, and no month name comes
// before it, as in a range ("Mar 23-Apr 14") or a date repeated without a space
// ("Sep 26Sep 26").
func (p *parser) lineEndYear(i, j int) bool {
	if !p.endsLine(j+1) || !p.t[j].sp || p.sep(i+1, '-') || p.word(i+1) && p.glued(i+1) {
		return false
	}
	if i > 0 && p.word(i-1) {
		if _, k, ok := p.month(i - 1); ok && k == i {
			return false
		}
	}
	return i == 0 || !p.sep(i-1, '-')
}

// nameDay matches a month name before the day: March 25, 2025, Mar. 25th
// 2025, and the asctime layout Tue Mar 25 17:53:44 2025.
func (p *parser) nameDay(i int) (ymd, bool) {
	t := p.t
	m, j, ok := p.month(i)
	if ok && p.numN(j, 6, 6) {
		return p.gluedDayYear(j, m)
	}
	if !ok || !p.numN(j, 1, 2) {
		return ymd{}, false
	}
	d := t[j].val
	j++
	if p.word(j) && p.glued(j) && lookupBool(ordinals, t[j].s) {
		j++
	}
	k := j
	if p.sepIn(k, ",.") {
		k++
	}
	if p.numN(k, 4, 4) && !p.numericRight(k+1) {
		return ymd{y: t[k].val, m: m, d: d, end: k + 1}, true
	}
	if c, ok := p.clock(j, false); ok && p.numN(c.end, 4, 4) {
		return ymd{y: t[c.end].val, m: m, d: d, end: c.end + 1, c: c, hasC: true}, true
	}
	return ymd{}, false
}

// gluedDayYear matches the six digits at token j, after a month name, that are a day and a
// year run together ("Apr 042013"): blog themes set the month, the day and the year
// in three elements, the last two without a space between them.
func (p *parser) gluedDayYear(j, m int) (ymd, bool) {
	if p.numericRight(j + 1) {
		return ymd{}, false
	}
	v := p.t[j].val
	d, y := v/10000, v%10000
	if d < 1 || y < minYear || y > maxYear {
		return ymd{}, false
	}
	return ymd{y: y, m: m, d: d, end: j + 1}, true
}

// bylineDay reports whether the short dotted date at i ("8.5.12", day first) ends its
// line after a name and a comma, as a byline's date does ("Anna Schmidt, 8.5.12"). Such
// a form is otherwise a version number: one follows its name ("Version 1.2.10"), stands
// alone as a link's text, or comes in a list of others ("6.19.6, 6.18.16").
func (p *parser) bylineDay(i int) bool {
	return p.sep(i+1, '.') && p.t[i+2].val <= 12 && i >= 2 && p.sep(i-1, ',') && p.t[i].sp && p.word(i-2) &&
		p.endsLine(i+5)
}

// endsLine reports whether only closing brackets or bars follow from token i on: the
// matched text is the last thing of its line.
func (p *parser) endsLine(i int) bool {
	for ; i < len(p.t); i++ {
		if !p.sepIn(i, ")]|") {
			return false
		}
	}
	return true
}

// clockAt reports whether a clock time starts at i.
func (p *parser) clockAt(i int) bool {
	_, ok := p.clock(i, false)
	return ok
}

// month reads a month at token i: a name from the table (with an optional
// abbreviation dot), or the Vietnamese "tháng 3" / "thg 3" / "Tháng Ba".
// It returns the month and the index after it.
func (p *parser) month(i int) (int, int, bool) {
	if !p.word(i) {
		return 0, 0, false
	}
	// The word is lower-cased once for the tables below, as lookupBool and lookupInt
	// would each do.
	var b [keyBuf]byte
	n, fits := foldInto(&b, p.t[i].s)
	key := b[:n]
	if fits && viMonth[string(key)] {
		if p.numN(i+1, 1, 2) {
			m := p.t[i+1].val
			return m, i + 2, m >= 1 && m <= 12
		}
		if !p.word(i + 1) {
			return 0, 0, false
		}
		m, ok := lookupInt(viMonthWords, p.t[i+1].s)
		if m == 10 && p.word(i+2) {
			if n, ok := lookupInt(viMonthWords, p.t[i+2].s); ok && (n == 1 || n == 2) {
				return 10 + n, i + 3, true
			}
		}
		return m, i + 2, ok
	}
	if m, j, ok := p.levantMonth(i); ok {
		return m, p.pairedName(j, m), true
	}
	if !fits {
		return 0, 0, false
	}
	m, ok := months[string(key)]
	if !ok {
		return 0, 0, false
	}
	i++
	if p.sep(i, '.') && p.glued(i) {
		i++
	}
	return m, p.pairedName(i, m), true
}

// yearLead holds words written between a month and its year: "de marzo de
// 2025", "de mayo del 2025", "tháng 3 năm 2025".
var yearLead = map[string]bool{"de": true, "del": true, "năm": true}

// viMonth holds the Vietnamese word for month and its abbreviation.
var viMonth = map[string]bool{"tháng": true, "thg": true}

// connector returns the index after a connecting token at i (punctuation,
// a filler word or a short parenthesised aside such as "(火)").
func (p *parser) connector(i int) (int, bool) {
	if i >= len(p.t) {
		return 0, false
	}
	if p.sepIn(i, "([（") && i+2 < len(p.t) && p.sepIn(i+2, ")]）") {
		return i + 3, true
	}
	if p.sepIn(i, ",-|·•–—/@.;") {
		return i + 1, true
	}
	if p.word(i) && lookupBool(fillers, p.t[i].s) {
		return i + 1, true
	}
	return 0, false
}

// connectsTo reports whether only connectors stand between from and to.
func (p *parser) connectsTo(from, to int) bool {
	for k := 0; k < maxConnectors && from < to; k++ {
		next, ok := p.connector(from)
		if !ok {
			return false
		}
		from = next
	}
	return from == to
}

// timeAfter looks for a clock time at j or after a few connectors.
func (p *parser) timeAfter(j int) (clock, bool) {
	for k := 0; k <= maxConnectors && j < len(p.t); k++ {
		if p.isWord(j, "t") && p.numN(j+1, 4, 6) && p.glued(j+1) {
			return p.compactClock(j + 1)
		}
		if c, ok := p.clock(j, p.isWord(j-1, "t")); ok {
			return c, true
		}
		next, ok := p.connector(j)
		if !ok {
			break
		}
		j = next
	}
	return clock{}, false
}

// Mentions reports whether any date written in s falls on the calendar day of day, taken
// in day's own zone: "Isabell Angele 2022-12-07T10:10:52+01:00 25. Dezember 2022" mentions
// both the 7th and the 25th of December.
func Mentions(s, lang string, day time.Time) bool {
	if !hasDigit(s) {
		return false
	}
	var buf [32]token
	p := newParser(s, lang, buf[:0])
	y, m, d := day.Date()
	for i := 0; i <= p.lastNum; i++ {
		if dt, ok := p.date(i); ok && dt.y == y && dt.m == int(m) && dt.d == d {
			return true
		}
	}
	return false
}
