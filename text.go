package winnow

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// Line breaks pending between two pieces of text.
const (
	breakNone = iota
	breakLine
	breakPara
)

// textWriter renders kept blocks as plain text: inline whitespace collapsed to single
// spaces, a blank line between paragraphs, one line per list item, table row or <br>.
type textWriter struct {
	sb      textBuf
	pending int  // breakNone, breakLine or breakPara
	space   bool // a space is pending between two words
	prefix  string
	inPre   int
	pre     strings.Builder // the text of the open <pre>, written whole when it closes
	inList  int
}

// textBuf is the buffer a textWriter writes to. renderText takes it from spareTextBufs
// and copies the text out of it once, at its exact size: a buffer of its own per
// call grew by doubling from a guess at the size, copying at every step, and often
// kept slack or needed a copy after all.
type textBuf struct{ b []byte }

func (t *textBuf) Len() int           { return len(t.b) }
func (t *textBuf) write(s string)     { t.b = append(t.b, s...) }
func (t *textBuf) writeByte(c byte)   { t.b = append(t.b, c) }
func (t *textBuf) String() string     { return string(t.b) }
func (t *textBuf) lastRune() (r rune) { r, _ = utf8.DecodeLastRune(t.b); return r }

// spareTextBufs holds renderText's buffers (*[]byte) between calls.
var spareTextBufs sync.Pool

// maxSpareTextBuf bounds the buffer kept for the next call, so that one huge page's
// does not stay in memory.
const maxSpareTextBuf = 1 << 20

// renderText writes the text of the roots, skipping dropped blocks.
func (t *tree) renderText(roots []int32) string {
	w := &textWriter{}
	p, _ := spareTextBufs.Get().(*[]byte)
	if p == nil {
		p = new([]byte)
	}
	// A unit is about a byte of text (an ideograph is three of each), and one space
	// comes every few: a buffer grown once to that size saves the copies of doubling
	// it, which on a page of megabytes of text would be the larger part of its cost.
	units := 0
	for _, r := range roots {
		units += int(t.nodes[r].units)
	}
	if want := units + units/4; cap(*p) < want {
		*p = make([]byte, 0, want)
	}
	w.sb.b = (*p)[:0]
	for _, r := range roots {
		w.brk(breakPara)
		t.writeNode(w, r)
	}
	b := w.sb.b
	s := nfcString(b)
	if cap(b) <= maxSpareTextBuf {
		*p = b[:0]
		spareTextBufs.Put(p)
	}
	return s
}

// nfcString returns b as a string in Unicode normalisation form C. Text in ASCII, most
// of what English pages render, is NFC already and is checked three times faster than
// the normaliser's own check would.
func nfcString(b []byte) string {
	if isASCII(b) || isNFCBytes(b) {
		return string(b)
	}
	return string(norm.NFC.Bytes(b))
}

// isASCII reports whether s is all ASCII, reading eight bytes at a time.
func isASCII[T string | []byte](s T) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		if (b[0]|b[1]|b[2]|b[3]|b[4]|b[5]|b[6]|b[7])&0x80 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i]&0x80 != 0 {
			return false
		}
	}
	return true
}

func (t *tree) writeNode(w *textWriter, i int32) {
	b := &t.nodes[i]
	if b.drop != keep {
		return
	}
	if b.text {
		w.space = w.space || t.chipGap(i, w) // a gap after a label (see labelAfter)
		w.text(b.n.Data)
		return
	}
	switch b.tag {
	case atom.Br:
		w.brk(breakLine)
		return
	case atom.Hr:
		w.brk(breakPara)
		return
	case atom.Img:
		return
	}
	open, closeBrk := t.breaksFor(b, w)
	w.brk(open)
	w.space = w.space || t.chipGap(i, w) // a gap between a card's facts
	switch b.tag {
	case atom.Li:
		w.prefix = "- "
		w.inList++
	case atom.Pre:
		w.inPre++
	case atom.Td, atom.Th:
		if b.n.PrevSibling != nil && w.pending == breakNone {
			w.prefix = " | "
		}
	}
	for c := b.first; c != none; c = t.nodes[c].next {
		t.writeNode(w, c)
	}
	switch b.tag {
	case atom.Li:
		w.inList--
		w.prefix = ""
	case atom.Pre:
		w.inPre--
		if w.inPre == 0 {
			// A <pre> keeps its lines, newlines between text nodes included (code
			// highlighted line by line); see tidyPre for the blank ones.
			if code := tidyPre(w.pre.String()); code != "" {
				w.flush()
				w.sb.write(code)
			}
			w.pre.Reset()
		}
	}
	w.brk(closeBrk)
}

// breaksFor tells the breaks a block needs before and after it.
func (t *tree) breaksFor(b *blk, w *textWriter) (open, close int) {
	switch {
	case b.tag == atom.Li, b.tag == atom.Tr, b.tag == atom.Dt, b.tag == atom.Dd:
		return breakLine, breakLine
	case b.tag == atom.Td, b.tag == atom.Th:
		return breakNone, breakNone
	case b.block && w.inList > 0:
		return breakLine, breakLine
	case b.block:
		return breakPara, breakPara
	}
	return breakNone, breakNone
}

