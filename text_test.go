package winnow

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wordByWord is what textWriter.text writes for one text node into an empty writer: the
// words between runs of white space (isSpace), without their invisible runes, joined by
// single spaces. A word is rewritten only when it holds an invisible rune, so that
// invalid UTF-8 elsewhere is kept byte for byte.
func wordByWord(s string) string {
	var words []string
	for _, w := range strings.FieldsFunc(s, isSpace) {
		if strings.IndexFunc(w, isInvisible) >= 0 {
			w = strings.Map(dropInvisible, w)
		}
		if w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// textCases hold every kind of white space and invisible rune text handles, at the
// start, the end and inside words, and invalid UTF-8.
var textCases = []string{
	"", " ", "word", "two words", " lead", "trail ", "  double  spaces  ", "tab\tand\nnewline",
	"no\u00a0break", "ideographic\u3000space", "zero\u200bwidth", "jo\u2060ined", "\ufeffbom first",
	"mid\u2060 word", "\u2060", "a \u2060 b", "a\u2060\u2060 b", "Tiếng Việt có dấu", "中文 文本",
	"bad \xff byte", "\xff", "end\xe2", "a  \u2060b  c", "x \r\n y", "a\fb",
}

func TestTextWriterWords(t *testing.T) {
	for _, s := range textCases {
		w := &textWriter{}
		w.text(s)
		if got, want := w.sb.String(), wordByWord(s); got != want {
			t.Errorf("text(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzTextWriter checks that the writer, which copies runs of plain words whole, writes
// what writing word by word would.
func FuzzTextWriter(f *testing.F) {
	for _, s := range textCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := &textWriter{}
		w.text(s)
		if got, want := w.sb.String(), wordByWord(s); got != want {
			t.Fatalf("text(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestWriteUpTo(t *testing.T) {
	for _, c := range []struct {
		had, s string
		limit  int
		want   string
	}{
		{"", "abc", 8, "abc"},
		{"", "abcdef", 4, "abcd"},
		{"ab", "cdef", 4, "abcd"},
		{"abcd", "ef", 4, "abcd"},
		{"", "aé", 2, "a"}, // é is two bytes: it does not fit whole
		{"", "aé", 3, "aé"},
	} {
		var sb strings.Builder
		sb.WriteString(c.had)
		writeUpTo(&sb, c.s, c.limit)
		if sb.String() != c.want {
			t.Errorf("writeUpTo(%q, %q, %d) = %q, want %q", c.had, c.s, c.limit, sb.String(), c.want)
		}
	}
}

func TestHasUnits(t *testing.T) {
	long := strings.Repeat("ab 中文 ", 3000)
	for _, s := range []string{"", " ", "abc", "中文", long, long[:len(long)-1]} {
		units := countUnits(s)
		for _, n := range []int32{0, 1, units - 1, units, units + 1} {
			if got := hasUnits(s, n); got != (units >= n) {
				t.Errorf("hasUnits(%.20q, %d) = %v; it measures %d units", s, n, got, units)
			}
		}
	}
}

func TestIsASCII(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"", true}, {"abc", true}, {"abcdefgh", true}, {"abcdefghi", true},
		{"é", false}, {"abcdefgé", false}, {"abcdefghé", false}, {"\x7f\x00", true}, {"\x80", false},
	} {
		if got := isASCII(c.s); got != c.want {
			t.Errorf("isASCII(%q) = %v", c.s, got)
		}
		if got := isASCII([]byte(c.s)); got != c.want {
			t.Errorf("isASCII([]byte(%q)) = %v", c.s, got)
		}
	}
}

// FuzzCollapsed checks collapsed against what it stands for.
func FuzzCollapsed(f *testing.F) {
	for _, s := range textCases {
		f.Add(s)
	}
	f.Add("a\u0085b")
	f.Add("a\vb")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapsed(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Fatalf("collapsed(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestBlockTextBounded: the text of a block holding one huge text node is taken up to
// maxNodeText bytes, cut at a rune boundary, like that of a block of many nodes.
func TestBlockTextBounded(t *testing.T) {
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: strings.Repeat("ă", maxNodeText)})
	got := blockText(p)
	if len(got) > maxNodeText || !utf8.ValidString(got) || len(got) < maxNodeText-1 {
		t.Fatalf("blockText of a %d-byte text gave %d bytes (valid UTF-8: %v), want %d at most",
			2*maxNodeText, len(got), utf8.ValidString(got), maxNodeText)
	}
}

// TestTidyPre checks the blank lines of a <pre>: none at its ends, at most one in a row
// inside, and the indentation of its lines kept. The fuzzer found a <pre> opening with a
// newline and a space, which made a run of blank lines in the text.
func TestTidyPre(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\n \"p", ` "p`},
		{"func f() {\n\treturn\n}\n\n", "func f() {\n\treturn\n}"},
		{"a\n\n\n  \nb", "a\n\nb"},
		{"a\nb", "a\nb"},
		{"  x", "  x"},
		{"\n  \n\t\n", ""},
	} {
		assert.Equal(t, c.want, tidyPre(c.in), "%q", c.in)
	}
}

// TestLeadTables holds spaceLeads and runLeads to the runes they stand for: a rune other
// than ASCII that appendFields splits at, or plainRun stops at, opens with a marked byte.
func TestLeadTables(t *testing.T) {
	stops := map[rune]bool{}
	for _, r := range runStops {
		stops[r] = true
	}
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		if isWideSpace(r) && !spaceLeads[b[0]] {
			t.Errorf("spaceLeads misses %U", r)
		}
		if (isSpace(r) || isInvisible(r)) != stops[r] {
			t.Errorf("runStops and isSpace/isInvisible differ at %U", r)
		}
		if stops[r] && !runLeads[b[0]] {
			t.Errorf("runLeads misses %U", r)
		}
	}
}

// TestLeadSkipsKeepWords checks that the words of texts in other scripts, with white
// space and invisible runes among them and broken UTF-8, are split as strings.Fields
// splits them, and that plainRun still stops at an invisible rune.
func TestLeadSkipsKeepWords(t *testing.T) {
	for _, s := range []string{
		"Привет\u00a0мир  день", "中文\u3000字 符", "a\xe4 b\xe2\x80 c\xc2", "Ελλάδα\u2009και\u205fό",
		"\xd0\u00a0x", "naïve\u2003café", "",
	} {
		got := string(appendFields(nil, s))
		if want := strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{
		"Привет мир\ufeffдень", "Привет\u00a0мир", "中文\u3000字", "a\xe2 b", "слово\u2060", "a  b", "мир ",
	} {
		if got, want := plainRun(s), plainRunDecoding(s); got != want {
			t.Errorf("plainRun(%q) = %d, want %d", s, got, want)
		}
	}
}

// plainRunDecoding is plainRun decoding every rune other than ASCII.
func plainRunDecoding(s string) int {
	words := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			if i == 0 || s[i-1] == ' ' {
				return words
			}
			words = i
			if r != ' ' {
				return words
			}
		case isInvisible(r):
			return words
		}
		i += size
	}
	if len(s) > 0 && s[len(s)-1] != ' ' {
		return len(s)
	}
	return words
}
