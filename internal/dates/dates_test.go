package dates

import (
	"fmt"
	"testing"
	"time"
	"unicode/utf8"
)

// dateCase is one table entry. want is an RFC 3339 instant, or "" when the
// input must be rejected. flags is "" (date only), "t" (HasTime) or "tz"
// (HasTime and HasZone).
type dateCase struct {
	in, lang, want, flags string
}

var parseCases = []dateCase{
	// ISO 8601 and RFC 3339.
	{"2025-03-25T17:53:44+07:00", "", "2025-03-25T17:53:44+07:00", "tz"},
	{"2025-03-25T17:53:44Z", "", "2025-03-25T17:53:44Z", "tz"},
	{"2025-03-25T17:53:44.123Z", "", "2025-03-25T17:53:44.123Z", "tz"},
	{"2025-03-25T17:53:44.123456789-05:00", "", "2025-03-25T17:53:44.123456789-05:00", "tz"},
	{"2025-03-25T17:53:44,5+01:00", "", "2025-03-25T17:53:44.5+01:00", "tz"},
	{"2025-03-25T17:53:44.1234567891234Z", "", "2025-03-25T17:53:44.123456789Z", "tz"},
	{"2025-03-25T17:53:44", "", "2025-03-25T17:53:44Z", "t"},
	{"2025-03-25 17:53:44", "", "2025-03-25T17:53:44Z", "t"},
	{"2025-03-25T17:53Z", "", "2025-03-25T17:53:00Z", "tz"},
	{"2025-03-25T17:53+05:30", "", "2025-03-25T17:53:00+05:30", "tz"},
	{"2025-03-25T17:53:44+0700", "", "2025-03-25T17:53:44+07:00", "tz"},
	{"2025-03-25T17:53:44+07", "", "2025-03-25T17:53:44+07:00", "tz"},
	{"2025-03-25T17:53:44.000000Z", "", "2025-03-25T17:53:44Z", "tz"},
	{"2025-03-25T17:53:44z", "", "2025-03-25T17:53:44Z", "tz"},
	{"2025-03-25 17:53:44 +0700", "", "2025-03-25T17:53:44+07:00", "tz"},
	{"2025-03-25", "", "2025-03-25T00:00:00Z", ""},
	{"  2025-03-25\n", "", "2025-03-25T00:00:00Z", ""},
	{"2025-3-5", "", "2025-03-05T00:00:00Z", ""},
	{"2025/03/25", "", "2025-03-25T00:00:00Z", ""},
	{"2025/03/25 17:53", "", "2025-03-25T17:53:00Z", "t"},
	{"2025.03.25", "", "2025-03-25T00:00:00Z", ""},
	{"20250325", "", "2025-03-25T00:00:00Z", ""},
	{"20250325175344", "", "2025-03-25T17:53:44Z", "t"},
	{"20250325T175344Z", "", "2025-03-25T17:53:44Z", "tz"},
	{"20250325T1753", "", "2025-03-25T17:53:00Z", "t"},
	{"2024-02-29", "", "2024-02-29T00:00:00Z", ""},
	// RFC 1123, RFC 822, RFC 850, asctime and JavaScript's Date.toString.
	{"Tue, 25 Mar 2025 10:53:44 GMT", "", "2025-03-25T10:53:44Z", "tz"},
	{"Tue, 25 Mar 2025 10:53:44 +0000", "", "2025-03-25T10:53:44Z", "tz"},
	{"Tue, 25 Mar 2025 10:53:44 -0400", "", "2025-03-25T10:53:44-04:00", "tz"},
	{"25 Mar 25 10:53 EST", "", "2025-03-25T10:53:00-05:00", "tz"},
	{"25 Mar 25 people", "", "", ""},
	{"Tuesday, 25-Mar-25 10:53:44 GMT", "", "2025-03-25T10:53:44Z", "tz"},
	{"Tue Mar 25 17:53:44 2025", "", "2025-03-25T17:53:44Z", "t"},
	{"Tue Mar 25 2025 17:53:44 GMT+0700 (Indochina Time)", "", "2025-03-25T17:53:44+07:00", "tz"},
	{"Tue, 25 Mar 2025 10:53:44 UT", "", "2025-03-25T10:53:44Z", "tz"},
	// Unix time.
	{"1742900024", "", "2025-03-25T10:53:44Z", "tz"},
	{"1742900024000", "", "2025-03-25T10:53:44Z", "tz"},
	{"1742900024123", "", "2025-03-25T10:53:44.123Z", "tz"},
	{"0000000001", "", "", ""},
	{"9999999999999", "", "", ""},
	{"123456", "", "", ""},
	// Numeric dates, day first unless the language or the values say otherwise.
	{"25/3/2025", "", "2025-03-25T00:00:00Z", ""},
	{"25.03.2025", "de", "2025-03-25T00:00:00Z", ""},
	{"25-03-2025", "", "2025-03-25T00:00:00Z", ""},
	{"03/25/2025", "en", "2025-03-25T00:00:00Z", ""},
	{"03/25/2025", "fr", "2025-03-25T00:00:00Z", ""},
	{"25/03/2025", "en", "2025-03-25T00:00:00Z", ""},
	{"03/04/2025", "en", "2025-03-04T00:00:00Z", ""},
	{"03/04/2025", "en-US", "2025-03-04T00:00:00Z", ""},
	{"03/04/2025", "en-GB", "2025-04-03T00:00:00Z", ""},
	{"03.04.2025", "en", "2025-04-03T00:00:00Z", ""},
	{"02.12.19", "en-US", "2019-12-02T00:00:00Z", ""},
	{"03/04/2025", "fr", "2025-04-03T00:00:00Z", ""},
	{"03/04/2025", "", "2025-04-03T00:00:00Z", ""},
	{"25/03/25", "", "2025-03-25T00:00:00Z", ""},
	{"25.03.25", "de", "2025-03-25T00:00:00Z", ""},
	{"3/4/25", "en", "2025-03-04T00:00:00Z", ""},
	{"25/03/98", "", "1998-03-25T00:00:00Z", ""},
	{"25/03/2025 17:53", "", "2025-03-25T17:53:00Z", "t"},
	{"03/25/2025 5:53 pm", "en", "2025-03-25T17:53:00Z", "t"},
	{"03/25/2025 12:05 AM", "en", "2025-03-25T00:05:00Z", "t"},
	{"03/25/2025 12:05 PM", "en", "2025-03-25T12:05:00Z", "t"},
	{"25/03/2025 17h53", "fr", "2025-03-25T17:53:00Z", "t"},
	{"25/03/2025 17 h 53", "fr", "2025-03-25T17:53:00Z", "t"},
	{"25.03.2025 14.05 Uhr", "de", "2025-03-25T14:05:00Z", "t"},
	{"25.03.2025, 14:05 Uhr", "de", "2025-03-25T14:05:00Z", "t"},
	// Impossible and implausible dates.
	{"31/02/2025", "", "", ""},
	{"29/02/2025", "", "", ""},
	{"2025-13-01", "", "", ""},
	{"2025-02-30", "", "", ""},
	{"13/13/2025", "", "", ""},
	{"25/03/1990", "", "", ""},
	{"1994-12-31", "", "", ""},
	{"2101-01-01", "", "", ""},
	{"2025-03-25T25:53:44Z", "", "2025-03-25T00:00:00Z", ""},
	{"25/03/2025 25:61", "", "2025-03-25T00:00:00Z", ""},
	{"", "", "", ""},
	{"not a date", "", "", ""},
	{"March 2025", "en", "", ""},
	{"25 March", "en", "", ""},
	{"2025", "", "", ""},
	{"1.2.3", "", "", ""},
	{"version 1.2.10", "", "", ""},
	{"Version: 1.2.10", "", "", ""},
	{"Update 1.2.10 ist da", "", "", ""},
	// A short dotted date set apart at the end of its line (a byline's "Name, 8.5.12").
	{"von Klaus-Peter Schöppner, 8.5.12", "de", "2012-05-08T00:00:00Z", ""},
	{"8.5.12", "de", "", ""},
	{"(8.5.12)", "de", "", ""},
	{"Stable kernels 6.19.6, 6.18.16", "en", "", ""},
	{"Versions 1.2.9, 1.2.10", "en", "", ""},
	{"Anna, 8.5.12 und mehr", "de", "", ""},
	{"Anna, 8-5-12", "de", "", ""},
	// Month names.
	{"March 25, 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"March 25th, 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"Mar. 25, 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"Tuesday, March 25, 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"25 Mar 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"25th of March 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"1st Sept 2025", "en", "2025-09-01T00:00:00Z", ""},
	{"MARCH 25, 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"25-Mar-2025", "", "2025-03-25T00:00:00Z", ""},
	{"2025 March 25", "", "2025-03-25T00:00:00Z", ""},
	{"25. März 2025", "de", "2025-03-25T00:00:00Z", ""},
	{"Dienstag, 25. März 2025", "de", "2025-03-25T00:00:00Z", ""},
	{"3. Jänner 2025", "de", "2025-01-03T00:00:00Z", ""},
	{"mardi 25 mars 2025", "fr", "2025-03-25T00:00:00Z", ""},
	{"1er mars 2025", "fr", "2025-03-01T00:00:00Z", ""},
	{"25 févr. 2025", "fr", "2025-02-25T00:00:00Z", ""},
	{"14 août 2025 à 17h53", "fr", "2025-08-14T17:53:00Z", "t"},
	{"martes, 25 de marzo de 2025", "es", "2025-03-25T00:00:00Z", ""},
	{"1º de mayo del 2025", "es", "2025-05-01T00:00:00Z", ""},
	{"25 de março de 2025 às 17h53", "pt", "2025-03-25T17:53:00Z", "t"},
	{"25 marzo 2025 ore 17:53", "it", "2025-03-25T17:53:00Z", "t"},
	{"25 maart 2025 om 17:53", "nl", "2025-03-25T17:53:00Z", "t"},
	{"25 marca 2025 r.", "pl", "2025-03-25T00:00:00Z", ""},
	{"3 października 2025", "pl", "2025-10-03T00:00:00Z", ""},
	{"25 марта 2025 года", "ru", "2025-03-25T00:00:00Z", ""},
	{"25 марта 2025 г., 14:05", "ru", "2025-03-25T14:05:00Z", "t"},
	{"25 березня 2025", "uk", "2025-03-25T00:00:00Z", ""},
	{"25 Mart 2025 Salı", "tr", "2025-03-25T00:00:00Z", ""},
	{"5 KASIM 2025", "tr", "2025-11-05T00:00:00Z", ""},
	{"29 EKİM 2025", "tr", "2025-10-29T00:00:00Z", ""},
	{"Selasa, 25 Maret 2025 17:53 WIB", "id", "2025-03-25T17:53:00+07:00", "tz"},
	{"ngày 25 tháng 3 năm 2025", "vi", "2025-03-25T00:00:00Z", ""},
	{"25 tháng 3, 2025", "vi", "2025-03-25T00:00:00Z", ""},
	{"25 Tháng Ba 2025", "vi", "2025-03-25T00:00:00Z", ""},
	{"1 tháng mười hai năm 2025", "vi", "2025-12-01T00:00:00Z", ""},
	{"Thứ ba, 25/3/2025", "vi", "2025-03-25T00:00:00Z", ""},
	{"Chủ nhật, 23/3/2025 - 08:15", "vi", "2025-03-23T08:15:00Z", "t"},
	// CJK.
	{"2021年03月23日", "zh", "2021-03-23T00:00:00Z", ""},
	{"2021年3月23日 17時53分", "ja", "2021-03-23T17:53:00Z", "t"},
	{"2021年3月23日 17:53", "zh", "2021-03-23T17:53:00Z", "t"},
	{"2021年3月23日(火) 17:53", "ja", "2021-03-23T17:53:00Z", "t"},
	{"２０２１年３月２３日　１７：５３", "ja", "2021-03-23T17:53:00Z", "t"},
	{"2021年3月23日下午5点30分", "zh", "2021-03-23T17:30:00Z", "t"},
	{"2021년 3월 23일 오후 5:53", "ko", "2021-03-23T17:53:00Z", "t"},
	{"2021년 3월 23일 오전 12:10", "ko", "2021-03-23T00:10:00Z", "t"},
	{"2021.03.23 17:53", "ko", "2021-03-23T17:53:00Z", "t"},
	{"2021. 3. 23. 오후 5:53", "ko", "2021-03-23T17:53:00Z", "t"},
	{"2021년 3월 23일 17시 53분", "ko", "2021-03-23T17:53:00Z", "t"},
	// Zones.
	{"25/3/2025, 17:53 (GMT+7)", "vi", "2025-03-25T17:53:00+07:00", "tz"},
	{"25/3/2025 17:53 GMT+07:00", "", "2025-03-25T17:53:00+07:00", "tz"},
	{"25/3/2025 17:53 UTC+7", "", "2025-03-25T17:53:00+07:00", "tz"},
	{"25/3/2025 17:53 UTC-3", "", "2025-03-25T17:53:00-03:00", "tz"},
	{"25/3/2025 17:53 +0700", "", "2025-03-25T17:53:00+07:00", "tz"},
	{"25/3/2025 17:53 +05:30", "", "2025-03-25T17:53:00+05:30", "tz"},
	{"March 25, 2025 5:53 PM EST", "en", "2025-03-25T17:53:00-05:00", "tz"},
	{"March 25, 2025 5:53 PM EDT", "en", "2025-03-25T17:53:00-04:00", "tz"},
	{"March 25, 2025 5:53 PM ET", "en", "2025-03-25T17:53:00-04:00", "tz"},
	{"January 25, 2025 5:53 PM ET", "en", "2025-01-25T17:53:00-05:00", "tz"},
	{"March 25, 2025 5:53 PM PT", "en", "2025-03-25T17:53:00-07:00", "tz"},
	{"March 25, 2025 5:53 PM PST", "en", "2025-03-25T17:53:00-08:00", "tz"},
	{"March 25, 2025 5:53 PM PDT", "en", "2025-03-25T17:53:00-07:00", "tz"},
	{"25.03.2025 17:53 CET", "de", "2025-03-25T17:53:00+01:00", "tz"},
	{"25.07.2025 17:53 CEST", "de", "2025-07-25T17:53:00+02:00", "tz"},
	{"25 July 2025 17:53 BST", "en", "2025-07-25T17:53:00+01:00", "tz"},
	{"2025/03/25 17:53 JST", "ja", "2025-03-25T17:53:00+09:00", "tz"},
	{"2025.03.25 17:53 KST", "ko", "2025-03-25T17:53:00+09:00", "tz"},
	{"25/03/2025 17:53 ICT", "vi", "2025-03-25T17:53:00+07:00", "tz"},
	{"25/03/2025 17:53 et", "fr", "2025-03-25T17:53:00Z", "t"},
	{"25/03/2025 17:53 (UTC)", "", "2025-03-25T17:53:00Z", "tz"},
	{"25/03/2025 17:53 GMT+15", "", "2025-03-25T17:53:00Z", "t"},
}

var findCases = []dateCase{
	{"Thứ ba, 25/3/2025, 17:53 (GMT+7)", "vi", "2025-03-25T17:53:00+07:00", "tz"},
	{"Cập nhật lúc 10:05 ngày 3/4/2024", "vi", "2024-04-03T10:05:00Z", "t"},
	{"Published March 25, 2025 5:53 p.m. ET", "en", "2025-03-25T17:53:00-04:00", "tz"},
	{"Published March 25, 2025 5:53 a.m. ET", "en", "2025-03-25T05:53:00-04:00", "tz"},
	{"Von Anna Schmidt, 25. März 2025, 14:05 Uhr", "de", "2025-03-25T14:05:00Z", "t"},
	{"2021年03月23日 17時53分", "ja", "2021-03-23T17:53:00Z", "t"},
	{"Updated 10:05 AM ET, Tue March 25, 2025", "en", "2025-03-25T10:05:00-04:00", "tz"},
	{"By Jane Doe | March 25, 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"Posted on 25 March 2025 at 17:53", "en", "2025-03-25T17:53:00Z", "t"},
	{"Aktualisiert am 25.03.2025 um 14:05 Uhr", "de", "2025-03-25T14:05:00Z", "t"},
	{"Publié le 25 mars 2025 à 17h53, modifié le 26 mars 2025 à 9h00", "fr", "2025-03-25T17:53:00Z", "t"},
	{"Actualizado: 25/03/2025 - 17:53 h", "es", "2025-03-25T17:53:00Z", "t"},
	{"Publicado em 25/03/2025 às 17h53", "pt", "2025-03-25T17:53:00Z", "t"},
	{"Opublikowano: 25 marca 2025, godz. 14:05", "pl", "2025-03-25T14:05:00Z", "t"},
	{"Pukul 17.53 WIB, Selasa 25 Maret 2025", "id", "2025-03-25T17:53:00+07:00", "tz"},
	{"发布时间：2021-03-23 17:53:00 来源：新华网", "zh", "2021-03-23T17:53:00Z", "t"},
	{"입력 2021.03.23. 오후 5:53", "ko", "2021-03-23T17:53:00Z", "t"},
	{"Event on 31/02/2025, posted 01/03/2025", "", "2025-03-01T00:00:00Z", ""},
	{"Version 1.2.3 released", "", "", ""},
	{"Call 555-1234 today", "", "", ""},
	{"Meeting 10:00-11:00", "", "", ""},
	{"Room 12.03.1", "", "", ""},
	{"Posted 2 hours ago", "en", "", ""},
	{"Copyright 1990-2025", "", "", ""},
	{"25/03/2025 - 26/03/2025", "", "2025-03-25T00:00:00Z", ""},
	{"at 5 pm on March 25, 2025", "en", "2025-03-25T17:00:00Z", "t"},
	{"Updated 25/03/2025 17:53:44.250", "", "2025-03-25T17:53:44.25Z", "t"},
	{"Order 20250325 shipped", "", "", ""},
	{"12:30 | 25.03.2025", "de", "2025-03-25T12:30:00Z", "t"},
	{"Stand: 25.03.2025 14:05 Uhr", "de", "2025-03-25T14:05:00Z", "t"},
	{"26 | 01 | 2022", "de", "2022-01-26T00:00:00Z", ""},
	{"Tore 3 | 12 | 7", "de", "", ""},
	{"6 | 1 | 2022", "de", "", ""},
	// Month names of more European languages.
	{"duminică, 20 septembrie 2020, 16:20", "ro", "2020-09-20T16:20:00Z", "t"},
	{"Publikováno 5. května 2020", "cs", "2020-05-05T00:00:00Z", ""},
	{"Aktualizované 5. mája 2020", "sk", "2020-05-05T00:00:00Z", ""},
	{"2020. május 5. 14:05", "hu", "2020-05-05T14:05:00Z", "t"},
	{"Publicerad 5 augusti 2020", "sv", "2020-08-05T00:00:00Z", ""},
	{"Julkaistu 5. toukokuuta 2020", "fi", "2020-05-05T00:00:00Z", ""},
	{"Δημοσίευση: 5 Μαΐου 2020", "el", "2020-05-05T00:00:00Z", ""},
	{"ΔΗΜΟΣΙΕΥΣΗ: 5 ΑΥΓΟΥΣΤΟΥ 2020", "el", "2020-08-05T00:00:00Z", ""},
	// Two inline elements glued without a space: the capital starts a new word.
	{"By Kathryn GiuffridaMar 5, 2025 | 6 comments", "en", "2025-03-05T00:00:00Z", ""},
	{"By Amanda FurrerUpdated: Dec 19, 2025 1:06 PM EST", "en", "2025-12-19T13:06:00-05:00", "tz"},
	{"The iPhone 12, 2025 edition", "en", "", ""},
	{"MARCH 25, 2025", "en", "2025-03-25T00:00:00Z", ""},
	{"Updated: 2025-03-25 at 5:53pm", "en", "2025-03-25T17:53:00Z", "t"},
	{"Mon Jan 2 15:04:05 MST 2006", "en", "2006-01-02T15:04:05-07:00", "tz"},
	{"3 avril 2024 à 10 h 05", "fr", "2024-04-03T10:05:00Z", "t"},
	{"el 25 de marzo de 2025 a las 17:53 h", "es", "2025-03-25T17:53:00Z", "t"},
	{"Jumat, 25 April 2025 | 14:05 WIB", "id", "2025-04-25T14:05:00+07:00", "tz"},
	{"2025年3月25日 星期二", "zh", "2025-03-25T00:00:00Z", ""},
	{"Thg 3 25, 2025", "vi", "2025-03-25T00:00:00Z", ""},
	{"25 thg 3, 2025", "vi", "2025-03-25T00:00:00Z", ""},
	{"19 Mar 2025 09:05AM", "en", "2025-03-19T09:05:00Z", "t"},
	{"In 2025, 3 people came", "en", "", ""},
	{"2025-03-25T17:53:44+07:00[Asia/Bangkok]", "", "2025-03-25T17:53:44+07:00", "tz"},
	{"03/04/2025", "EN", "2025-03-04T00:00:00Z", ""},
	{"03/04/2025", "en_US", "2025-03-04T00:00:00Z", ""},
	{"This is a rather long byline with many words before the date, written by " +
		"several authors and editors of the newsroom, last updated on 25/03/2025 17:53", "",
		"2025-03-25T17:53:00Z", "t"},
	{"25\u200b/03/2025", "", "2025-03-25T00:00:00Z", ""},
	{"\u200e25.03.2025\u00a017:53", "", "2025-03-25T17:53:00Z", "t"},
	{"25 Mar 2025 10:00 a. m.", "es", "2025-03-25T10:00:00Z", "t"},
}

func check(t *testing.T, name string, c dateCase, got Date, ok bool) {
	t.Helper()
	if c.want == "" {
		if ok {
			t.Errorf("%s(%q, %q) = %v, want not ok", name, c.in, c.lang, got)
		}
		return
	}
	want, err := time.Parse(time.RFC3339Nano, c.want)
	if err != nil {
		t.Fatalf("bad test %q: %v", c.want, err)
	}
	if !ok {
		t.Errorf("%s(%q, %q) not ok, want %s", name, c.in, c.lang, c.want)
		return
	}
	_, wantOff := want.Zone()
	_, gotOff := got.T.Zone()
	if !got.T.Equal(want) || gotOff != wantOff {
		t.Errorf("%s(%q, %q) = %s, want %s", name, c.in, c.lang, got.T.Format(time.RFC3339Nano), c.want)
	}
	hasTime, hasZone := c.flags != "", c.flags == "tz"
	if got.HasTime != hasTime || got.HasZone != hasZone {
		t.Errorf("%s(%q, %q) flags time=%v zone=%v, want %v %v", name, c.in, c.lang,
			got.HasTime, got.HasZone, hasTime, hasZone)
	}
}

func TestParse(t *testing.T) {
	for _, c := range parseCases {
		got, ok := Parse(c.in, c.lang)
		check(t, "Parse", c, got, ok)
	}
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		got, ok := Find(c.in, c.lang)
		check(t, "Find", c, got, ok)
	}
	// Every non-compact Parse case must behave the same through Find.
	for _, c := range parseCases {
		if allDigits(c.in) || (len(c.in) > 8 && c.in[8] == 'T' && allDigits(c.in[:8])) {
			continue
		}
		got, ok := Find(c.in, c.lang)
		check(t, "Find", c, got, ok)
	}
}

func TestFromURL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"https://example.com/2025/03/25/some-story/", "2025-03-25"},
		{"https://example.com/news/2025/03/25", "2025-03-25"},
		{"https://example.com/news/2025-03-25-some-story.html", "2025-03-25"},
		{"https://example.com/news/some-story-2025-03-25", "2025-03-25"},
		{"https://example.com/20250325/story", "2025-03-25"},
		{"https://example.com/a/20250325.html", "2025-03-25"},
		{"https://example.com/2025/3/5/story", "2025-03-05"},
		{"https://example.com/n1/2025/0325/c1234-5678.html", "2025-03-25"},
		{"https://example.com/202503/25/t20250325_123.html", "2025-03-25"},
		{"https://example.com/2025-03/25/c_1131.htm", "2025-03-25"},
		{"https://example.com/2025_03_25_story", "2025-03-25"},
		{"/2025/03/25/relative", "2025-03-25"},
		{"//cdn.example.com/2025/03/25/x.jpg", "2025-03-25"},
		{"https://example.com/2025/03/", ""},
		{"https://example.com/2025/03/story", ""},
		{"https://example.com/2025/13/25/", ""},
		{"https://example.com/2025/02/30/", ""},
		{"https://example.com/1990/03/25/", ""},
		{"https://example.com/story?date=2025-03-25", ""},
		{"https://2025.example.com/12/25/", ""},
		{"https://example.com/article/12345678", ""},
		{"https://example.com/", ""},
		{"", ""},
		{"https://example.com/2025/03/251234.html", ""},
		{"https://example.com/blog/2023/october/03/wine-styles/", "2023-10-03"},
		{"https://example.com/blog/2023/Oktober/3-weinstile", "2023-10-03"},
		{"https://example.com/blog/2023/october/", ""},
		{"https://example.com/blog/2023/october/031/", ""},
		{"https://example.com/blog/2023/toasts/03/", ""},
		{"https://example.com/media-news/meldungen/29-10-2021", "2021-10-29"},
		{"https://example.com/news/25.03.2025-some-story.html", "2025-03-25"},
		{"https://example.com/news/03-25-2025/story", "2025-03-25"},
		{"https://example.com/news/03-04-2025/story", ""},
		{"https://example.com/v/1-12-2025", ""},
		{"https://example.com/news/item-29-10-2021", ""},
		{"https://example.com/news/29-10-20211", ""},
	}
	for _, c := range cases {
		got, ok := FromURL(c.in)
		if c.want == "" {
			if ok {
				t.Errorf("FromURL(%q) = %v, want not ok", c.in, got.T)
			}
			continue
		}
		if !ok || got.T.Format("2006-01-02") != c.want || got.HasTime || !got.T.Equal(got.T.Truncate(24*time.Hour)) {
			t.Errorf("FromURL(%q) = %v %v, want %s", c.in, got.T, ok, c.want)
		}
	}
}