// brk asks for at least the given break before the next text.
func (w *textWriter) brk(level int) {
	if level > w.pending {
		w.pending = level
	}
	if level > breakNone {
		w.space = false
	}
}

// text appends a text node's content.
func (w *textWriter) text(s string) {
	if w.inPre > 0 {
		w.pre.WriteString(s)
		return
	}
	for len(s) > 0 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		if isSpace(r) {
			w.space = true
			s = s[size:]
			continue
		}
		if n := plainRun(s); n > 0 {
			// Most text is words between single spaces: written as it is, in one piece.
			w.flush()
			w.sb.write(s[:n])
			s = s[n:]
			continue
		}
		end := size
		invisible := isInvisible(r)
		for end < len(s) {
			if c := s[end]; c < utf8.RuneSelf {
				// ASCII, the common case, needs no decoding.
				if isSpace(rune(c)) {
					break
				}
				end++
				continue
			}
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if isSpace(r2) {
				break
			}
			invisible = invisible || isInvisible(r2)
			end += sz
		}
		word := s[:end]
		if invisible {
			word = strings.Map(dropInvisible, word)
		}
		if word != "" {
			w.flush()
			w.sb.write(word)
		}
		s = s[end:]
	}
}

// plainRun returns the length of the longest prefix of s that is words separated by
// single ASCII spaces, holding no other white space and no invisible rune, and that
// starts and ends with a word: text writes it unchanged, as it would word by word.
func plainRun(s string) int {
	words := 0 // the end of the last whole word
	for i := 0; i < len(s); {
		c := s[i]
		if !runBreaks[c] {
			// No space or invisible rune starts with this byte, most of any text: it is
			// passed over without decoding, as appendFields does (see spaceLeads).
			i++
			continue
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
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

// flush writes pending breaks, a pending space, and a list or cell prefix.
func (w *textWriter) flush() {
	if w.sb.Len() > 0 {
		switch w.pending {
		case breakPara:
			w.sb.write("\n\n")
		case breakLine:
			w.sb.write("\n")
		default:
			if w.space && w.prefix == "" {
				w.sb.writeByte(' ')
			}
		}
	}
	if w.prefix != "" {
		w.sb.write(w.prefix)
		w.prefix = ""
	}
	w.pending, w.space = breakNone, false
}

// isSpace reports the white space that HTML collapses, and the no-break space, which
// pages use as a plain space far more often than as glue.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', 0xa0, 0x200b, 0x3000:
		return true
	}
	return false
}

// inlineText returns the collapsed text of block i, or "" when it is long. A block of one
// text node whose spaces are single, as most short blocks are, costs no copy.
func (t *tree) inlineText(i int32) string {
	var scratch [4 * maxHeadingText]byte
	buf := scratch[:0]
	first, pieces := "", 0
	raw := 0 // the length of the pieces trimmed and joined by single spaces
	t.walk(i, func(j int32) bool {
		if t.nodes[j].text {
			s := strings.TrimSpace(t.nodes[j].n.Data)
			switch pieces++; pieces {
			case 1:
				first = s
				return len(first) < 2*maxHeadingText
			case 2:
				buf, raw = appendFields(buf, first), len(first)
			}
			if raw > 0 {
				raw++
			}
			buf, raw = appendFields(buf, s), raw+len(s)
		}
		return pieces < 2 && len(first) < 2*maxHeadingText || raw < 2*maxHeadingText
	})
	if pieces < 2 {
		if collapsed(first) {
			return first
		}
		return string(appendFields(buf, first))
	}
	return string(buf)
}

// appendFields appends the words of s (as strings.Fields splits them) to dst, each after
// a single space unless it starts dst: strings.Join(strings.Fields(s), " ") piece by
// piece, without the slice of words. Words already between single ASCII spaces are
// copied as one run.
func appendFields(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && asciiSpace(c) {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(s[i:]); isSpaceRune(r) {
				i += size
				continue
			}
		}
		j := fieldsRun(s, i)
		if len(dst) > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, s[i:j]...)
		i = j
	}
	return dst
}

