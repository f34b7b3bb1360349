package winnow

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
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

// mostlyUTF8 is how many valid multi-byte UTF-8 sequences a page must hold per invalid
// byte to be read as UTF-8 with some damage (a truncated character, a stray Latin-1 byte
// pasted into a UTF-8 template) rather than as a legacy encoding. Legacy text forms valid
// sequences only by accident: well under one per invalid byte, even in GBK or Shift_JIS.
const mostlyUTF8 = 4

// decode turns the page's bytes into UTF-8 in Unicode normalisation form C. Order of
// trust:
//
//  1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), or the NUL pattern of UTF-16
//     without one;
//  2. valid UTF-8, whatever the page or the server declares: a legacy encoding almost
//     never forms valid multi-byte UTF-8, while servers often mislabel UTF-8 pages; and
//     mostly valid UTF-8, whose stray bytes are read as windows-1252;
//  3. a multi-byte charset declared by the caller (Options.Charset) or by the page (a
//     <meta> or XML declaration in the first 64 KiB, not only the first 1,024 bytes),
//     when the bytes follow its structure;
//  4. a CJK encoding recognised from the bytes (see detectCJK), unless a single-byte
//     charset other than windows-1252 was deliberately declared;
//  5. a declared single-byte charset; the legacy charset usual for the page's <html lang>;
//     windows-1251 or KOI8-R recognised from the bytes (see detectCyrillic);
//  6. windows-1252, the web's de facto default, for the bytes that are not UTF-8.
func decode(b []byte, declared string) ([]byte, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrNoContent
	}
	if enc, n := bomEncoding(b); enc != nil {
		return transform(enc, b[n:])
	}
	if enc := utf16Sniff(b); enc != nil {
		return transform(enc, b)
	}
	if looksBinary(b) {
		return nil, ErrNotHTML
	}
	if valid, nfc := validNFC(b); valid {
		if out, ok := decodeISO2022JP(b); ok {
			return toNFC(out), nil
		}
		if nfc {
			return b, nil
		}
		return norm.NFC.Bytes(b), nil
	}
	return toNFC(decodeLegacy(b, declared)), nil
}

// decodeLegacy decodes a page that is not valid UTF-8 (steps 2 to 6 of decode).
func decodeLegacy(b []byte, declared string) []byte {
	multi, invalid := scanUTF8(b)
	hints := prescan(b)
	var declaredEncs []encoding.Encoding
	for _, e := range []encoding.Encoding{lookupEncoding(declared), lookupEncoding(hints.charset)} {
		if e != nil {
			declaredEncs = append(declaredEncs, e)
		}
	}
	single := firstSingleByte(declaredEncs)
	if multi >= mostlyUTF8*invalid {
		return decodeMixed(b, single, anyRune)
	}
	sample := sampleOf(b)
	for _, e := range declaredEncs {
		if !isSingleByte(e) && textStatsOf(decodeBytes(e, sample)).clean(declaredTolerance) {
			return decodeBytes(e, b)
		}
	}
	if single == nil || single == charmap.Windows1252 {
		if e := detectCJK(sample, hints.lang); e != nil {
			return decodeBytes(e, b)
		}
	}
	switch single {
	case nil:
	case charmap.Windows1252:
		// The UTF-8 fragments of such pages (a widget, a template) are read as UTF-8.
		return decodeMixed(b, single, westernRune)
	default:
		return decodeBytes(single, b)
	}
	if e := langEncoding(hints.lang); e != nil {
		return decodeBytes(e, b)
	}
	if cm := detectCyrillic(sample); cm != nil {
		return decodeBytes(cm, b)
	}
	return decodeMixed(b, charmap.Windows1252, westernRune)
}

// lookupEncoding returns the encoding a charset label names, or nil for an unknown label,
// for UTF-8 and UTF-16 (the bytes have shown they are neither), and for the "replacement"
// encoding the standard maps ISO-2022-KR and HZ to, which would turn the page into one
// replacement character.
func lookupEncoding(label string) encoding.Encoding {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil
	}
	switch name, _ := htmlindex.Name(e); name {
	case "utf-8", "utf-16le", "utf-16be", "replacement":
		return nil
	}
	return e
}

