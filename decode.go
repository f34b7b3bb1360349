package winnow

import (
	"bytes"
	"fmt"
	"slices"
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
	if utf8.Valid(b) {
		if out, ok := decodeISO2022JP(b); ok {
			return toNFC(out), nil
		}
		return toNFC(b), nil
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
	if norm.NFC.IsNormal(b) {
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
	if len(head) < 8 {
		return nil
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
		if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
			cs := content[i+len("charset="):]
			return strings.Trim(strings.TrimSpace(strings.SplitN(cs, ";", 2)[0]), `"'`)
		}
	}
	return ""
}

// Tolerances for decoding errors (U+FFFD, private-use and C1 control characters), as a
// share of the non-ASCII characters decoded. A declared multi-byte charset is kept
// despite a few errors (pages carry a stray vendor character or a truncated one); a
// guessed one must decode nearly perfectly, because wrong CJK guesses fail on the
// structure of the bytes.
const (
	declaredTolerance = 0.02
	detectTolerance   = 0.002
)

// sampleLimit bounds the bytes decoded to test an encoding; the chosen one then decodes
// the whole page.
const sampleLimit = 256 << 10

// sampleOf returns the first sampleLimit bytes of b, cut after a byte that ends a
// character in every legacy encoding (a space, newline or tag delimiter), so that no
// multi-byte character is split.
func sampleOf(b []byte) []byte {
	if len(b) <= sampleLimit {
		return b
	}
	s := b[:sampleLimit]
	if i := bytes.LastIndexAny(s, " \n<>"); i > 0 {
		return s[:i+1]
	}
	return s
}

// textStats counts what tells a right decoding from a wrong one.
type textStats struct {
	nonASCII   int // characters above U+007F
	bad        int // U+FFFD, private-use and C1 control characters
	kana       int // hiragana and full-width katakana
	halfKana   int // half-width katakana, what other CJK encodings turn into in Shift_JIS
	hangul     int // Hangul syllables
	han        int // CJK ideographs
	wordBreaks int // non-ASCII characters followed by a space: Korean separates words, Chinese does not
	runs       int // runs of consecutive non-ASCII characters
}

func textStatsOf(b []byte) textStats {
	var st textStats
	prev := rune(0)
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			if b[i] == ' ' && prev >= utf8.RuneSelf {
				st.wordBreaks++
			}
			prev = rune(b[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		i += n
		if prev < utf8.RuneSelf {
			st.runs++
		}
		prev = r
		st.nonASCII++
		switch {
		case r == utf8.RuneError, r >= 0x80 && r <= 0x9f, r >= 0xe000 && r <= 0xf8ff:
			st.bad++
		case r >= 0x3041 && r <= 0x30ff:
			st.kana++
		case r >= 0xff61 && r <= 0xff9f:
			st.halfKana++
		case r >= 0xac00 && r <= 0xd7a3:
			st.hangul++
		case r >= 0x4e00 && r <= 0x9fff:
			st.han++
		}
	}
	return st
}

// clean reports whether the errors are within tolerance, a share of the non-ASCII text.
func (st textStats) clean(tolerance float64) bool {
	return float64(st.bad) <= tolerance*float64(st.nonASCII)
}

// minCJKRun is the least mean length of the runs of non-ASCII characters in CJK text,
// written without spaces (Korean with short words between spaces). Latin-1 text read as
// GBK, Big5 or Shift_JIS gives runs of one: each accented letter and the ASCII letter
// after it make one ideograph, between ASCII letters.
const minCJKRun = 2

// cjkRuns reports whether the non-ASCII characters come in runs long enough for CJK text.
func (st textStats) cjkRuns() bool { return st.nonASCII >= minCJKRun*st.runs }

// minDetectChars is the fewest non-ASCII characters detectCJK decides on: below that, a
// few stray legacy bytes can form a CJK character by accident.
const minDetectChars = 16

// cjkCandidate is an encoding detectCJK may recognise, with the test its decoding must
// pass beyond decoding cleanly: the script its language is written in must dominate.
type cjkCandidate struct {
	name      string
	plausible func(st textStats) bool
}

// Japanese prose is about a third kana; the other CJK encodings, read as Shift_JIS or
// EUC-JP, give ideographs and half-width katakana instead.
func japaneseText(st textStats) bool {
	return st.kana*10 >= st.nonASCII && st.halfKana*20 <= st.nonASCII && st.cjkRuns()
}

// Korean is mostly Hangul, with spaces between words; Chinese read as EUC-KR also gives
// Hangul, but without the spaces.
func koreanText(st textStats) bool {
	return st.hangul*2 >= st.nonASCII && st.wordBreaks*12 >= st.hangul && st.cjkRuns()
}

func chineseText(st textStats) bool { return st.han*2 >= st.nonASCII && st.cjkRuns() }

// cjkCandidates is the order detectCJK tries encodings in. It matters where one
// encoding's bytes also decode cleanly in another: Korean decodes in GBK, so EUC-KR
// comes first; GBK text decodes in Big5 but Big5's punctuation and commonest ideographs
// fall in GB18030's private-use area, so GB18030 comes before Big5.
var cjkCandidates = []cjkCandidate{
	{"shift_jis", japaneseText},
	{"euc-jp", japaneseText},
	{"euc-kr", koreanText},
	{"gb18030", chineseText},
	{"big5", chineseText},
}

// langCJK maps a page's language to the encodings tried first when the page declares
// its language: it settles the rare page whose bytes fit two encodings.
var langCJK = map[string][]string{
	"ja": {"shift_jis", "euc-jp"},
	"ko": {"euc-kr"},
	"zh": {"gb18030", "big5"},
}

// detectCJK recognises a page in Shift_JIS, EUC-JP, EUC-KR, GB18030 or Big5 that is
// not declared as such: each candidate decodes the sample, and the first to decode it
// cleanly into text of its script is chosen. It returns nil when none fits.
func detectCJK(sample []byte, lang string) encoding.Encoding {
	base, region, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	first := langCJK[base]
	if base == "zh" && (region == "tw" || region == "hk" || region == "mo" || region == "hant") {
		first = []string{"big5"}
	}
	order := make([]cjkCandidate, 0, len(cjkCandidates))
	for _, c := range cjkCandidates {
		if slices.Contains(first, c.name) {
			order = append(order, c)
		}
	}
	for _, c := range cjkCandidates {
		if !slices.Contains(first, c.name) {
			order = append(order, c)
		}
	}
	for _, c := range order {
		e, _ := htmlindex.Get(c.name)
		st := textStatsOf(decodeBytes(e, sample))
		if st.nonASCII < minDetectChars {
			return nil
		}
		if st.clean(detectTolerance) && c.plausible(st) {
			return e
		}
	}
	return nil
}

// langSingleByte maps a language to the legacy single-byte charset its undeclared pages
// were usually written in (the defaults browsers use for their locales). Languages not
// listed, English and Western European ones among them, take windows-1252.
var langSingleByte = map[string]string{
	"ru": "windows-1251", "uk": "windows-1251", "be": "windows-1251", "bg": "windows-1251",
	"sr": "windows-1251", "mk": "windows-1251",
	"pl": "windows-1250", "cs": "windows-1250", "sk": "windows-1250", "hu": "windows-1250",
	"sl": "windows-1250", "hr": "windows-1250", "ro": "windows-1250", "bs": "windows-1250",
	"el": "windows-1253", "tr": "windows-1254", "az": "windows-1254", "he": "windows-1255",
	"ar": "windows-1256", "fa": "windows-1256", "ur": "windows-1256",
	"lt": "windows-1257", "lv": "windows-1257", "et": "windows-1257",
	"vi": "windows-1258", "th": "windows-874",
}

func langEncoding(lang string) encoding.Encoding {
	base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	if name, ok := langSingleByte[base]; ok {
		e, _ := htmlindex.Get(name)
		return e
	}
	return nil
}

// Cyrillic detection. Russian, Ukrainian or Bulgarian text in windows-1251 or KOI8-R is
// written in words of non-ASCII letters only (in Latin-1 text, accented letters stand
// alone among ASCII ones), all in the upper half of the byte range; and it is mostly
// lower case, which windows-1251 puts in 0xE0–0xFF and KOI8-R in 0xC0–0xDF.
const (
	cyrillicAdjacent = 0.8 // share of non-ASCII bytes next to another one
	cyrillicLetters  = 0.9 // share of non-ASCII bytes in 0xC0–0xFF
	cyrillicCase     = 2   // lower-case letters per upper-case one, at least
)

// detectCyrillic recognises an undeclared page in windows-1251 or KOI8-R, or returns nil.
func detectCyrillic(sample []byte) *charmap.Charmap {
	var high, adjacent, upper, lower int // upper, lower: the 0xC0–0xDF and 0xE0–0xFF halves
	for i, c := range sample {
		if c < 0x80 {
			continue
		}
		high++
		if i > 0 && sample[i-1] >= 0x80 || i+1 < len(sample) && sample[i+1] >= 0x80 {
			adjacent++
		}
		switch {
		case c >= 0xe0:
			lower++
		case c >= 0xc0:
			upper++
		}
	}
	if high < minDetectChars || float64(adjacent) < cyrillicAdjacent*float64(high) ||
		float64(upper+lower) < cyrillicLetters*float64(high) {
		return nil
	}
	switch {
	case lower >= cyrillicCase*upper:
		return charmap.Windows1251
	case upper >= cyrillicCase*lower:
		return charmap.KOI8R
	}
	return nil
}