// fieldsRun returns the end of the run of words from s[i] on, a byte that no white
// space starts, to the first white space (as strings.Fields sees it) that is not a lone
// ASCII space before printable ASCII: appendFields copies the run whole, as it would
// have written its words one by one.
func fieldsRun(s string, i int) int {
	for j := i; j < len(s); {
		if c := s[j]; c < utf8.RuneSelf {
			// Printable ASCII, most of any text, is never white space.
			if c <= ' ' && asciiSpace(c) {
				if c == ' ' && j+1 < len(s) && wordByte(s[j+1]) {
					j += 2 // a lone space between two words
					continue
				}
				return j
			}
			j++
			continue
		}
		if !spaceLeads[s[j]] {
			// No white space starts with this byte: it is passed over without
			// decoding (see spaceLeads).
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if isSpaceRune(r) {
			return j
		}
		j += size
	}
	return len(s)
}

// wordByte reports printable ASCII other than the space: a byte that is no white space,
// for every helper here, and starts none.
func wordByte(c byte) bool { return ' ' < c && c < utf8.RuneSelf }

// spaceLeads marks the bytes that open the UTF-8 of a white space rune other than ASCII
// (see isWideSpace): U+0085 and U+00A0, U+1680, U+2000 to U+205F, U+3000. Any other
// byte of a word in another script is passed over one at a time: a byte after it that
// opens a rune of its own is read there all the same, since no such byte continues a
// rune, so the words are split where decoding every rune would split them.
var spaceLeads = func() (t [256]bool) {
	for r := rune(utf8.RuneSelf); r <= 0x3000; r++ {
		if isWideSpace(r) {
			var b [utf8.UTFMax]byte
			utf8.EncodeRune(b[:], r)
			t[b[0]] = true
		}
	}
	return t
}()

// runStops are the runes other than ASCII that plainRun stops at: those of isSpace and
// isInvisible (a test holds the two lists together).
var runStops = []rune{0xa0, 0x200b, 0x3000, 0xfeff, 0x2060}

// runLeads marks the bytes that open the UTF-8 of one of runStops.
var runLeads = func() (t [256]bool) {
	for _, r := range runStops {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]] = true
	}
	return t
}()

// runBreaks marks the bytes plainRun must look at: the ASCII white space of isSpace and
// runLeads. Every other byte is passed over with one look in this table.
var runBreaks = func() (t [256]bool) {
	t = runLeads
	for _, c := range " \t\n\r\f" {
		t[c] = true
	}
	return t
}()

// collapsed reports whether strings.Fields and a join by single spaces leave s as it is:
// no white space at either end or other than single ASCII spaces.
func collapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' && s[i-1] == ' ' || c != ' ' && asciiSpace(c) {
				return false
			}
			i++
			continue
		}
		if !spaceLeads[c] {
			// No white space starts with this byte: it is passed over without
			// decoding (see spaceLeads).
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// asciiSpace reports the ASCII white space of unicode.IsSpace.
func asciiSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// hasUnits reports whether s measures at least n units (see textUnits), reading it in
// pieces so as to stop once it knows: small ones first, since the question is most
// often whether s holds any text at all.
func hasUnits(s string, n int32) bool {
	piece := 64
	var units int32
	for len(s) > 0 {
		k := min(len(s), piece)
		piece = min(2*piece, 4<<10)
		for k < len(s) && !utf8.RuneStart(s[k]) {
			k++
		}
		u, _ := textUnits(s[:k])
		if units += u; units >= n {
			return true
		}
		s = s[k:]
	}
	return units >= n
}

// writeUpTo appends s to sb, cut at a rune boundary so that sb holds at most limit bytes.
func writeUpTo(sb *strings.Builder, s string, limit int) {
	n := limit - sb.Len()
	if n <= 0 {
		return
	}
	if n < len(s) {
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	sb.WriteString(s)
}

// isInvisible reports the format characters that pages put inside words and that are no
// part of the text: the byte-order mark and the word joiner. Soft hyphens stay: they are
// the page's own hyphenation points, and the evaluation sets' truths keep them (a caller
// who indexes words may drop U+00AD). The zero-width joiner and non-joiner stay too:
// Persian and Indic scripts need them.
func isInvisible(r rune) bool {
	return r == 0xfeff || r == 0x2060
}

func dropInvisible(r rune) rune {
	if isInvisible(r) {
		return -1
	}
	return r
}

// tidyPre returns the text of a <pre> as the text output writes it: its lines as they
// are, but for blank ones (empty or white space only), which go at its start and end, and
// inside it stand as one empty line however many there were, so that the text never holds
// a run of blank lines. "" when it holds no text at all.
func tidyPre(code string) string {
	if strings.TrimSpace(code) == "" {
		return ""
	}
	if !strings.Contains(code, "\n") {
		return code
	}
	var b strings.Builder
	b.Grow(len(code))
	blank := false // a blank line is pending, written only before the next line of text
	for line := range strings.SplitSeq(code, "\n") {
		if strings.TrimSpace(line) == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}

// runeCount is utf8.RuneCountInString without a call to the runtime's decoder for each
// rune: ASCII is counted eight bytes at a time, and the runes of two and three bytes,
// most of the text in other scripts, are checked in place. Bytes that are not UTF-8
// count one each, as a range over s reads them.
func runeCount(s string) (n int) {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && load64(s, i)&bytesHigh == 0 {
			n += 8
			i += 8
			continue
		}
		c := s[i]
		n++
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2
		case c >= 0xe0 && c < 0xf0 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 &&
			(c != 0xe0 || s[i+1] >= 0xa0) && (c != 0xed || s[i+1] < 0xa0):
			// Neither an overlong form (below U+0800) nor a surrogate.
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}
