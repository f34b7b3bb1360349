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
			end, a, ok := p.startTag(t)
			if !ok {
				i = n // a tag cut by the end of the page: the tokenizer stops
				break
			}
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
				// Most end tags close right after their name, where the name, read
				// once, ends them; the others are read in full.
				a, name, j := p.tagName(t + 2)
				end := j + 1
				if j == n || src[j] != '>' {
					var ok bool
					if end, _, ok = scanTag(src, t+1, false); !ok {
						i = n
						break
					}
				}
				p.endTag(a, name)
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

// newlines is convertNewlines(s) for a part of the page: s itself when the page holds no
// '\r' (see fastParser.cr), as nearly every page, without looking.
func (p *fastParser) newlines(s string) string {
	if !p.cr {
		return s
	}
	return convertNewlines(s)
}

// text passes the text src[i:j] to the builder; escaped says whether its character
// references are decoded (not in scripts and styles).
func (p *fastParser) text(i, j int, escaped bool) {
	d := p.newlines(p.s[i:j])
	if escaped && strings.IndexByte(d, '&') >= 0 {
		d = html.UnescapeString(d)
	}
	p.mText()
	p.tt, p.ta, p.name, p.attr = html.TextToken, 0, d, nil
	p.process()
}

// comment passes a comment whose raw data is d to the builder.
func (p *fastParser) comment(d string) {
	d = p.newlines(d)
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
	var classes uint8
	for j < len(src) {
		c := tagBytes[src[j]]
		if c&(tagSpace|tagSlash|tagClose) != 0 {
			break // as isTagNameEnd
		}
		classes |= c
		j++
	}
	if classes&tagUpper == 0 {
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

// endTag passes the end tag named name (its atom a) to the builder.
func (p *fastParser) endTag(a atom.Atom, name string) {
	p.ta, p.name = a, name
	p.mEnd(p.ta, p.name)
	p.tt, p.attr, p.selfClosing = html.EndTagToken, nil, false
	p.process()
}

// fastMaxAttrs bounds the attributes of a tag read by the fast path (the names are
// compared with each other to drop repeats); a tag with more is read by html.Tokenizer.
const fastMaxAttrs = 32

// startTag reads the start tag at src[t:] once, as scanTag and the tokenizer read it:
// its name, its attributes as the tokenizer gives them, where it ends and whether it
// closes itself. It passes the tag to the builder, and returns its end and atom; ok is
// false when the page ends inside the tag (the tokenizer then stops).
func (p *fastParser) startTag(t int) (end int, a atom.Atom, ok bool) {
	src := p.src
	a, name, j := p.tagName(t + 1)
	// After the name, as tagReader.name reads it: one white space, then any more.
	if j == len(src) {
		return 0, 0, false
	}
	r := tagReader{src: src, i: j}
	if tagBytes[src[j]] == tagSpace {
		r.i++
	}
	if !r.space() {
		return 0, 0, false
	}
	first := len(p.attrs)
	var last tagAttr   // the last attribute read
	lastFirst := false // last is the first of its name (read fast)
	slow := false      // the attributes are left to html.Tokenizer (see slowAttrs)
	for {
		at, more, ok := r.attr()
		if !ok {
			p.attrs = p.attrs[:first]
			return 0, 0, false
		}
		if !more {
			break
		}
		last = at
		if at.keyStart == at.keyEnd || slow {
			continue
		}
		kept := p.attrs[first:]
		repeated := false
		for _, k := range kept {
			if len(k.Key) == at.keyEnd-at.keyStart && equalLowerString(src[at.keyStart:at.keyEnd], k.Key) {
				repeated = true
				break
			}
		}
		if lastFirst = !repeated; repeated {
			continue
		}
		if len(kept) == fastMaxAttrs {
			slow = true
			continue
		}
		val, ok := p.attrValue(at.valStart, at.valEnd)
		if !ok {
			slow = true
			continue
		}
		p.attrs = append(p.attrs, html.Attribute{Key: p.attrKey(at), Val: val})
	}
	end = r.i
	// The '/' before '>' makes the tag self-closing unless it ends the value of the last
	// attribute the tokenizer keeps: a value without quotes ending at the '>', of an
	// attribute whose name no earlier attribute has.
	selfClosing := false
	if src[end-2] == '/' {
		selfClosing = last.valEnd != end-1 || last.quoted || last.keyStart == last.keyEnd
		if !selfClosing && slow {
			selfClosing = !firstOfName(src, t, last)
		} else if !selfClosing {
			selfClosing = !lastFirst
		}
	}
	var attrs []html.Attribute
	switch {
	case slow:
		p.attrs = p.attrs[:first]
		attrs = p.slowAttrs(t, end)
	case len(p.attrs) > first:
		attrs = p.attrs[first:len(p.attrs):len(p.attrs)]
		if cap(p.attrs)-len(p.attrs) < fastMaxAttrs {
			p.attrs = make([]html.Attribute, 0, max(256, 2*fastMaxAttrs))
		}
	}
	p.mStart(t, end, a, name, selfClosing)
	p.ta, p.name, p.attr = a, name, attrs
	p.tt, p.selfClosing, p.notRaw = html.StartTagToken, selfClosing, false
	p.process()
	return end, a, true
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

// attrKey returns the lower-cased name of a: the page's own bytes when they are in
// lower case already, else a copy, interned when the name is an atom.
func (p *fastParser) attrKey(a tagAttr) string {
	if !a.upper {
		return p.s[a.keyStart:a.keyEnd]
	}
	p.key = p.key[:0]
	for _, c := range p.src[a.keyStart:a.keyEnd] {
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
		return p.newlines(v), true
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
	return html.UnescapeString(p.newlines(v)), true
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
