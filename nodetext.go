package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxNodeText bounds the text gathered from one element for metadata.
const maxNodeText = 8 << 10

// nodeText returns the text under n, with no separators added between elements.
func nodeText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return c.Data // the common case, a lone text: no copy
	}
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && sb.Len() < maxNodeText; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom != atom.Script && c.DataAtom != atom.Style {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return sb.String()
}

// looksLikeLD reports whether a script's text is a JSON-LD object: it opens with '{' or
// '[' and names a schema.org context near its start.
func looksLikeLD(src string) bool {
	src = strings.TrimSpace(src)
	if src == "" || src[0] != '{' && src[0] != '[' {
		return false
	}
	return strings.Contains(src[:min(len(src), 400)], `"@context"`)
}

// blockText returns the text under n with a space wherever a block element or a <br>
// separates two pieces, collapsed: "<h1><span>Kicker</span><div>Title</div></h1>" gives
// "Kicker Title", and "<b>W</b>ord" stays "Word".
func blockText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		// The common case, a lone text: no copy, and no more of it than the walk below
		// would take (a page of one huge text must not be collapsed whole).
		s := c.Data
		if len(s) > maxNodeText {
			cut := maxNodeText
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			s = s[:cut]
		}
		return collapse(s)
	}
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && sb.Len() < maxNodeText; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				writeUpTo(&sb, c.Data, maxNodeText)
			case html.ElementNode:
				if skipTags[c.DataAtom] || isHidden(c) {
					continue
				}
				if c.DataAtom == atom.Br || blockTags[c.DataAtom] {
					sb.WriteByte(' ')
				}
				walk(c)
				if blockTags[c.DataAtom] {
					sb.WriteByte(' ')
				}
			}
		}
	}
	walk(n)
	return collapse(sb.String())
}

// shortBlockText is blockText for a text of at most limit bytes: it reports false, and
// stops reading, once the text is longer. Date lines are looked for in elements whose
// class says "meta" or "data", which are often whole boxes of text.
func (m *pageMeta) shortBlockText(n *html.Node, limit int) (string, bool) {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		s := blockText(n)
		return s, len(s) <= limit
	}
	w := collapser{out: m.scratch[:0], raw: 0, limit: limit}
	w.walk(n)
	m.scratch = w.out[:0]
	if w.torn {
		s := blockText(n)
		return s, len(s) <= limit
	}
	if w.over() {
		return "", false
	}
	return string(w.out), true
}

// collapser writes the text under a node as blockText writes it, and collapses it as it
// goes (see collapse), until it holds more than limit bytes.
type collapser struct {
	out   []byte
	raw   int  // the bytes blockText would have written before collapsing them
	space bool // a space is owed before the next byte
	limit int
	torn  bool // a text started inside a rune: bytes that are not UTF-8, left to blockText
}

func (w *collapser) over() bool { return len(w.out) > w.limit }

// walk follows blockText's walk.
func (w *collapser) walk(n *html.Node) {
	for c := n.FirstChild; c != nil && w.raw < maxNodeText && !w.over(); c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			s := c.Data
			if k := maxNodeText - w.raw; k < len(s) {
				for k > 0 && !utf8.RuneStart(s[k]) {
					k--
				}
				s = s[:k]
			}
			w.write(s)
		case html.ElementNode:
			if skipTags[c.DataAtom] || isHidden(c) {
				continue
			}
			if c.DataAtom == atom.Br || blockTags[c.DataAtom] {
				w.write(" ")
			}
			w.walk(c)
			if blockTags[c.DataAtom] {
				w.write(" ")
			}
		}
	}
}

// write adds s, collapsing white space as collapse does.
func (w *collapser) write(s string) {
	w.raw += len(s)
	if len(s) > 0 && !utf8.RuneStart(s[0]) {
		w.torn = true
	}
	for i := 0; i < len(s) && !w.over(); {
		if n := spaceLen(s, i); n > 0 {
			w.space = len(w.out) > 0
			i += n
			continue
		}
		if w.space {
			w.out = append(w.out, ' ')
			w.space = false
		}
		w.out = append(w.out, s[i])
		i++
	}
}

