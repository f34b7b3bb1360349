package winnow

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// Markdown is written as GitHub-flavoured Markdown (CommonMark with pipe tables and
// strikethrough): ATX headings at their levels, "-" and "1." lists indented by their
// marker's width, fenced code, pipe tables, "*" and "**" emphasis, inline links and
// images. Text is escaped so that it reads back as the same text, never as markup.

// mdLevel is one level of nesting in the Markdown output: a quote or a list item.
type mdLevel struct {
	indent string // written at the start of each line of the level
	marker string // written once, on the level's first line, instead of indent
}

// mdWriter writes the model as Markdown.
type mdWriter struct {
	sb      strings.Builder
	levels  []mdLevel
	sep     bool // a block was written at this level: the next one needs a separator
	inTable bool // writing a table's cells: pipes in code spans are escaped too
	pieces  []mdPiece
}

// renderMarkdown writes a document model as Markdown.
func renderMarkdown(doc *block) string {
	w := &mdWriter{}
	w.blocks(doc.kids, false)
	return norm.NFC.String(strings.TrimRight(w.sb.String(), "\n"))
}

// line writes one line with the prefixes of the levels it is in.
func (w *mdWriter) line(s string) {
	var pre strings.Builder
	for i := range w.levels {
		l := &w.levels[i]
		if l.marker != "" {
			pre.WriteString(l.marker)
			l.marker = ""
		} else {
			pre.WriteString(l.indent)
		}
	}
	p := pre.String()
	if s == "" {
		p = strings.TrimRight(p, " ")
	}
	w.sb.WriteString(p)
	w.sb.WriteString(s)
	w.sb.WriteByte('\n')
}

// begin separates a block from the one before it: a blank line, or a line break only
// between the items of a tight list.
func (w *mdWriter) begin(tight bool) {
	if w.sep && !tight {
		w.line("")
	}
	w.sep = true
}

func (w *mdWriter) blocks(kids []*block, inItem bool) {
	alt := false
	for i, k := range kids {
		// A list right after the first paragraph of an item stays tight.
		tight := inItem && i == 1 && kids[0].kind == bkPara && k.kind == bkList && (!k.ordered || k.level == 1)
		if k.kind == bkList {
			// Two lists in a row would be read as one: the second takes the other marker.
			alt = !alt && i > 0 && kids[i-1].kind == bkList && kids[i-1].ordered == k.ordered
			w.begin(tight)
			w.list(k, alt)
			continue
		}
		alt = false
		w.block(k, tight)
	}
}

func (w *mdWriter) block(k *block, tight bool) {
	switch k.kind {
	case bkPara, bkCaption:
		w.begin(tight)
		w.lines(w.inline(k.inl, false))
	case bkTerm:
		w.begin(tight)
		inl := append(append([]inline{{kind: ikStrong}}, k.inl...), inline{kind: ikStrongEnd})
		w.lines(w.inline(inl, false))
	case bkHeading:
		w.begin(tight)
		s := strings.ReplaceAll(w.inline(k.inl, true), "\\\n", " ")
		if strings.HasSuffix(s, "#") {
			s = s[:len(s)-1] + "\\#"
		}
		w.line(strings.Repeat("#", min(max(k.level, 1), 6)) + " " + s)
	case bkHr:
		w.begin(tight)
		w.line("---")
	case bkCode:
		w.begin(tight)
		w.code(k)
	case bkTable:
		w.begin(tight)
		w.table(k.table)
	case bkQuote:
		w.begin(tight)
		w.push(mdLevel{indent: "> "})
		w.blocks(k.kids, false)
		w.pop()
	case bkFigure, bkDefList, bkDefined, bkDoc:
		w.blocks(k.kids, false)
	}
}

// push enters a level of nesting; past maxNestDepth levels it adds no indentation.
func (w *mdWriter) push(l mdLevel) {
	if len(w.levels) >= maxNestDepth {
		l.indent = ""
	}
	w.levels = append(w.levels, l)
	w.sep = false
}

