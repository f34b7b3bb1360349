package metrics

import (
	"strings"
	"time"
)

// NormMeta collapses white space and lower-cases s.
func NormMeta(s string) string {
	return strings.ToLower(CollapseSpace(s))
}

// MatchText reports whether two metadata strings are equal after NormMeta.
// An empty truth ("annotated as absent") matches only an empty prediction.
func MatchText(truth, pred string) bool {
	return NormMeta(truth) == NormMeta(pred)
}

// JoinAuthors joins several author names the way the truth does: "; ".
func JoinAuthors(names []string) string {
	return strings.Join(names, "; ")
}

// dateLayouts are the forms of a date with a time of day and a zone.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999Z0700",
	"2006-01-02 15:04Z07:00",
	"2006-01-02T15:04:05.999999999 Z07:00",
	"2006-01-02 15:04:05.999999999 Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999 -0700 MST",
}

// ParseZoned parses s as a date with a time of day and an explicit zone; ok
// is false when s lacks either.
func ParseZoned(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// MatchDate reports whether two dates name the same day: in UTC when both
// carry a time and a zone, else by their first 10 characters (YYYY-MM-DD).
// An empty truth matches only an empty prediction.
func MatchDate(truth, pred string) bool {
	truth, pred = strings.TrimSpace(truth), strings.TrimSpace(pred)
	if truth == "" || pred == "" {
		return truth == pred
	}
	if tt, ok := ParseZoned(truth); ok {
		if pt, ok := ParseZoned(pred); ok {
			return tt.UTC().Format(time.DateOnly) == pt.UTC().Format(time.DateOnly)
		}
	}
	return first10(truth) == first10(pred)
}

func first10(s string) string {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// FormatDate renders an extractor's time for MatchDate: "" for the zero
// time, YYYY-MM-DD when hasTime is false, else RFC 3339 in t's own zone.
func FormatDate(t time.Time, hasTime bool) string {
	if t.IsZero() {
		return ""
	}
	if !hasTime {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

// GuessHasTime reports whether a time from an extractor that does not say so
// is likely to carry a time of day: anything but midnight UTC.
func GuessHasTime(t time.Time) bool {
	if t.IsZero() {
		return false
	}
	_, off := t.Zone()
	return off != 0 || t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0
}