func TestPlausible(t *testing.T) {
	now := time.Date(2025, 3, 25, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		t    time.Time
		want bool
	}{
		{time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{time.Date(1994, 12, 31, 23, 59, 59, 0, time.UTC), false},
		{now, true},
		{now.Add(47 * time.Hour), true},
		{now.Add(48 * time.Hour), true},
		{now.Add(49 * time.Hour), false},
		{time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{time.Time{}, false},
	}
	for _, c := range cases {
		if got := Plausible(c.t, now); got != c.want {
			t.Errorf("Plausible(%v) = %v, want %v", c.t, got, c.want)
		}
	}
}

func TestUSDST(t *testing.T) {
	cases := []struct {
		y, m, d, h int
		want       bool
	}{
		{2025, 3, 9, 1, false}, {2025, 3, 9, 3, true}, {2025, 3, 8, 12, false},
		{2025, 11, 2, 0, true}, {2025, 11, 2, 3, false}, {2025, 7, 1, 0, true},
		{2025, 12, 1, 0, false}, {2006, 4, 2, 3, true}, {2006, 3, 20, 0, false},
		{2006, 10, 29, 3, false}, {2006, 10, 28, 12, true},
	}
	for _, c := range cases {
		if got := inUSDST(c.y, c.m, c.d, c.h); got != c.want {
			t.Errorf("inUSDST(%d-%d-%d %dh) = %v, want %v", c.y, c.m, c.d, c.h, got, c.want)
		}
	}
}

func TestNoAllocs(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		Parse("Tue, 25 Mar 2025 10:53:44 GMT", "")
		Find("Thứ ba, 25/3/2025, 17:53", "vi")
	})
	if n > 0 {
		t.Errorf("Parse and Find allocate %v times per run", n)
	}
}

