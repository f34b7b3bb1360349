package winnow

// Recognising the charset of a page that does not declare it, or declares it wrongly,
// from its bytes: CJK multi-byte encodings by their structure and script, Cyrillic
// single-byte ones by their words and letter case. See decode for when it applies.

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

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
