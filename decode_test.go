package winnow

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	utf16 "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

func TestDecode(t *testing.T) {
	latin1, err := charmap.Windows1252.NewEncoder().String("<p>café – “quoted”</p>")
	require.NoError(t, err)
	sjis, err := japanese.ShiftJIS.NewEncoder().String("<p>日本語の記事です。</p>")
	require.NoError(t, err)
	utf16le, err := utf16.UTF16(utf16.LittleEndian, utf16.UseBOM).NewEncoder().String("<p>Xin chào Việt Nam</p>")
	require.NoError(t, err)
	lateMeta := "<html><head>" + strings.Repeat("<meta name=x content=y>", 100) +
		`<meta charset="shift_jis"></head><body>`
	cases := []struct {
		name     string
		in       string
		declared string
		want     string
	}{
		{"utf-8 undeclared", "<p>Tiếng Việt</p>", "", "Tiếng Việt"},
		{"utf-8 bom", "\xef\xbb\xbf<p>Tiếng Việt</p>", "", "Tiếng Việt"},
		{"utf-16le bom", utf16le, "", "Xin chào Việt Nam"},
		{"windows-1252 undeclared", latin1, "", "café – “quoted”"},
		{"windows-1252 declared by server", latin1, "iso-8859-1", "café – “quoted”"},
		{"utf-8 mislabelled as latin-1", "<meta charset=iso-8859-1><p>café ’</p>", "", "café ’"},
		{"utf-8 mislabelled by server", "<p>Tiếng Việt</p>", "windows-1252", "Tiếng Việt"},
		{"shift_jis by meta", `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">` + sjis, "", "日本語の記事です。"},
		{"shift_jis by late meta", lateMeta + sjis, "", "日本語の記事です。"},
		{"shift_jis by server", sjis, "Shift_JIS", "日本語の記事です。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := decode([]byte(c.in), c.declared)
			require.NoError(t, err)
			assert.Contains(t, string(out), c.want)
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	for name, in := range map[string]string{
		"pdf":  "%PDF-1.5\n...",
		"gzip": "\x1f\x8b\x08\x00\x00\x00",
		"jpeg": "\xff\xd8\xff\xe0\x00\x10JFIF",
		"ctl":  strings.Repeat("\x01\x02\x03\x04abc", 50),
	} {
		_, err := decode([]byte(in), "")
		assert.ErrorIs(t, err, ErrNotHTML, name)
	}
	_, err := decode([]byte("  \n "), "")
	assert.ErrorIs(t, err, ErrNoContent)
}

// TestCharsetPages extracts every page of testdata/charsets (written by
// testdata/charsets/gen.go), each encoded in a legacy charset and declared rightly,
// wrongly or not at all, and compares the title and text with what the page says.
func TestCharsetPages(t *testing.T) {
	pages, err := filepath.Glob("testdata/charsets/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			var want struct {
				Title, Text   string
				ServerCharset string `json:"server_charset"`
			}
			b, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".want.json")
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(b, &want))
			src, err := os.ReadFile(page)
			require.NoError(t, err)
			a, err := Extract(bytes.NewReader(src), &Options{Charset: want.ServerCharset})
			require.NoError(t, err)
			assert.Equal(t, want.Title, a.Title)
			assert.Equal(t, want.Text, a.Text)
		})
	}
}

// evalDir holds the evaluation sets, beside the repository (see ../shared/eval/README.md).
const evalDir = "../shared/eval"

// mojibake matches UTF-8 text decoded as windows-1252 or Latin-1: a lead byte's letter
// (Â, Ã, â, …) followed by a continuation byte's character ("Ã©" for "é", "â€™" for "’").
var mojibake = regexp.MustCompile(`[ÂÃÄÅâ][\x{80}-\x{BF}\x{152}\x{153}\x{160}\x{161}\x{178}\x{17D}\x{17E}\x{192}\x{2C6}\x{2DC}\x{2013}\x{2014}\x{2018}-\x{201E}\x{2020}-\x{2022}\x{2026}\x{2030}\x{2039}\x{203A}\x{20AC}\x{2122}]`)

var tagPattern = regexp.MustCompile(`(?s)<[^>]*>`)

// TestEvalCharsets decodes every page of the evaluation sets whose meta.json notes a
// legacy charset or a mislabelled one. Decoding may add no replacement character and no
// mojibake to what the bytes hold; every word of the truth written with non-ASCII letters
// must be in the decoded page; and the extracted title and text hold neither replacement
// characters nor mojibake where neither the truth nor the page's bytes have any. It is skipped when ../shared is absent.
func TestEvalCharsets(t *testing.T) {
	sets, err := os.ReadDir(evalDir)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("../shared/eval is not beside the repository")
	}
	require.NoError(t, err)
	checked := 0
	for _, set := range sets {
		if !set.IsDir() {
			continue
		}
		var meta map[string]struct{ Encoding string }
		var truth map[string]map[string]any
		if !readJSON(t, filepath.Join(evalDir, set.Name(), "meta.json"), &meta) ||
			!readJSON(t, filepath.Join(evalDir, set.Name(), "truth.json"), &truth) {
			continue
		}
		for id, m := range meta {
			if m.Encoding == "utf-8" {
				continue
			}
			checked++
			t.Run(set.Name()+"/"+id, func(t *testing.T) {
				raw, err := readGzip(filepath.Join(evalDir, set.Name(), "pages", id+".html.gz"))
				require.NoError(t, err)
				checkEvalDecoding(t, raw, truthStrings(truth[id]))
			})
		}
	}
	require.NotZero(t, checked, "no page with a legacy or mislabelled charset")
}

