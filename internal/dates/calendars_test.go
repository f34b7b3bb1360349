package dates

import (
	"testing"
	"time"
)

func TestFindOtherCalendars(t *testing.T) {
	cases := []dateCase{
		// Levantine and Egyptian names side by side, and two-word Levantine names.
		{"تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "ar", "2020-04-24T21:22:00Z", "t"},
		{"3 كانون الثاني 2021", "ar", "2021-01-03T00:00:00Z", ""},
		{"15 تشرين الأول 2019", "ar", "2019-10-15T00:00:00Z", ""},
		{"الأحد 9 آب 2020", "ar", "2020-08-09T00:00:00Z", ""},
		{"15 تشرين الاول / أكتوبر 2019", "ar", "2019-10-15T00:00:00Z", ""},
		{"24 نيسان / مايو 2020", "ar", "", ""}, // two different months: no date
		// Persian calendar dates, with Persian and Arabic letters and digits.
		{"2 تير 1399 - 12:09:08", "fa", "2020-06-22T12:09:08Z", "t"},
		{"۲ تیر ۱۳۹۹", "fa", "2020-06-22T00:00:00Z", ""},
		{"1 فروردین 1403", "fa", "2024-03-20T00:00:00Z", ""},
		{"1 فروردین 1404", "fa", "2025-03-21T00:00:00Z", ""},
		{"29 اسفند 1402", "fa", "2024-03-19T00:00:00Z", ""},
		{"10 دی 1398", "fa", "2019-12-31T00:00:00Z", ""},
		{"10 دی 1350", "fa", "", ""},  // before the years the rule covers
		{"31 مهر 1399", "fa", "", ""}, // the seventh month has 30 days
		// A day and a year glued together after a month name.
		{"Apr 042013", "de", "2013-04-04T00:00:00Z", ""},
		{"Feb 182009 Feb 172009", "de", "2009-02-18T00:00:00Z", ""},
		{"Feb 991999", "en", "", ""},
		{"Mar 121234", "en", "", ""},
	}
	for _, c := range cases {
		got, ok := Find(c.in, c.lang)
		check(t, "Find", c, got, ok)
	}
}

func TestPersianNewYear(t *testing.T) {
	// The first day of the Persian year, as published calendars give it.
	want := map[int]string{1375: "1996-03-20", 1376: "1997-03-21", 1387: "2008-03-20",
		1396: "2017-03-21", 1399: "2020-03-20", 1400: "2021-03-21", 1403: "2024-03-20", 1407: "2028-03-20"}
	for y, w := range want {
		if got := persianToGregorian(y, 1, 1).Format(time.DateOnly); got != w {
			t.Errorf("1 Farvardin %d = %s, want %s", y, got, w)
		}
	}
}

func TestMentionsOtherCalendars(t *testing.T) {
	for _, s := range []string{"2 تير 1399 - 12:09:08", "24 نيسان / أبريل 2020", "Apr 042013"} {
		d, ok := Find(s, "")
		if !ok || !Mentions(s, "", d.T) {
			t.Errorf("Mentions(%q) does not see the date Find gives (%v, %v)", s, d.T, ok)
		}
	}
}
