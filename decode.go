package winnow

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// prescanLimit is how far into the page decode looks for a <meta charset>. The HTML
// standard's prescan stops at 1,024 bytes, but many real pages declare their charset after
// a long run of other <meta> and <script> tags; 64 KiB covers nearly every <head>.
const prescanLimit = 64 << 10

// sniffLimit is how many leading bytes are examined to tell HTML from binary data.
const sniffLimit = 2048

// binaryMagic lists the leading bytes of formats that are served as text/html by mistake
// often enough to matter for a crawler.
var binaryMagic = [][]byte{
	[]byte("%PDF-"),
	[]byte("\x89PNG"),
	[]byte("GIF87a"), []byte("GIF89a"),
	[]byte("\xff\xd8\xff"),     // JPEG
	[]byte("PK\x03\x04"),       // zip, docx, epub
	[]byte("\x1f\x8b"),         // gzip
	[]byte("RIFF"),             // webp, wav, avi
	[]byte("\x00\x00\x01\x00"), // ico
	[]byte("\x7fELF"),
	[]byte("BZh"),
	[]byte("7z\xbc\xaf"),
	[]byte("OggS"),
	[]byte("ID3"),
	[]byte("wOFF"), []byte("wOF2"),
}

// decode turns the page's bytes into UTF-8. Order of trust: a byte-order mark; valid
// multi-byte UTF-8 (even when a single-byte charset is declared, a common server
// misconfiguration); the charset the caller was given; a <meta> declaration in the
// head; windows-1252, the web's de facto default for undeclared legacy pages.
func decode(b []byte, declared string) ([]byte, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrNoContent
	}
	if enc, n := bomEncoding(b); enc != nil {
		return transform(enc, b[n:])
	}
	if looksBinary(b) {
		return nil, ErrNotHTML
	}
	if utf8.Valid(b) {
		return b, nil
	}
	name := declared
	if _, n := charset.Lookup(name); n == "" {
		name = metaCharset(b)
	}
	enc, canon := charset.Lookup(name)
	if enc == nil || canon == "utf-8" {
		// Declared UTF-8 (or nothing) but invalid: legacy bytes are far more common
		// than broken UTF-8 on pages that declare nothing; on pages that declare UTF-8
		// the stray bytes are kept as U+FFFD by the parser.
		if canon == "utf-8" {
			return b, nil
		}
		enc, _ = charset.Lookup("windows-1252")
	}
	return transform(enc, b)
}

func transform(enc encoding.Encoding, b []byte) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("winnow: decode: %w", err)
	}
	return out, nil
}

// bomEncoding reports the encoding named by a byte-order mark and the mark's length.
func bomEncoding(b []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return unicode.UTF8, 3
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

// looksBinary reports whether the leading bytes belong to a known binary format, or hold
// NUL and other control bytes in a proportion no text page has.
func looksBinary(b []byte) bool {
	head := b[:min(len(b), sniffLimit)]
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	for _, m := range binaryMagic {
		if bytes.HasPrefix(trimmed, m) {
			return true
		}
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			ctl++
		}
	}
	// A text page may carry a stray control byte or two; binary data has them on
	// every few bytes. One in ten is far beyond any real page.
	return ctl*10 > len(head)
}

// metaCharset finds a charset declared by <meta charset> or <meta http-equiv> in the
// first prescanLimit bytes of the page.
func metaCharset(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b[:min(len(b), prescanLimit)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			if cs := metaTagCharset(z); cs != "" {
				return cs
			}
		}
	}
}

func metaTagCharset(z *html.Tokenizer) string {
	var content string
	httpEquiv := false
	for {
		key, val, more := z.TagAttr()
		switch strings.ToLower(string(key)) {
		case "charset":
			return strings.TrimSpace(string(val))
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
		if !more {
			break
		}
	}
	if httpEquiv {
		if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
			cs := content[i+len("charset="):]
			return strings.Trim(strings.TrimSpace(strings.SplitN(cs, ";", 2)[0]), `"'`)
		}
	}
	return ""
}
