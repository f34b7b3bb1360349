package metrics

import (
	"math"
	"reflect"
	"testing"
	"time"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,;  ", nil},
		{"Hello, world_1 foo-bar", []string{"Hello", "world_1", "foo", "bar"}},
		{"3.14 x² Ⅻ", []string{"3", "14", "x²", "Ⅻ"}},
		// CJK: no spaces, so a run of letters is one token; punctuation splits.
		{"日本語のテキスト。次の文", []string{"日本語のテキスト", "次の文"}},
		{"北京欢迎你，上海", []string{"北京欢迎你", "上海"}},
		// Vietnamese, precomposed (NFC) and decomposed (NFD): marks stay inside.
		{"Tiếng Việt rất hay", []string{"Tiếng", "Việt", "rất", "hay"}},
		{"Vie\u0323\u0302t Nam", []string{"Vie\u0323\u0302t", "Nam"}},
		// Hindi: virama (Mn) and vowel signs (Mc) keep the word whole.
		{"हिन्दी भाषा", []string{"हिन्दी", "भाषा"}},
		{"tail_", []string{"tail_"}},
		// Bengali vowel signs stay inside the word.
		{"অসমীয়া বাংলা", []string{"অসমীয়া", "বাংলা"}},
		// a mark never starts a token; emoji variation selectors are not word runes.
		{"\u0301abc ❤\ufe0f12 ok\ufe0f", []string{"abc", "12", "ok"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got, want := LowerTokens("ÉCOLE Über"), []string{"école", "über"}; !reflect.DeepEqual(got, want) {
		t.Errorf("LowerTokens = %q, want %q", got, want)
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := map[string]string{
		"":                      "",
		"   ":                   "",
		" a  b\n\tc ":           "a b c",
		"a\u00a0\u2009b\u3000c": "a b c",
		"x\r\n\r\ny\x1fz":       "x y z",
		"no-space":              "no-space",
	}
	for in, want := range tests {
		if got := CollapseSpace(in); got != want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"a b", map[string]int{"a b": 1}},
		{"a b c d", map[string]int{"a b c d": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"a a a a a", map[string]int{"a a a a": 2}},
		{"日本語。の、テキスト です 次", map[string]int{"日本語 の テキスト です": 1, "の テキスト です 次": 1}},
	}
	for _, tt := range tests {
		if got := Shingles(tt.in, 4); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Shingles(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestShingleMatch(t *testing.T) {
	tests := []struct {
		truth, pred string
		want        PageShingles
	}{
		{"", "", PageShingles{}},
		{"a b c d e", "a b c d e", PageShingles{1, 0, 0}},
		// truth {abcd, bcde}, pred {abcd, bcdx}: tp 1, fp 1, fn 1.
		{"a b c d e", "a b c d x", PageShingles{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		// truth {abcd, bcde, cdef}, pred {abcd}: tp 1, fn 2.
		{"a b c d e f", "a b c d", PageShingles{1.0 / 3, 0, 2.0 / 3}},
		{"a b c d", "", PageShingles{0, 0, 1}},
		{"", "x y", PageShingles{0, 1, 0}},
		// multiset: truth has "a a a a" twice, pred once.
		{"a a a a a", "a a a a", PageShingles{0.5, 0, 0.5}},
		// case matters for shingles
		{"A b c d", "a b c d", PageShingles{0, 0.5, 0.5}},
		// Vietnamese with punctuation that does not change tokens
		{"Tiếng Việt rất hay.", "Tiếng, Việt — rất hay!", PageShingles{1, 0, 0}},
	}
	for _, tt := range tests {
		got := ShingleMatch(tt.truth, tt.pred)
		if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
			t.Errorf("ShingleMatch(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
		}
	}
}

func TestShingleScore(t *testing.T) {
	p1 := ShingleMatch("a b c d e", "a b c d x")     // P .5, R .5
	p2 := ShingleMatch("a b c d", "")                // P left out, R 0
	p3 := ShingleMatch("", "x y")                    // P 0, R left out
	p4 := ShingleMatch("", "")                       // left out of both
	p5 := ShingleMatch("a b c d e f", "a b c d")     // P 1, R 1/3
	p6 := ShingleMatch("a b c d e f", "a b c d e f") // P 1, R 1

	s := ShingleScore([]PageShingles{p1, p2, p3, p4})
	if !near(s.P, 0.25) || !near(s.R, 0.25) || !near(s.F1, 0.25) || s.NP != 2 || s.NR != 2 || s.N != 4 {
		t.Errorf("score 1 = %+v", s)
	}
	s = ShingleScore([]PageShingles{p1, p5})
	// P = (.5+1)/2 = .75, R = (.5+1/3)/2 = 5/12, F1 = 2PR/(P+R) = 15/28.
	if !near(s.P, 0.75) || !near(s.R, 5.0/12) || !near(s.F1, 15.0/28) {
		t.Errorf("score 2 = %+v", s)
	}
	s = ShingleScore([]PageShingles{p6})
	if !near(s.F1, 1) {
		t.Errorf("score 3 = %+v", s)
	}
	if s := ShingleScore(nil); s.F1 != 0 || s.N != 0 {
		t.Errorf("empty score = %+v", s)
	}
	if !near(p1.F1(), 0.5) || !near(p4.F1(), 1) || !near(p2.F1(), 0) {
		t.Errorf("page F1: %v %v %v", p1.F1(), p4.F1(), p2.F1())
	}
}

func TestBoW(t *testing.T) {
	tests := []struct {
		truth, pred string
		want        PageBoW
	}{
		{"", "", PageBoW{1, 1, 1}},
		{"", "x", PageBoW{}},
		{"x", "", PageBoW{}},
		{"x", "y", PageBoW{}},
		// truth: the cat sat on the mat; pred: the cat the dog: overlap the×2 + cat = 3.
		{"The cat sat on the mat.", "the cat, THE dog", PageBoW{0.75, 0.5, 0.6}},
		{"Tiếng Việt", "tiếng VIỆT nam", PageBoW{2.0 / 3, 1, 0.8}},
		{"東京は晴れ。大阪は雨。", "東京は晴れ。", PageBoW{1, 0.5, 2.0 / 3}},
		{"हिन्दी भाषा", "हिन्दी", PageBoW{1, 0.5, 2.0 / 3}},
	}
	for _, tt := range tests {
		got := BoWMatch(tt.truth, tt.pred)
		if !near(got.P, tt.want.P) || !near(got.R, tt.want.R) || !near(got.F1, tt.want.F1) {
			t.Errorf("BoWMatch(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
		}
	}
	s := BoWScore([]PageBoW{{0.75, 0.5, 0.6}, {1, 1, 1}})
	if !near(s.P, 0.875) || !near(s.R, 0.75) || !near(s.F1, 0.8) || s.N != 2 {
		t.Errorf("BoWScore = %+v", s)
	}
	if s := BoWScore(nil); s.F1 != 0 {
		t.Errorf("empty BoWScore = %+v", s)
	}
}

func TestSnippets(t *testing.T) {
	text := "Hello   world.\nThis is\tthe body."
	s := SnippetMatch(text, []string{"world.  This   is", "missing", "hello"}, []string{"the body", "nav"})
	want := Snippets{TP: 1, FN: 2, FP: 1, TN: 1}
	if s != want {
		t.Fatalf("SnippetMatch = %+v, want %+v", s, want)
	}
	if !near(s.Precision(), 0.5) || !near(s.Recall(), 1.0/3) || !near(s.F1(), 0.4) || !near(s.Accuracy(), 0.4) {
		t.Errorf("scores: P %v R %v F1 %v A %v", s.Precision(), s.Recall(), s.F1(), s.Accuracy())
	}
	// empty text: every with is missed, every without is a true negative.
	e := SnippetMatch("", []string{"a"}, []string{"b", "c"})
	if e != (Snippets{FN: 1, TN: 2}) {
		t.Errorf("empty text = %+v", e)
	}
	sum := s.Add(e)
	if sum != (Snippets{TP: 1, FP: 1, FN: 3, TN: 3}) || !near(sum.F1(), 2.0/6) {
		t.Errorf("pooled = %+v F1 %v", sum, sum.F1())
	}
	cjk := SnippetMatch("北京 欢迎你。\n上海", []string{"北京 欢迎你。 上海"}, nil)
	if cjk.TP != 1 {
		t.Errorf("CJK snippet = %+v", cjk)
	}
	if (Snippets{}).F1() != 0 || (Snippets{}).Precision() != 0 {
		t.Error("empty matrix should score 0")
	}
}

func TestMatchText(t *testing.T) {
	tests := []struct {
		truth, pred string
		want        bool
	}{
		{"  The  Title\n", "the title", true},
		{"Über Alles", "über alles", true},
		{"", "", true},
		{"", "x", false},
		{"x", "", false},
		{"Title", "Title - Site", false},
		{JoinAuthors([]string{"Ann Lee", "Bo Chen"}), "ann lee;  bo chen", true},
		{JoinAuthors([]string{"Ann Lee", "Bo Chen"}), "Ann Lee, Bo Chen", false},
	}
	for _, tt := range tests {
		if got := MatchText(tt.truth, tt.pred); got != tt.want {
			t.Errorf("MatchText(%q, %q) = %v", tt.truth, tt.pred, got)
		}
	}
}

func TestMatchDate(t *testing.T) {
	tests := []struct {
		truth, pred string
		want        bool
	}{
		{"2016-12-09T09:13:00.000Z", "2016-12-09T04:13:00-05:00", true},
		// same instant, different local day: compared in UTC.
		{"2016-12-09T02:00:00.000Z", "2016-12-08T21:00:00-05:00", true},
		{"2016-12-09T02:00:00.000Z", "2016-12-09T02:00:00+05:00", false},
		// prediction without a time: first 10 characters.
		{"2016-12-09T02:00:00.000Z", "2016-12-08", false},
		{"2016-12-09T02:00:00.000Z", "2016-12-09", true},
		// truth without a time: first 10 characters.
		{"2019-10-16", "2019-10-16T23:30:00+02:00", true},
		{"2019-10-16", "2019-10-17T00:30:00+02:00", false},
		// truth with a time but no zone.
		{"2018-07-24 14:01:59", "2018-07-24T23:01:59-09:00", true},
		{"2018-07-24T14:01:59+0200", "2018-07-24T12:01:59Z", true},
		{"2025-09", "2025-09-04", false},
		{"", "", true},
		{"", "2019-01-01", false},
		{"2019-01-01", "", false},
	}
	for _, tt := range tests {
		if got := MatchDate(tt.truth, tt.pred); got != tt.want {
			t.Errorf("MatchDate(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	zone := time.FixedZone("", -5*3600)
	tm := time.Date(2016, 12, 8, 21, 0, 0, 0, zone)
	if got := FormatDate(tm, true); got != "2016-12-08T21:00:00-05:00" {
		t.Errorf("FormatDate with time = %q", got)
	}
	if got := FormatDate(tm, false); got != "2016-12-08" {
		t.Errorf("FormatDate without time = %q", got)
	}
	if got := FormatDate(time.Time{}, true); got != "" {
		t.Errorf("FormatDate zero = %q", got)
	}
	if !GuessHasTime(tm) || GuessHasTime(time.Date(2016, 12, 8, 0, 0, 0, 0, time.UTC)) || GuessHasTime(time.Time{}) {
		t.Error("GuessHasTime")
	}
	if !GuessHasTime(time.Date(2016, 12, 8, 0, 0, 0, 0, zone)) {
		t.Error("GuessHasTime: midnight in a non-UTC zone carries a zone")
	}
}
