package winnow

import (
	"bytes"
	"context"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The fast builder's tokens: the scanner of the measuring pass (shapescan.go) finds where
// each token ends, as html.Tokenizer does; the functions below give the token the data
// html.Tokenizer would (lower-cased names, attributes kept once by name, entities
// decoded, carriage returns folded), as substrings of the page where nothing changes.

// run feeds the page's tokens to the tree builder, then the end of the page. It reports
// false when ctx is cancelled.
func (p *fastParser) run(ctx context.Context) bool {
	src, n := p.src, len(p.src)
	raw := atom.Atom(0) // the element whose raw text comes next, if any
	check := 0
	for i := 0; i < n; {
		p.at = i
		if i >= check {
			if ctx.Err() != nil {
				return false
			}
			check = i + readChunk
		}
		if raw != 0 {
			j := rawTextEnd(src, i, raw)
			escaped := raw == atom.Title || raw == atom.Textarea
			raw = 0
			if j > i {
				p.text(i, j, escaped)
				i = j
				continue
			}
		}
		t := markupStart(src, i)
		if t > i {
			p.text(i, t, true)
		}
		if t == n {
			break
		}
		switch c := src[t+1]; {
		case isASCIILetter(c):
			end, selfClosing, ok := scanTag(src, t, true)
			if !ok {
				i = n // a tag cut by the end of the page: the tokenizer stops
				break
			}
			a := p.startTag(t, end, selfClosing)
			p.mRaw(a)
			if rawTextElem(a) && !p.notRaw {
				raw = a
			}
			i = end
		case c == '/':
			switch {
			case t+2 == n:
				p.text(t, n, true) // "</" ends the page: the tokenizer reads it as text
				i = n
			case src[t+2] == '>':
				p.comment("") // "</>": the tokenizer gives an empty comment
				i = t + 3
			case isASCIILetter(src[t+2]):
				end, _, ok := scanTag(src, t+1, false)
				if !ok {
					i = n
					break
				}
				p.endTag(t, end)
				i = end
			default:
				i = p.bogusComment(t + 2)
			}
		case c == '!':
			i = p.declaration(t)
		default: // '?': a bogus comment, its data from the '?'
			i = p.bogusComment(t + 1)
		}
	}
	p.tt, p.ta, p.name, p.attr = html.ErrorToken, 0, "", nil
	p.process()
	return true
}

// convertNewlines folds "\r\n" and "\r" into "\n", as the tokenizer does in texts and
// attribute values.
func convertNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// text passes the text src[i:j] to the builder; escaped says whether its character
// references are decoded (not in scripts and styles).
func (p *fastParser) text(i, j int, escaped bool) {
	d := convertNewlines(p.s[i:j])
	if escaped && strings.IndexByte(d, '&') >= 0 {
		d = html.UnescapeString(d)
	}
	p.mText()
	p.tt, p.ta, p.name, p.attr = html.TextToken, 0, d, nil
	p.process()
}

// comment passes a comment whose raw data is d to the builder.
func (p *fastParser) comment(d string) {
	d = convertNewlines(d)
	if strings.IndexByte(d, '&') >= 0 {
		d = html.UnescapeString(d)
	}
	p.mNode()
	p.tt, p.ta, p.name, p.attr = html.CommentToken, 0, d, nil
	p.process()
}

// bogusComment passes the bogus comment ("<?xml …>", "</3>") whose data starts at i and
// ends at the next '>', and returns where the token ends.
func (p *fastParser) bogusComment(i int) int {
	gt := bytes.IndexByte(p.src[i:], '>')
	if gt < 0 {
		p.abandon("bogus comment at the end")
	}
	p.comment(p.s[i : i+gt])
	return i + gt + 1
}

// declaration reads the token at src[t:] that opens with "<!": a comment, a doctype, or a
// bogus comment; it returns where the token ends.
func (p *fastParser) declaration(t int) int {
	src, n := p.src, len(p.src)
	if n-(t+2) < 2 {
		p.abandon("declaration at the end")
	}
	if src[t+2] == '-' && src[t+3] == '-' {
		body := t + 4
		for from := body; ; {
			j := bytes.IndexByte(src[from:], '>')
			if j < 0 {
				p.abandon("comment at the end")
			}
			gt := from + j
			b := src[body:gt]
			switch {
			case bytes.HasSuffix(b, []byte("--!")):
				p.comment(p.s[body : gt-3])
			case bytes.HasSuffix(b, []byte("--")):
				p.comment(p.s[body : gt-2])
			case closesComment(b): // "<!-->", "<!--->"
				p.comment("")
			default:
				from = gt + 1
				continue
			}
			return gt + 1
		}
	}
	if n-(t+2) >= len("doctype") && equalLower(src[t+2:t+2+len("doctype")], []byte("doctype")) {
		i := t + 2 + len("doctype")
		for i < n && tagBytes[src[i]] == tagSpace {
			i++
		}
		gt := bytes.IndexByte(src[i:], '>')
		if gt < 0 {
			p.abandon("doctype at the end")
		}
		p.mNode()
		p.tt, p.ta, p.attr = html.DoctypeToken, 0, nil
		p.name = p.s[i : i+gt]
		p.tokStart, p.tokEnd = t, i+gt+1
		p.process()
		return i + gt + 1
	}
	if top := p.top(); top.Type == html.ElementNode && top.Namespace != "" && bytes.HasPrefix(src[t+2:], []byte("[CDATA[")) {
		p.abandon("CDATA")
	}
	return p.bogusComment(t + 2)
}

// tagName returns the atom and the lower-cased name of the tag whose name starts at i.
func (p *fastParser) tagName(i int) (atom.Atom, string, int) {
	src := p.src
	j := i
	upper := false
	for j < len(src) && !isTagNameEnd(src[j]) {
		upper = upper || 'A' <= src[j] && src[j] <= 'Z'
		j++
	}
	if !upper {
		name := src[i:j]
		if a := atom.Lookup(name); a != 0 {
			return a, a.String(), j
		}
		return 0, p.s[i:j], j
	}
	p.key = p.key[:0]
	for _, c := range src[i:j] {
		p.key = append(p.key, lower(c))
	}
	if a := atom.Lookup(p.key); a != 0 {
		return a, a.String(), j
	}
	return 0, string(p.key), j
}

// endTag passes the end tag src[t:end] to the builder.
func (p *fastParser) endTag(t, end int) {
	p.ta, p.name, _ = p.tagName(t + 2)
	p.mEnd(p.ta, p.name)
	p.tt, p.attr, p.selfClosing = html.EndTagToken, nil, false
	p.process()
}

// fastMaxAttrs bounds the attributes of a tag read by the fast path (the names are
// compared with each other to drop repeats); a tag with more is read by html.Tokenizer.
const fastMaxAttrs = 32

// startTag passes the start tag src[t:end] to the builder, and returns its atom.
func (p *fastParser) startTag(t, end int, selfClosing bool) atom.Atom {
	p.ta, p.name, _ = p.tagName(t + 1)
	a := p.ta
	p.mStart(t, end, a, p.name, selfClosing)
	p.tt, p.selfClosing, p.notRaw = html.StartTagToken, selfClosing, false
	p.attr = p.tagAttrs(t, end)
	p.process()
	return a
}

// tagAttrs returns the attributes of the start tag src[t:end] as the tokenizer gives them.
func (p *fastParser) tagAttrs(t, end int) []html.Attribute {
	src := p.src
	r := tagReader{src: src[:end], i: t + 1}
	r.name()
	first := len(p.attrs)
	for {
		a, more, _ := r.attr()
		if !more {
			break
		}
		if a.keyStart == a.keyEnd {
			continue
		}
		kept := p.attrs[first:]
		repeated := false
		for _, k := range kept {
			if len(k.Key) == a.keyEnd-a.keyStart && equalLowerString(src[a.keyStart:a.keyEnd], k.Key) {
				repeated = true
				break
			}
		}
		if repeated {
			continue
		}
		if len(kept) == fastMaxAttrs {
			p.attrs = p.attrs[:first]
			return p.slowAttrs(t, end)
		}
		val, ok := p.attrValue(a.valStart, a.valEnd)
		if !ok {
			p.attrs = p.attrs[:first]
			return p.slowAttrs(t, end)
		}
		p.attrs = append(p.attrs, html.Attribute{Key: p.attrKey(a.keyStart, a.keyEnd), Val: val})
	}
	if len(p.attrs) == first {
		return nil
	}
	out := p.attrs[first:len(p.attrs):len(p.attrs)]
	if cap(p.attrs)-len(p.attrs) < fastMaxAttrs {
		p.attrs = make([]html.Attribute, 0, max(256, 2*fastMaxAttrs))
	}
	return out
}

// equalLowerString reports whether b in ASCII lower case equals s (lower case already).
func equalLowerString(b []byte, s string) bool {
	for i := range b {
		if lower(b[i]) != s[i] {
			return false
		}
	}
	return true
}

// attrKey returns the lower-cased name src[i:j]: the page's own bytes when they are in
// lower case already, else a copy, interned when the name is an atom.
func (p *fastParser) attrKey(i, j int) string {
	src := p.src
	k := i
	for k < j && !('A' <= src[k] && src[k] <= 'Z') {
		k++
	}
	if k == j {
		return p.s[i:j]
	}
	p.key = p.key[:0]
	for _, c := range src[i:j] {
		p.key = append(p.key, lower(c))
	}
	if a := atom.Lookup(p.key); a != 0 {
		return a.String()
	}
	return string(p.key)
}

// attrValue returns the value src[i:j] as the tokenizer decodes it, or false when it
// holds a character reference that the tokenizer reads differently in an attribute than
// html.UnescapeString does in a text (see safeAttrRefs).
func (p *fastParser) attrValue(i, j int) (string, bool) {
	v := p.s[i:j]
	amp := strings.IndexByte(v, '&')
	if amp < 0 {
		return convertNewlines(v), true
	}
	for k := amp; k >= 0; {
		if !safeAttrRef(v[k+1:]) {
			return "", false
		}
		next := strings.IndexByte(v[k+1:], '&')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return html.UnescapeString(convertNewlines(v)), true
}

// safeAttrRefs are the named character references the fast path decodes in attribute
// values: in a value, a name is read differently from a text when it lacks its ';' or
// is unknown, and these are by far the most common. Each is in HTML's table with its ';'.
var safeAttrRefs = []string{"amp;", "quot;", "lt;", "gt;", "apos;", "nbsp;", "#"}

// safeAttrRef reports whether the text after an '&' in an attribute value decodes the
// same in an attribute as in a text: a numeric reference, a name from safeAttrRefs, or
// no name at all.
func safeAttrRef(s string) bool {
	if s == "" || !isASCIIAlnum(s[0]) && s[0] != '#' {
		return true
	}
	for _, r := range safeAttrRefs {
		if strings.HasPrefix(s, r) {
			return true
		}
	}
	return false
}

func isASCIIAlnum(c byte) bool {
	return isASCIILetter(c) || '0' <= c && c <= '9'
}

// slowAttrs reads the attributes of the start tag src[t:end] with html.Tokenizer, for a
// tag the fast path does not read.
func (p *fastParser) slowAttrs(t, end int) []html.Attribute {
	z := html.NewTokenizer(bytes.NewReader(p.src[t:end]))
	z.Next()
	return z.Token().Attr
}
