package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The inline runs of the formats' model (see format.go): text collapsed as it is
// gathered, emphasis opened and closed in order, links and images with checked URLs,
// heading permalinks left out, and code spans with their spacing kept.

// inlineOf returns the inline content of node i, block children flattened into it.
func (b *builder) inlineOf(i int32) []inline {
	b.flushText()
	saved, savedSpace := b.inl, b.space
	b.inl, b.space = nil, false
	b.inlineChildren(i)
	inl := b.takeInline()
	b.inl, b.space = saved, savedSpace
	return inl
}

func (b *builder) inlineChildren(i int32) {
	b.children(i, b.inline, b.skippedInline)
}

// inline adds node i to the inline content being gathered.
func (b *builder) inline(i int32) {
	n := &b.t.nodes[i]
	if n.text {
		b.space = b.space || b.chipGap(i) // a gap after a label (see labelAfter)
		b.text(n.n.Data)
		return
	}
	if n.block {
		b.space = true // a block flattened into a line is a word boundary
		if b.inCell > 0 {
			b.cellBreak()
		}
		defer func() { b.space = true }()
	}
	if !b.space && b.chipGap(i) {
		b.space = true // a gap between a card's facts (see chipGap)
	}
	switch n.tag {
	case atom.Br:
		b.put(inline{kind: ikBreak})
		b.space = false
		return
	case atom.Img:
		b.image(n.n)
		return
	case atom.Noscript:
		b.noscriptImage(n.n)
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		if b.inCode == 0 && b.inLink == 0 {
			b.codeSpan(i)
			return
		}
	case atom.A:
		if b.inHead > 0 && isPermalink(n.n) {
			return
		}
		if u := b.linkURL(n.n); u != "" && b.inLink == 0 && !b.o.NoLinks {
			b.inLink++
			b.put(inline{kind: ikLink, s: u, alt: collapse(attr(n.n, "title"))})
			b.inlineChildren(i)
			b.put(inline{kind: ikLinkEnd})
			b.inLink--
			return
		}
	case atom.Em, atom.I, atom.Cite, atom.Var, atom.Dfn:
		b.wrap(i, 0, ikEm, ikEmEnd)
		return
	case atom.Strong, atom.B:
		b.wrap(i, 1, ikStrong, ikStrongEnd)
		return
	case atom.Del, atom.S, atom.Strike:
		b.wrap(i, 2, ikDel, ikDelEnd)
		return
	case atom.Sup, atom.Sub:
		if n.tag == atom.Sup {
			b.put(inline{kind: ikSup})
			b.inlineChildren(i)
			b.put(inline{kind: ikSupEnd})
		} else {
			b.put(inline{kind: ikSub})
			b.inlineChildren(i)
			b.put(inline{kind: ikSubEnd})
		}
		return
	}
	b.inlineChildren(i)
}

// permalinkSlack is how much longer than its fragment a permalink's text may be and still
// be a mark or the fragment itself, with spacing: a longer text is a link of its own.
const permalinkSlack = 16

// cellBreak starts a new line in a table cell at a block that follows the cell's text:
// a cell can hold no blocks, and its list items, paragraphs or lines of a spec ("1 x
// HDMI", "1 x DVI") run together into one sentence without a break between them.
func (b *builder) cellBreak() {
	b.flushText()
	if k := len(b.inl) - 1; k >= 0 && len(trimInline(b.inl)) > 0 && b.inl[k].kind != ikBreak {
		b.put(inline{kind: ikBreak})
		b.space = false
	}
}

// isPermalink reports whether link a, inside a heading, is the heading's permalink: it
// points into the page and its text is a mark ("¶", "#", "§", "🔗", or none) or the
// fragment itself ("#section2"), which documentation generators and blogs add after
// every heading. Such a link is no part of the heading's text.
func isPermalink(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	if !strings.HasPrefix(href, "#") {
		return false
	}
	var text strings.Builder
	for c := range a.Descendants() {
		if c.Type == html.TextNode {
			text.WriteString(c.Data)
			if text.Len() > len(href)+permalinkSlack {
				return false
			}
		}
	}
	s := strings.TrimSpace(text.String())
	return s == href || s == href[1:] || !strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	})
}

// wrap adds the content of node i inside an emphasis of one kind, unless one of the same
// kind is already open (nested <b><strong> would only double the markers).
func (b *builder) wrap(i int32, k int, open, end inlineKind) {
	if b.emph[k] > 0 {
		b.inlineChildren(i)
		return
	}
	b.emph[k]++
	b.put(inline{kind: open})
	b.inlineChildren(i)
	b.put(inline{kind: end})
	b.emph[k]--
}

// put adds a piece of markup. A pending space goes before an opening mark and after a
// closing one, so that marks never hold white space at their edges.
func (b *builder) put(p inline) {
	b.flushText()
	switch p.kind {
	case ikEm, ikStrong, ikDel, ikSup, ikSub, ikLink, ikCode, ikImage:
		b.flushSpace()
	}
	b.inl = append(b.inl, p)
}