func isSingleByte(e encoding.Encoding) bool {
	_, ok := e.(*charmap.Charmap)
	return ok
}

func firstSingleByte(encs []encoding.Encoding) *charmap.Charmap {
	for _, e := range encs {
		if cm, ok := e.(*charmap.Charmap); ok {
			return cm
		}
	}
	return nil
}

// decodeBytes decodes b with e. The decoders of golang.org/x/text write U+FFFD for bytes
// they cannot map and do not fail, so neither does decodeBytes.
func decodeBytes(e encoding.Encoding, b []byte) []byte {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return decodeMixed(b, charmap.Windows1252, westernRune)
	}
	return out
}

func transform(enc encoding.Encoding, b []byte) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("winnow: decode: %w", err)
	}
	return toNFC(out), nil
}

// toNFC returns b in Unicode normalisation form C. Vietnamese arrives both precomposed
// and decomposed (and always decomposed from windows-1258); the heading cues, the
// metadata and the callers' own comparisons expect one form.
func toNFC(b []byte) []byte {
	if isASCII(b) || isNFCBytes(b) {
		return b
	}
	return norm.NFC.Bytes(b)
}

// scanUTF8 counts the valid multi-byte sequences of b and its bytes that belong to no
// valid sequence.
func scanUTF8(b []byte) (multi, invalid int) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
		} else {
			multi++
		}
		i += n
	}
	return multi, invalid
}

// decodeMixed reads b as UTF-8 wherever it is valid UTF-8 and decodes to a character
// that keep accepts, and every other byte with the single-byte charset cm (windows-1252
// when nil). It recovers both halves of a page whose template is UTF-8 and whose article
// came from a Latin-1 database.
func decodeMixed(b []byte, cm *charmap.Charmap, keep func(rune) bool) []byte {
	if cm == nil {
		cm = charmap.Windows1252
	}
	out := make([]byte, 0, len(b)+len(b)/16)
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] < utf8.RuneSelf {
			j++
		}
		out = append(out, b[i:j]...)
		if i = j; i == len(b) {
			break
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 || !keep(r) {
			out = utf8.AppendRune(out, cm.DecodeByte(b[i]))
			i++
			continue
		}
		out = append(out, b[i:i+n]...)
		i += n
	}
	return out
}

func anyRune(rune) bool { return true }

// westernRune reports whether r is a character that the UTF-8 parts of a mostly
// windows-1252 page hold: Latin-1 letters and signs, general punctuation, currency
// signs, letterlike symbols (™). Windows-1252 text forms other UTF-8 sequences by
// accident ("ß’" is the bytes of U+07D2, "×" and a no-break space those of U+05E0).
func westernRune(r rune) bool { return r <= 0xff || r >= 0x2000 && r <= 0x214f }

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

// utf16Sniff recognises UTF-16 without a byte-order mark by its NUL bytes: HTML markup
// is ASCII, which UTF-16 writes as the character's byte beside a NUL, always on the same
// side. Text and binary data do not show this pattern.
func utf16Sniff(b []byte) encoding.Encoding {
	head := b[:min(len(b), 512)&^1]
	if len(head) < 8 || bytes.IndexByte(head, 0) < 0 {
		return nil // without a NUL, neither half of the pairs has any
	}
	var even, odd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := len(head) / 2
	switch {
	case even*10 >= pairs*6 && odd*20 <= pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case odd*10 >= pairs*6 && even*20 <= pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	}
	return nil
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
	// A text page may carry a stray control byte or two; binary data has them on
	// every few bytes. One in ten is far beyond any real page.
	return controlBytes(head)*10 > len(head)
}