func FuzzParse(f *testing.F) {
	for _, c := range parseCases {
		f.Add(c.in, c.lang)
	}
	for _, c := range findCases {
		f.Add(c.in, c.lang)
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		for _, fn := range []func(string, string) (Date, bool){Parse, Find} {
			d, ok := fn(s, lang)
			if !ok {
				continue
			}
			if y := d.T.Year(); y < minYear || y > maxYear {
				t.Fatalf("%q gave year %d", s, y)
			}
			if !d.HasTime && (d.HasZone || d.T.Location() != time.UTC || d.T.Hour() != 0) {
				t.Fatalf("%q gave a date-only result with a clock: %v", s, d)
			}
		}
		if d, ok := Find(s, lang); ok && !Mentions(s, lang, d.T) {
			t.Fatalf("%q: Find gave %v, which Mentions does not see", s, d.T)
		}
		if d, ok := FromURL(s); ok {
			if y := d.T.Year(); y < minYear || y > maxYear {
				t.Fatalf("FromURL(%q) gave year %d", s, y)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	inputs := []string{
		"2025-03-25T17:53:44+07:00",
		"Tue, 25 Mar 2025 10:53:44 GMT",
		"Thứ ba, 25/3/2025, 17:53 (GMT+7)",
		"Published March 25, 2025 5:53 p.m. ET",
		"2021年3月23日 17時53分",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Parse(inputs[i%len(inputs)], "en")
	}
}

func TestIsCalendarWord(t *testing.T) {
	for w, want := range map[string]bool{
		"December": true, "dez": true, "MARS": true, "marca": true, "марта": true, "Tháng": true,
		"Smith": false, "Laura": false, "": false, "2025": false,
	} {
		if got := IsCalendarWord(w); got != want {
			t.Errorf("IsCalendarWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFindDateLineShapes pins the date-line shapes that the date choice in the winnow
// package depends on: weekday-led numeric dates with two-digit years, Spanish clocks
// with dotted a. m., bracketed CJK dates, labels before the date, ordinal days.
func TestFindDateLineShapes(t *testing.T) {
	cases := []dateCase{
		{"mardi 10.12.19", "fr", "2019-12-10T00:00:00Z", ""},
		{"Publié le 29 juin 2019", "fr", "2019-06-29T00:00:00Z", ""},
		{"Mittwoch, 26.01.2022 - 14:30", "de", "2022-01-26T14:30:00Z", "t"},
		{"Veröffentlicht am: 5. Juni 2023", "de", "2023-06-05T00:00:00Z", ""},
		{"Karlsruhe, (12.11.2021).", "de", "2021-11-12T00:00:00Z", ""},
		{"Stand: 28.04.2020 18:00 Uhr", "de", "2020-04-28T18:00:00Z", "t"},
		{"04 de mayo 2022, 12:00 A. M.", "es", "2022-05-04T00:00:00Z", "t"},
		{"6 May 2022 - 2:00 a. m.", "es", "2022-05-06T02:00:00Z", "t"},
		{"3 de maio de 2022 às 21h25", "pt", "2022-05-03T21:25:00Z", "t"},
		{"12-01-2025, 21:14", "it", "2025-01-12T21:14:00Z", "t"},
		{"[2019年02月22日]", "ja", "2019-02-22T00:00:00Z", ""},
		{"2019.03.26 lastupdate", "ja", "2019-03-26T00:00:00Z", ""},
		{"2025年3月25日 星期二", "zh", "2025-03-25T00:00:00Z", ""},
		{"Cập nhật: 08:15 ngày 25/03/2025", "vi", "2025-03-25T08:15:00Z", "t"},
		{"25 марта 2025 в 14:05", "ru", "2025-03-25T14:05:00Z", "t"},
		{"30th March 2025, 16:26", "en", "2025-03-30T16:26:00Z", "t"},
		{"Thursday, November 9th 2023", "en", "2023-11-09T00:00:00Z", ""},
		{"Januar 2022", "de", "", ""},
		{"الأربعاء، 07 أكتوبر 2020 - 12:09 م", "ar", "2020-10-07T12:09:00Z", "t"},
		{"١٦ فبراير ٢٠٢٠", "ar", "2020-02-16T00:00:00Z", ""},
		{"15 अप्रैल 2020", "hi", "2020-04-15T00:00:00Z", ""},
		{"15 फ़रवरी 2020", "hi", "2020-02-15T00:00:00Z", ""},
		{"১৬:২০, ১৬ ফেব্রুয়ারি ২০২০ তারিখে", "bn", "2020-02-16T16:20:00Z", "t"},
		{"১৬ ফেব্রুয়ারি ২০২০", "bn", "2020-02-16T00:00:00Z", ""},
		// A two-digit year after a month name that ends its line: a dateline or a
		// stamp; not a count, a range or a date repeated without a space.
		{"( Pescasseroli, 14 Gennaio 20 )", "it", "2020-01-14T00:00:00Z", ""},
		{"Posted 3 Mar 21", "en", "2021-03-03T00:00:00Z", ""},
		{"Paris, 5 mars 19", "fr", "2019-03-05T00:00:00Z", ""},
		{"Berlin, 12. Januar 22", "de", "2022-01-12T00:00:00Z", ""},
		{"14 Gennaio 20 persone", "it", "", ""},
		{"Order today to get by Mar 23-Apr 14", "en", "", ""},
		{"Last Reply Sep 26Sep 26", "en", "", ""},
	}
	for _, c := range cases {
		got, ok := Find(c.in, c.lang)
		check(t, "Find", c, got, ok)
	}
}

func TestMentions(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct {
		in, lang, day string
		want          bool
	}{
		{"Isabell Angele 2022-12-07T10:10:52+01:00 25. Dezember 2022", "de", "2022-12-25", true},
		{"Isabell Angele 2022-12-07T10:10:52+01:00 25. Dezember 2022", "de", "2022-12-07", true},
		{"Isabell Angele 2022-12-07T10:10:52+01:00 25. Dezember 2022", "de", "2022-12-08", false},
		{"Publié le 3 mars 2021 à 17h53, modifié le 5 mars 2021", "fr", "2021-03-05", true},
		{"2021年3月23日 17時53分 更新", "ja", "2021-03-23", true},
		{"Version 1.2.3 released in 2021", "en", "2021-02-03", false},
		{"", "en", "2021-02-03", false},
	}
	for _, c := range cases {
		if got := Mentions(c.in, c.lang, day(c.day)); got != c.want {
			t.Errorf("Mentions(%q, %q, %s) = %v, want %v", c.in, c.lang, c.day, got, c.want)
		}
	}
}

func TestAmbiguousOrder(t *testing.T) {
	cases := []struct {
		in, lang string
		want     bool
	}{
		{"03/04/2025", "en", true},
		{"03-04-2025", "fr", true},
		{"11/01/2023 12:43:42", "de", true},
		{"25/03/2025", "en", false},
		{"03.04.2025", "de", false},
		{"04/04/2025", "en", false},
		{"2025-03-04", "", false},
		{"4 March 2025", "en", false},
	}
	for _, c := range cases {
		d, ok := Parse(c.in, c.lang)
		if !ok || d.Ambiguous != c.want {
			t.Errorf("Parse(%q, %q).Ambiguous = %v (ok %v), want %v", c.in, c.lang, d.Ambiguous, ok, c.want)
		}
	}
}

// TestHasDigit holds hasDigit to tokenize: a rune is found as a digit exactly when
// tokenize would read it as one, so the shortcut in Find, Parse and Mentions drops no
// date.
func TestHasDigit(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := "x" + string(r) + "y"
		if want := digitVal(normRune(r)) >= 0; hasDigit(s) != want {
			t.Fatalf("hasDigit(%q) = %v, want %v", s, !want, want)
		}
	}
	if hasDigit("Posted by Jane Doe · Thứ ba") || !hasDigit("25 tháng 3") || !hasDigit("٢٥ مارس") {
		t.Error("hasDigit misreads a line")
	}
	if _, ok := Find("Published March, by Jane", "en"); ok {
		t.Error("Find found a date without a number")
	}
}

// TestLastNumberGuard holds the parser's shortcut to the full search: a month name after
// the last number is not tried, and every text of the tables (and each with words added
// after it) finds what it finds with every month name tried.
func TestLastNumberGuard(t *testing.T) {
	var texts []string
	for _, cs := range [][]dateCase{parseCases, findCases} {
		for _, c := range cs {
			texts = append(texts, c.in, c.in+" March", "March "+c.in, c.in+" by Jane, May")
		}
	}
	for _, s := range texts {
		for _, lang := range []string{"", "en", "de", "vi", "fa"} {
			var b1, b2 [32]token
			p := newParser(s, lang, b1[:0])
			full := newParser(s, lang, b2[:0])
			full.lastNum = len(full.t)
			d1, ok1 := p.find()
			d2, ok2 := full.find()
			if ok1 != ok2 || !d1.T.Equal(d2.T) || d1.HasTime != d2.HasTime {
				t.Fatalf("%q (%s): %v %v with the guard, %v %v without", s, lang, d1, ok1, d2, ok2)
			}
		}
	}
}

// TestTokenizeASCIIRuns checks the ASCII paths of tokenize's number and word loops:
// runs end at the first other rune, a capital after a lower-case letter starts a new
// word, and digits of other scripts continue an ASCII number.
func TestTokenizeASCIIRuns(t *testing.T) {
	toks := tokenize("By Ann GiuffridaMar 5, 2025 NASA 1٢3 ÉtéX", nil)
	var got []string
	for _, k := range toks {
		switch k.kind {
		case kNum:
			got = append(got, fmt.Sprintf("%d", k.val))
		case kWord:
			got = append(got, k.s)
		}
	}
	want := []string{"By", "Ann", "Giuffrida", "Mar", "5", "2025", "NASA", "123", "Été", "X"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tokenize = %q, want %q", got, want)
	}
}

// TestTokenizeASCIISeparators checks the ASCII separator path of tokenize: white space
// marks the next token, other punctuation is a separator of its own.
func TestTokenizeASCIISeparators(t *testing.T) {
	toks := tokenize("3/4\t@[x", nil)
	want := []token{{kind: kNum, s: "3", val: 3, n: 1}, {kind: kSep, r: '/'}, {kind: kNum, s: "4", val: 4, n: 1},
		{kind: kSep, r: '@', sp: true}, {kind: kSep, r: '['}, {kind: kWord, s: "x"}}
	if fmt.Sprint(toks) != fmt.Sprint(want) {
		t.Errorf("tokenize = %v, want %v", toks, want)
	}
}