func (w *mdWriter) pop() {
	w.levels = w.levels[:len(w.levels)-1]
	w.sep = true
}

func (w *mdWriter) lines(s string) {
	for l := range strings.SplitSeq(s, "\n") {
		w.line(l)
	}
}

// list writes a list with "-" or "1." markers, or with "*" or "1)" when alt.
func (w *mdWriter) list(k *block, alt bool) {
	bullet, delim := "- ", ". "
	if alt {
		bullet, delim = "* ", ") "
	}
	for i, item := range k.kids {
		marker := bullet
		if k.ordered {
			marker = strconv.Itoa(k.level+i) + delim
		}
		if i > 0 {
			w.begin(true)
		}
		w.push(mdLevel{indent: strings.Repeat(" ", len(marker)), marker: marker})
		w.blocks(item.kids, true)
		w.pop()
	}
}

// code writes a fenced code block, its fence longer than any run of backticks in it.
func (w *mdWriter) code(k *block) {
	fence := strings.Repeat("`", max(3, longestRun(k.text, '`')+1))
	w.line(fence + k.lang)
	for l := range strings.SplitSeq(k.text, "\n") {
		w.line(l)
	}
	w.line(fence)
}

func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// table writes a pipe table. The first row is the header (GFM requires one); a cell
// spanning columns or rows keeps its text in its first place and leaves the others
// empty, so every row has the same cells and no text is written twice.
func (w *mdWriter) table(t *tableModel) {
	if len(t.caption) > 0 {
		w.lines(w.inline(t.caption, false))
		w.line("")
	}
	cols := 0
	for _, r := range t.rows {
		n := 0
		for _, c := range r {
			n += c.colspan
		}
		cols = max(cols, n)
	}
	cols = min(cols, maxTableColumns)
	w.inTable = true
	defer func() { w.inTable = false }()
	pending := make([]int, cols) // rows still covered by a rowspan, per column
	for ri, r := range t.rows {
		cells := make([]string, 0, cols)
		ci := 0
		next := func() {
			for len(cells) < cols && pending[len(cells)] > 0 {
				pending[len(cells)]--
				cells = append(cells, "")
			}
		}
		for next(); ci < len(r) && len(cells) < cols; next() {
			c := r[ci]
			ci++
			start := len(cells)
			cells = append(cells, w.inline(c.inl, true))
			for s := 1; s < c.colspan && len(cells) < cols; s++ {
				cells = append(cells, "")
			}
			for k := start; k < len(cells); k++ {
				pending[k] = c.rowspan - 1
			}
		}
		for len(cells) < cols {
			cells = append(cells, "")
		}
		w.line("| " + strings.Join(cells, " | ") + " |")
		if ri == 0 {
			w.line("|" + strings.Repeat(" --- |", cols))
		}
	}
}

// mdPiece is a piece of a paragraph's Markdown: text, or one delimiter of an emphasis
// pair (pair > 0), which is kept only if CommonMark would read it as one.
type mdPiece struct {
	s    string
	pair int
	open bool
}