// collapse trims s and folds every run of white space (see isSpace) into one space. Text
// that is already so is returned as it is, without a copy: most of it is.
func collapse(s string) string { return collapseText(s) }

// collapseText is collapse for a string or a byte slice. It reads bytes, not runes: the
// white space runes are found by spaceLen, and every other byte is copied as it is, which
// is what splitting at the runes would leave.
func collapseText[T string | []byte](s T) string {
	if isCollapsed(s) {
		return string(s)
	}
	i := 0
	for i < len(s) {
		n := spaceLen(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	if i == len(s) {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) - i)
	space := false // a space is owed before the next byte
	for i < len(s) {
		if n := spaceLen(s, i); n > 0 {
			space = true
			i += n
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// appendCollapsed appends collapseText(s) to dst, so that a caller that reuses dst reads
// a collapsed line without a string of its own. Runs of other bytes and lone spaces
// between them are copied whole.
func appendCollapsed[T string | []byte](dst []byte, s T) []byte {
	space := false // a space is owed before the next run
	start := len(dst)
	for i := 0; i < len(s); {
		if n := spaceLen(s, i); n > 0 {
			space = true
			i += n
			continue
		}
		j := collapsedRun(s, i+1)
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, s[i:j]...)
		i = j
	}
	return dst
}

// collapsedRun returns the end of the run of bytes that goes on at s[j] after one that
// starts no white space: up to the first white space (see spaceLen) that is not a lone
// ASCII space before printable ASCII. appendCollapsed copies the run whole, as it would
// have written its pieces one by one.
func collapsedRun[T string | []byte](s T, j int) int {
	for ; j < len(s); j++ {
		c := s[j]
		if !spaceLead[c] {
			continue
		}
		if c == ' ' && j+1 < len(s) && wordByte(s[j+1]) {
			j++ // a lone space before a word: the loop passes the word's first byte
			continue
		}
		if spaceLen(s, j) > 0 {
			return j
		}
	}
	return len(s)
}

// spaceLead marks the bytes that may start a white space rune (see spaceLen).
var spaceLead = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, 0xc2: true, 0xe2: true, 0xe3: true}

// isCollapsed reports whether collapse would leave s as it is: no white space at either
// end, and none inside but lone ' '.
func isCollapsed[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if !spaceLead[s[i]] {
			continue // no white space starts here: spaceLen is not asked (it is not inlined)
		}
		if n := spaceLen(s, i); n > 0 && (s[i] != ' ' || i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// spaceLen returns the length in bytes of the white space rune (see isSpace) that starts
// at s[i], or 0. It compares bytes: the UTF-8 forms of U+00A0, U+200B and U+3000 are
// C2 A0, E2 80 8B and E3 80 80, and their lead bytes never continue another rune.
func spaceLen[T string | []byte](s T, i int) int {
	switch s[i] {
	case ' ', '\t', '\n', '\r', '\f':
		return 1
	case 0xc2:
		if i+1 < len(s) && s[i+1] == 0xa0 {
			return 2
		}
	case 0xe2:
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x8b {
			return 3
		}
	case 0xe3:
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			return 3
		}
	}
	return 0
}

// plainWords returns the words of block i's text, each text node's words after a
// space, in a buffer of t's that the next call reuses: plainText copies it once into a
// string of the right size, where a buffer of its own cost a copy at every doubling.
func (t *tree) plainWords(i int32) []byte {
	buf := t.words[:0]
	end := t.subtreeEnd(i)
	for j := i; j < end; j++ {
		if t.nodes[j].text {
			if len(buf) > 0 {
				buf = append(buf, ' ')
			}
			buf = appendFields(buf, t.nodes[j].n.Data)
		}
	}
	t.words = buf
	return buf
}

// lowerWords returns b, a buffer of plainWords, as a string in lower case, as
// strings.ToLower(string(b)) does: ASCII, most text, is lower-cased in the buffer and
// copied once.
func lowerWords(b []byte) string {
	if !isASCII(b) {
		return lowerCase(string(b))
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
