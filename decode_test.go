package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	latin1, err := charmap.Windows1252.NewEncoder().String("<p>café – “quoted”</p>")
	require.NoError(t, err)
	sjis, err := japanese.ShiftJIS.NewEncoder().String("<p>日本語の記事です。</p>")
	require.NoError(t, err)
	utf16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("<p>Xin chào Việt Nam</p>")
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