// inline writes inline content. oneLine (headings, table cells) writes line breaks as
// spaces, and no line of it can open a block.
func (w *mdWriter) inline(inl []inline, oneLine bool) string {
	w.pieces = w.pieces[:0]
	atStart := !oneLine
	pairs := 0
	var stack []int
	var links []inline // open links, for their URL at the end
	text := func(s string) {
		w.pieces = append(w.pieces, mdPiece{s: s})
		atStart = false
	}
	delim := func(s string, open bool) {
		if open {
			pairs++
			stack = append(stack, pairs)
			w.pieces = append(w.pieces, mdPiece{s: s, pair: pairs, open: true})
			return
		}
		if len(stack) == 0 {
			return
		}
		w.pieces = append(w.pieces, mdPiece{s: s, pair: stack[len(stack)-1]})
		stack = stack[:len(stack)-1]
	}
	for _, p := range inl {
		switch p.kind {
		case ikText:
			text(escapeMarkdown(p.s, atStart))
		case ikEm, ikEmEnd:
			delim("*", p.kind == ikEm)
		case ikStrong, ikStrongEnd:
			delim("**", p.kind == ikStrong)
		case ikDel, ikDelEnd:
			delim("~~", p.kind == ikDel)
		case ikLink:
			links = append(links, p)
			text("[")
		case ikLinkEnd:
			if len(links) > 0 {
				l := links[len(links)-1]
				links = links[:len(links)-1]
				text("](" + mdURL(l.s) + mdTitle(l.alt) + ")")
			}
		case ikCode:
			text(codeSpan(p.s, w.inTable))
		case ikImage:
			text("![" + escapeMarkdown(p.alt, false) + "](" + mdURL(p.s) + mdTitle(p.title) + ")")
		case ikBreak:
			if w.inTable {
				text("<br>") // GFM's line break in a table cell, which Markdown's cannot hold
			} else if oneLine {
				text(" ")
			} else {
				text("\\\n")
				atStart = true
			}
		}
	}
	return w.joinPieces()
}

// joinPieces joins the pieces, leaving out each emphasis pair whose delimiters would not
// open or close where they stand (CommonMark's flanking rules), such as "**" between a
// quotation mark and a letter.
func (w *mdWriter) joinPieces() string {
	ps := w.pieces
	bad := map[int]bool{}
	for i, p := range ps {
		if p.pair == 0 {
			continue
		}
		before, after := runeBefore(ps, i), runeAfter(ps, i)
		if p.open && !leftFlanking(before, after) || !p.open && !rightFlanking(before, after) {
			bad[p.pair] = true
		}
	}
	var sb strings.Builder
	for _, p := range ps {
		if p.pair == 0 || !bad[p.pair] {
			sb.WriteString(p.s)
		}
	}
	return sb.String()
}

// linkEnds: a link's closing "](…)" is one text piece, so its URL is never escaped.

func runeBefore(ps []mdPiece, i int) rune {
	for j := i - 1; j >= 0; j-- {
		if ps[j].s != "" {
			r, _ := utf8.DecodeLastRuneInString(ps[j].s)
			return r
		}
	}
	return ' '
}

func runeAfter(ps []mdPiece, i int) rune {
	for j := i + 1; j < len(ps); j++ {
		if ps[j].s != "" {
			r, _ := utf8.DecodeRuneInString(ps[j].s)
			return r
		}
	}
	return ' '
}

func leftFlanking(before, after rune) bool {
	return !unicode.IsSpace(after) && (!isMdPunct(after) || unicode.IsSpace(before) || isMdPunct(before))
}

func rightFlanking(before, after rune) bool {
	return !unicode.IsSpace(before) && (!isMdPunct(before) || unicode.IsSpace(after) || isMdPunct(after))
}