// Masks of controlBytes: the high bit and the low seven bits of every byte of a word.
const (
	wordHigh = 0x8080808080808080
	wordLow  = 0x7f7f7f7f7f7f7f7f
	wordOnes = 0x0101010101010101
)

// controlBytes counts the control bytes of b other than white space (tab, line feed,
// form feed, carriage return), eight bytes at a time.
func controlBytes(b []byte) int {
	n, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		// The high bit of each byte below 0x20: its low bits plus 0x60 stay below
		// 0x80, and its own high bit is clear.
		ctl := ^((x&wordLow + 0x60*wordOnes) | x) & wordHigh
		if ctl == 0 {
			continue
		}
		for _, c := range [...]uint64{'\t', '\n', '\f', '\r'} {
			t := x ^ c*wordOnes // zero in the bytes equal to c
			ctl &^= ^((t&wordLow + wordLow) | t) & wordHigh
		}
		n += bits.OnesCount64(ctl)
	}
	for _, c := range b[i:] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return n
}

// iso2022Escapes are the escape sequences that switch ISO-2022-JP to JIS X 0208. They
// appear in no other text, and the encoding is 7-bit, so its pages are valid UTF-8.
var iso2022Escapes = [][]byte{[]byte("\x1b$B"), []byte("\x1b$@")}

func decodeISO2022JP(b []byte) ([]byte, bool) {
	if bytes.IndexByte(b, 0x1b) < 0 {
		return nil, false
	}
	for _, esc := range iso2022Escapes {
		if bytes.Contains(b, esc) {
			out := decodeBytes(japanese.ISO2022JP, b)
			return out, textStatsOf(out).clean(declaredTolerance)
		}
	}
	return nil, false
}

// pageHints are what the prescan finds in the page's head: a declared charset and the
// language of <html lang>.
type pageHints struct {
	charset, lang string
}

// prescan reads the first prescanLimit bytes of the page for a charset declared by
// <meta charset>, <meta http-equiv=Content-Type> or an XML declaration, and for the
// <html lang> attribute. It stops at <body>.
func prescan(b []byte) pageHints {
	var h pageHints
	z := html.NewTokenizer(bytes.NewReader(b[:min(len(b), prescanLimit)]))
	xmlCharset := ""
	for {
		switch z.Next() {
		case html.ErrorToken:
			if h.charset == "" {
				h.charset = xmlCharset
			}
			return h
		case html.CommentToken:
			if d := z.Token().Data; xmlCharset == "" && strings.HasPrefix(d, "?xml") {
				xmlCharset = xmlEncoding(d)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				if h.charset == "" {
					h.charset = xmlCharset
				}
				return h
			case "html":
				if h.lang == "" && hasAttr {
					h.lang = attrValue(z, "lang")
				}
			case "meta":
				if h.charset == "" && hasAttr {
					h.charset = metaTagCharset(z)
				}
			}
		}
	}
}

func attrValue(z *html.Tokenizer, key string) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == key {
			return strings.TrimSpace(string(v))
		}
		if !more {
			return ""
		}
	}
}

// xmlEncoding reads encoding="..." from the data of an XML declaration.
func xmlEncoding(decl string) string {
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n=")
	if rest == "" || rest[0] != '"' && rest[0] != '\'' {
		return ""
	}
	if j := strings.IndexByte(rest[1:], rest[0]); j >= 0 {
		return rest[1 : 1+j]
	}
	return ""
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
		if i := indexFold(content, "charset="); i >= 0 {
			cs := content[i+len("charset="):]
			return strings.Trim(strings.TrimSpace(strings.SplitN(cs, ";", 2)[0]), `"'`)
		}
	}
	return ""
}

// indexFold is the byte index of the first match of sub, a lower-case ASCII string, in s
// compared in ASCII lower case, or -1. Unlike an index into strings.ToLower(s), it is an
// index into s itself: lower-casing turns each invalid UTF-8 byte into three bytes of
// U+FFFD, and a page's bytes may be anything.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if hasPrefixFold(s[i:], sub) {
			return i
		}
	}
	return -1
}
