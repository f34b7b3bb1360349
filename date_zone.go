package winnow

import (
	"time"

	"github.com/winnow-go/winnow/internal/dates"
)

// The zones of dates: a day given without a clock is put at midnight in the zone its
// page's language implies, and a zoned instant is expressed in the zone of the day a
// URL or a date line shows.

// singleZoneLangs maps the languages written in one civil time zone, without daylight
// saving time, to its offset in hours: a day such a page names without a clock begins
// at midnight there, not in UTC.
var singleZoneLangs = map[string]int{"ja": 9, "ko": 9, "zh": 8, "vi": 7, "th": 7}

// cetLangs are the languages written in Central European Time and nowhere else to
// speak of: a day their pages name without a clock begins at midnight CET or CEST
// (French, Spanish and Portuguese are left out: most of their speakers live in other
// zones).
var cetLangs = map[string]bool{"de": true, "it": true, "nl": true, "pl": true, "cs": true, "sk": true,
	"hu": true, "sv": true, "da": true, "no": true, "nb": true, "nn": true, "hr": true, "sl": true,
	"sr": true, "bs": true}

// inLocalZone puts a day given without a clock at midnight in the zone its page's
// language implies, when that language has a single one. The calendar day is kept.
func inLocalZone(d dates.Date, lang string) dates.Date {
	if d.HasTime {
		return d
	}
	h, ok := singleZoneLangs[lang]
	y, m, dd := d.T.Date()
	if !ok && cetLangs[lang] {
		h, ok = 1, true
		if inEUSummerTime(y, m, dd) {
			h = 2
		}
	}
	if !ok {
		return d
	}
	d.T = time.Date(y, m, dd, 0, 0, 0, 0, time.FixedZone("", h*3600))
	return d
}

// inEUSummerTime reports whether midnight of y-m-d, local time, falls in European
// summer time: from the last Sunday of March (which starts in winter time, the change
// comes at 01:00 UTC) to the last Sunday of October (which starts in summer time).
func inEUSummerTime(y int, m time.Month, d int) bool {
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return day.After(lastSunday(y, time.March)) && !day.After(lastSunday(y, time.October))
}

// lastSunday returns the last Sunday of month m of year y, at midnight UTC.
func lastSunday(y int, m time.Month) time.Time {
	t := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC) // the month's last day
	return t.AddDate(0, 0, -int(t.Weekday()))
}

// maxURLZoneShift bounds, in hours, the offsets shiftToDay tries for a URL's day: a
// larger shift is more often another day than another zone.
const maxURLZoneShift = 8

// shiftToDay expresses a zoned instant in the zone, at most maxH hours from UTC,
// whose calendar day is day's: a URL path such as /2023/11/08/ names the publisher's
// local day, while the metadata often gives the instant in UTC or the server's zone.
// The instant is never changed; d is returned as it is when no such zone exists.
func shiftToDay(d dates.Date, day time.Time, maxH int) dates.Date {
	if !d.HasTime || !d.HasZone || dayGap(d.T, day) == 0 {
		return d
	}
	for h := 0; h <= maxH; h++ {
		for _, sign := range []int{1, -1} {
			t := d.T.In(time.FixedZone("", sign*h*3600))
			if dayGap(t, day) == 0 {
				d.T = t
				return d
			}
		}
	}
	return d
}

// maxZoneShift bounds the offsets alignZone considers, in hours: the widest real offsets
// are -12 and +14.
const maxZoneShift = 14

// alignZone expresses a UTC instant in the zone the page's visible date implies. Sites
// often give the machine-readable date in UTC while readers see the local day: "2020-02-
// 18T02:18Z" for an article dated "17 de febrero de 2020" in Mexico. When the visible date
// has a clock time the offset is the difference of the two clocks; when it has only a
// day, the smallest whole-hour offset that puts the instant on that day. The instant is
// never changed. A metadata clock without a zone (often the server's UTC) that differs
// from the visible clock by a whole offset is moved to the visible clock.
func alignZone(d, vis dates.Date) dates.Date {
	if d.HasTime && !d.HasZone && vis.HasTime && !vis.HasZone {
		// Two clocks without zones: the metadata's is often the server's UTC.
		// When the two differ by a whole offset, they are one instant, and the
		// page's clock is the local one.
		off := vis.T.Truncate(time.Minute).Sub(d.T.Truncate(time.Minute))
		if off%(15*time.Minute) == 0 && off.Abs() <= maxZoneShift*time.Hour {
			d.T = d.T.Add(off)
		}
		return d
	}
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