// isMdPunct is CommonMark's Unicode punctuation: the P and S categories.
func isMdPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// escapeMarkdown escapes text so that Markdown reads it back as the same text: the
// characters that open inline markup anywhere, and those that open a block at the start
// of a line (a heading's #, a quote's >, a list's marker, an ordered list's "1.").
func escapeMarkdown(s string, atStart bool) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	if atStart {
		s = escapeLineStart(s, &sb)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			if i+1 == len(s) || isASCIIPunct(s[i+1]) {
				sb.WriteByte('\\')
			}
		case '*', '`', '[', ']', '~', '|': // pipes too: a line of them could start a table
			sb.WriteByte('\\')
		case '_':
			if i == 0 || i+1 == len(s) || !isWordByte(s[i-1]) || !isWordByte(s[i+1]) {
				sb.WriteByte('\\')
			}
		case '<':
			if i+1 < len(s) && (isLetter(s[i+1]) || strings.IndexByte("/!?", s[i+1]) >= 0) {
				sb.WriteByte('\\')
			}
		case '&':
			if looksLikeEntity(s[i+1:]) {
				sb.WriteByte('\\')
			}
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// escapeLineStart escapes what would open a block at the start of a line, writes it,
// and returns the rest of s.
func escapeLineStart(s string, sb *strings.Builder) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>', '-', '+', '=':
		sb.WriteByte('\\')
		sb.WriteByte(s[0])
		return s[1:]
	}
	n := 0
	for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') && (n+1 == len(s) || s[n+1] == ' ') {
		sb.WriteString(s[:n])
		sb.WriteByte('\\')
		return s[n:]
	}
	return s
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isWordByte: letters, digits and any byte of a multi-byte rune (letters of other
// scripts), between which an underscore cannot open emphasis.
func isWordByte(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' || c >= 0x80 }

// looksLikeEntity reports whether s, after an "&", reads as an entity: "amp;", "#39;".
func looksLikeEntity(s string) bool {
	for i := 0; i < len(s) && i < 32; i++ {
		c := s[i]
		switch {
		case c == ';':
			return i > 0
		case isLetter(c) || c >= '0' && c <= '9' || c == '#' && i == 0:
		default:
			return false
		}
	}
	return false
}

// codeSpan writes inline code between backticks longer than any run inside it.
func codeSpan(s string, inTable bool) string {
	if inTable {
		s = strings.ReplaceAll(s, "|", "\\|")
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || strings.HasPrefix(s, " ") && strings.HasSuffix(s, " ") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// mdURL writes a link destination: the characters that would end it or be read as
// escapes are percent-encoded.
func mdURL(u string) string {
	if !strings.ContainsAny(u, " ()<>\\|") {
		return u
	}
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "\\", "%5C", "|", "%7C")
	return r.Replace(u)
}

func mdTitle(t string) string {
	if t == "" {
		return ""
	}
	return ` "` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(t) + `"`
}

// langPrefixes are the class prefixes that name a code block's language, as written by
// Markdown renderers and highlighters: language-go (CommonMark, Prism, highlight.js),
// lang-py (Prettify), highlight-source-js (GitHub), brush: (SyntaxHighlighter).
var langPrefixes = []string{"language-", "lang-", "highlight-source-", "brush:", "highlight-"}

// code adds a <pre> block: its text with white space kept, and its language.
func (b *builder) code(parent *block, i int32) {
	var sb strings.Builder
	b.t.walk(i, func(j int32) bool {
		n := &b.t.nodes[j]
		if n.drop != keep {
			return true
		}
		if n.text {
			sb.WriteString(n.n.Data)
		} else if n.tag == atom.Br || j != i && isCodeLine(n.n) && lineOpen(sb.String()) {
			sb.WriteByte('\n')
		}
		return true
	})
	text := strings.TrimRight(cleanControls(strings.ReplaceAll(sb.String(), "\r\n", "\n")), " \t\n")
	text = strings.TrimLeft(text, "\n")
	if isGutterOnly(text) {
		return // a highlighter's column of line numbers beside the code's own <pre>
	}
	text, _ = stripGutter(text)
	add(parent, &block{kind: bkCode, text: text, lang: b.codeLang(i)})
}

// codeLang finds a code block's language in the class or data-lang of the <pre>, of
// the <code> in it, or of the elements around it.
func (b *builder) codeLang(i int32) string {
	nodes, bare := langCandidates(b.t.nodes[i].n)
	for k, c := range nodes {
		if l := classLang(attr(c, "class"), bare[k]); l != "" {
			return l
		}
		if l := safeLang(attr(c, "data-lang")); l != "" {
			return l
		}
	}
	return ""
}

// safeLang keeps a language name that can follow a code fence and sit in a class:
// letters, digits and + # - . _ only, at most 32 bytes.
func safeLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || len(s) > 32 || noLang[s] {
		return ""
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || strings.ContainsRune("+#-._", r)) {
			return ""
		}
	}
	return s
}
