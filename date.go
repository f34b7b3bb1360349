package winnow

import (
	"time"

	"github.com/winnow-go/winnow/internal/dates"
)

// parseDate reads one date value from a metadata source. It returns the instant, whether
// a time of day was given, and whether the value is a plausible publication date: dates
// before 1995 or more than two days ahead of now are rejected (copyright years, event
// dates, typos).
func parseDate(s, lang string, now time.Time) (time.Time, bool, bool) {
	d, ok := dates.Parse(s, lang)
	if !ok || !dates.Plausible(d.T, now) {
		return time.Time{}, false, false
	}
	return d.T, d.HasTime, true
}

// dateFromURL finds a publication day in a URL path such as /2025/03/25/.
func dateFromURL(u string) (time.Time, bool) {
	d, ok := dates.FromURL(u)
	if !ok || !dates.Plausible(d.T, time.Now()) {
		return time.Time{}, false
	}
	return d.T, true
}
