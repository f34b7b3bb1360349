package winnow

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// runTexts mix long runs of words between lone spaces, which the collapsing helpers copy
// whole, with every kind of white space they stop at, right before and after a space.
func runTexts() []string {
	pieces := []string{" ", " ", " ", "  ", "\t", "\n", "\r", "\f", "\v", "\x01", "\x7f", "\u00a0",
		"\u200b", "\u3000", "\u2060", "\ufeff", "\u0085", "\u2003", "\u2028", "é", "中", "\xff",
		"\xc2", "\xe2", "\xe3", "\x80", "\xa0", "word", "a", "Z9", "two words", "x y z"}
	return append(randomTexts(11, 5000), randomJoins(13, pieces, 24, 30000)...)
}

// TestCollapsingRuns holds the helpers that copy runs of words whole to what they stand
// for: strings.Fields joined by spaces (appendFields, collapsed), collapse's own white
// space (appendCollapsed, isCollapsed), and writing word by word (textWriter.text).
func TestCollapsingRuns(t *testing.T) {
	for _, s := range runTexts() {
		fields := strings.Join(strings.Fields(s), " ")
		if got := string(appendFields(nil, s)); got != fields {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, fields)
		}
		if got, want := string(appendFields([]byte("x"), s)), strings.TrimSpace("x "+fields); got != want {
			t.Fatalf("appendFields(x, %q) = %q, want %q", s, got, want)
		}
		if got, want := collapsed(s), fields == s; got != want {
			t.Fatalf("collapsed(%q) = %v, want %v", s, got, want)
		}
		col := strings.Join(strings.FieldsFunc(s, isSpace), " ")
		if got := string(appendCollapsed([]byte("x"), []byte(s))); got != "x"+col {
			t.Fatalf("appendCollapsed(x, %q) = %q, want %q", s, got, "x"+col)
		}
		if got, want := isCollapsed(s), col == s; got != want {
			t.Fatalf("isCollapsed(%q) = %v, want %v", s, got, want)
		}
		w := &textWriter{}
		w.text(s)
		if got, want := w.sb.String(), wordByWord(s); got != want {
			t.Fatalf("text(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestRenderTextCopiesOnce checks that rendering costs one string of the text's own size
// (to the allocator's size class) and no buffer (see textBuf), once the spare buffer is
// there: text in Cyrillic, two bytes a letter, outgrew the buffer sized from its units.
func TestRenderTextCopiesOnce(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<body><h1>Title</h1><p>" + strings.Repeat("Some words of a paragraph. ", 400) +
		"</p><ul><li>one</li><li>two</li></ul><p>Đây là một đoạn văn. " + strings.Repeat("Русский текст абзаца ", 300) + "</p></body>"))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := buildTree(doc, DefaultMaxNodes)
	if err != nil {
		t.Fatal(err)
	}
	roots := []int32{tr.body}
	text := tr.renderText(roots)
	if allocs := testing.AllocsPerRun(20, func() { tr.renderText(roots) }); allocs > 2 {
		t.Errorf("renderText allocates %v times, want at most 2 (the writer and the text)", allocs)
	}
	if RaceEnabled {
		// With the race detector, sync.Pool drops a share of what is put back on
		// purpose, so the pooled buffer is made anew on some runs: bytes per run say
		// nothing there.
		return
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const runs = 20
	for range runs {
		tr.renderText(roots)
	}
	runtime.ReadMemStats(&after)
	if per := int(after.TotalAlloc-before.TotalAlloc) / runs; per > len(text)+len(text)/4 {
		t.Errorf("renderText allocates %d bytes for a text of %d", per, len(text))

	}
	if !strings.HasPrefix(text, "Title\n\nSome words") || !strings.Contains(text, "- one\n- two") {
		t.Errorf("renderText = %.60q…", text)
	}
}

// TestRuneCount holds runeCount to utf8.RuneCountInString, on valid text in several
// scripts and on bytes that are not UTF-8 (overlong forms, surrogates, cut runes).
func TestRuneCount(t *testing.T) {
	cases := []string{
		"", "a", "plain ASCII text of more than eight bytes",
		"Tiếng Việt có dấu, viết liền", "Русский текст", "中文文本，测试。", "한국어 텍스트",
		"emoji 😀 and 𠀀", "\xe0\x80\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xe0\xa0\x80",
		"\xc0\xaf", "\xc2", "abc\xe4\xb8", "\x80\x80abc", "\xf0\x9f\x98", "\xff\xfe",
		"abcdefg\xe4\xb8\xadabcdefgh\xd0\xb6",
	}
	for _, s := range append(cases, runTexts()...) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}