func checkEvalDecoding(t *testing.T, raw []byte, truth []string) {
	out, err := decode(raw, "")
	require.NoError(t, err)
	require.True(t, utf8.Valid(out))
	asUTF8 := strings.ToValidUTF8(string(raw), "")
	assert.LessOrEqual(t, strings.Count(string(out), "\ufffd"), strings.Count(asUTF8, "\ufffd"), "replacement characters")
	assert.LessOrEqual(t, len(mojibake.FindAllString(string(out), -1)), len(mojibake.FindAllString(asUTF8, -1)), "mojibake")
	// Truth words are looked for in the page with its tags (a word in an attribute) and
	// without them (a word split by a tag).
	page := squashSpace(norm.NFC.String(html.UnescapeString(string(out))))
	text := squashSpace(norm.NFC.String(html.UnescapeString(tagPattern.ReplaceAllString(string(out), ""))))
	truthFFFD, truthMojibake := false, false
	for _, s := range truth {
		truthFFFD = truthFFFD || strings.Contains(s, "\ufffd")
		truthMojibake = truthMojibake || mojibake.MatchString(s)
		for _, w := range nonASCIIWords(norm.NFC.String(s)) {
			if !strings.Contains(page, w) && !strings.Contains(text, w) {
				t.Errorf("%q, a word of the truth, is not in the decoded page", w)
			}
		}
	}
	if RaceEnabled {
		return // extracting every page takes minutes with the race detector
	}
	a, err := Extract(bytes.NewReader(raw), nil)
	if err != nil {
		return
	}
	// A replacement character or mojibake the page's own bytes hold may come through.
	for _, s := range []string{a.Title, a.Text} {
		if !truthFFFD && !strings.Contains(asUTF8, "\ufffd") {
			assert.NotContains(t, s, "\ufffd")
		}
		if !truthMojibake && !mojibake.MatchString(asUTF8) {
			assert.Empty(t, mojibake.FindAllString(s, 5))
		}
	}
}

func readJSON(t *testing.T, path string, v any) bool {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return false
	}
	require.NoError(t, err)
	// Some truth files write an unknown value as NaN, which JSON does not have.
	b = bytes.ReplaceAll(b, []byte(": NaN"), []byte(": null"))
	require.NoError(t, json.Unmarshal(b, v), path)
	return true
}

// truthStrings returns the texts of a truth record: strings and lists of strings, but
// not the "without" snippets, text that need not be in the page.
func truthStrings(rec map[string]any) []string {
	var out []string
	for k, v := range rec {
		if k == "without" {
			continue
		}
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, x := range v {
				if s, ok := x.(string); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// nonASCIIWords returns the words of s (runs of letters and marks) that hold a non-ASCII
// letter: the ones a wrong decoding changes.
func nonASCIIWords(s string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		for _, r := range w {
			if r >= utf8.RuneSelf {
				words = append(words, w)
				break
			}
		}
	}
	return words
}

func squashSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// TestMetaCharsetInvalidUTF8 checks a <meta http-equiv> content whose bytes before
// "charset=" are not UTF-8: the fuzzer found that finding "charset=" in the lower-cased
// content and cutting the original at that index panicked, lower-casing having made each
// invalid byte three.
func TestMetaCharsetInvalidUTF8(t *testing.T) {
	assert.Equal(t, 10, indexFold("text/h\xc7\xc7; Charset=koi8-r", "charset="))
	assert.Equal(t, -1, indexFold("text/html", "charset="))
	page := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/h\xc7\xc7\xc7\xc7tml; charset=koi8-r\">" +
		"</head><body><p>\xf0\xd2\xc9\xd7\xc5\xd4</p></body></html>"
	out, err := decode([]byte(page), "")
	require.NoError(t, err)
	assert.Contains(t, string(out), "<p>Привет</p>")
}

// TestControlBytes holds controlBytes, which reads eight bytes at a time, to a count
// made a byte at a time, over every byte value at every offset of a word.
func TestControlBytes(t *testing.T) {
	slow := func(b []byte) int {
		n := 0
		for _, c := range b {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
				n++
			}
		}
		return n
	}
	for c := 0; c < 256; c++ {
		for at := 0; at < 19; at++ {
			b := []byte(strings.Repeat("a\tb\nc\x1fd\x80\xff ", 3))[:19]
			b[at] = byte(c)
			for _, s := range [][]byte{b, b[1:], b[:at+1]} {
				if got, want := controlBytes(s), slow(s); got != want {
					t.Fatalf("controlBytes(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}