// flushSpace writes a pending space. One that follows opening marks goes before them:
// "a<em> b</em>" is written "a *b*".
func (b *builder) flushSpace() {
	if !b.space {
		return
	}
	b.space = false
	if b.tb.Len() > 0 {
		b.tb.WriteByte(' ')
		return
	}
	k := len(b.inl)
	for k > 0 && isOpener(b.inl[k-1].kind) {
		k--
	}
	if k == 0 || b.inl[k-1].kind == ikBreak || b.inl[k-1].kind == ikText && strings.HasSuffix(b.inl[k-1].s, " ") {
		return
	}
	b.inl = append(b.inl, inline{})
	copy(b.inl[k+1:], b.inl[k:])
	b.inl[k] = inline{kind: ikText, s: " "}
}

// text adds a text node's words, white space collapsed as the text renderer does.
func (b *builder) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if isSpace(r) {
			b.space = true
			s = s[size:]
			continue
		}
		end := size
		for end < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if isSpace(r2) {
				break
			}
			end += sz
		}
		word := cleanControls(s[:end])
		if strings.ContainsFunc(word, isInvisible) {
			word = strings.Map(dropInvisible, word) // as the text renderer does
		}
		if word != "" {
			b.flushSpace()
			b.appendText(word)
		}
		s = s[end:]
	}
}

// appendText adds text, joined to the text before it.
func (b *builder) appendText(s string) {
	if b.tb.Len() == 0 {
		if k := len(b.inl) - 1; k >= 0 && b.inl[k].kind == ikText {
			b.tb.WriteString(b.inl[k].s) // a space put before an opening mark
			b.inl = b.inl[:k]
		}
	}
	b.tb.WriteString(s)
}

// flushText adds the text gathered in tb to the inline content.
func (b *builder) flushText() {
	if b.tb.Len() > 0 {
		b.inl = append(b.inl, inline{kind: ikText, s: b.tb.String()})
		b.tb.Reset()
	}
}

// cleanControls removes the C0 control characters that HTML and Markdown cannot carry
// (NUL among them); tabs and line breaks never reach it.
func cleanControls(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			return strings.Map(func(r rune) rune {
				if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}

// trimInline drops markup pairs with nothing between them, joins a closing mark and
// the opening of the same kind right after it, moves breaks and spaces out past closing
// marks ("<em>a<br></em>" is "*a*" and a break), and trims breaks and spaces at the ends.
func trimInline(inl []inline) []inline {
	out := inl[:0:0]
	var fill []inline
	for _, p := range inl {
		if isCloser(p.kind) {
			fill = fill[:0]
			for len(out) > 0 && isFiller(out[len(out)-1]) {
				fill = append(fill, out[len(out)-1])
				out = out[:len(out)-1]
			}
			if k := len(out) - 1; k >= 0 && out[k].kind+1 == p.kind && isOpener(out[k].kind) {
				out = out[:k] // "<em></em>"
			} else {
				out = append(out, p)
			}
			for i := len(fill) - 1; i >= 0; i-- {
				out = append(out, fill[i])
			}
			continue
		}
		if k := len(out) - 1; k >= 0 && isOpener(p.kind) && p.kind != ikLink && out[k].kind == p.kind+1 {
			out = out[:k] // "</em><em>"
			continue
		}
		out = append(out, p)
	}
	for len(out) > 0 && isFiller(out[0]) {
		out = out[1:]
	}
	for len(out) > 0 && isFiller(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	if len(out) > 0 && out[0].kind == ikText {
		out[0].s = strings.TrimLeft(out[0].s, " ")
	}
	if k := len(out) - 1; k >= 0 && out[k].kind == ikText {
		out[k].s = strings.TrimRight(out[k].s, " ")
	}
	return out
}

// isFiller reports a line break or a piece of text that is only white space.
func isFiller(p inline) bool {
	return p.kind == ikBreak || p.kind == ikText && strings.TrimSpace(p.s) == ""
}

func isCloser(k inlineKind) bool {
	switch k {
	case ikEmEnd, ikStrongEnd, ikDelEnd, ikSupEnd, ikSubEnd, ikLinkEnd:
		return true
	}
	return false
}

func isOpener(k inlineKind) bool {
	switch k {
	case ikEm, ikStrong, ikDel, ikSup, ikSub, ikLink:
		return true
	}
	return false
}

// codeSpan adds the text of node i as inline code.
func (b *builder) codeSpan(i int32) {
	var sb strings.Builder
	b.t.walk(i, func(j int32) bool {
		if n := &b.t.nodes[j]; n.text && n.drop == keep {
			sb.WriteString(n.n.Data)
		}
		return true
	})
	s := strings.Map(dropInvisible, cleanControls(collapse(sb.String())))
	if s == "" {
		return
	}
	if r, _ := utf8.DecodeRuneInString(sb.String()); isSpace(r) {
		b.space = true
	}
	b.flushText()
	if k := len(b.inl) - 1; k >= 0 && b.inl[k].kind == ikCode && !b.space {
		b.inl[k].s += s // <code>a</code><code>b</code>: one span, as the text reads "ab"
	} else {
		b.put(inline{kind: ikCode, s: s})
	}
	if r, _ := utf8.DecodeLastRuneInString(sb.String()); isSpace(r) {
		b.space = true
	}
}
