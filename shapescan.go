package winnow

import (
	"bytes"
	"context"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The measuring pass reads the page with a tokenizer of its own rather than with
// html.Tokenizer, which copies and lower-cases every attribute's name and reads the page
// a byte at a time: the measuring pass would cost half a parse. The scanner below finds
// the same tokens as html.Tokenizer (with scripting off and no CDATA, as the measuring
// pass uses it), byte for byte, and tells the model only what it asks: where each token
// ends, and the name of each tag. Attributes are read only to find where a tag ends and
// whether it closes itself, and hashed only when the model compares two formatting
// elements (see attrsHash). A test holds the two tokenizers to the same shapes.

// scan runs the model over src, read by the scanner. It stops with the context's error
// once ctx is cancelled, looking at it every readChunk bytes.
func (s *shape) scan(ctx context.Context, src []byte) error {
	s.src = src
	n := len(src)
	raw := atom.Atom(0) // the element whose raw text comes next, if any
	check := 0
	for i := 0; i < n; {
		if i >= check {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("winnow: %w", err)
			}
			check = i + readChunk
		}
		if raw != 0 {
			j := rawTextEnd(src, i, raw)
			raw = 0
			if j > i {
				s.token(html.TextToken, i, j)
				s.text()
				i = j
				continue
			}
		}
		t := markupStart(src, i)
		if t > i {
			s.token(html.TextToken, i, t)
			s.text()
		}
		if t == n {
			break
		}
		switch c := src[t+1]; {
		case isASCIILetter(c):
			end, selfClosing, ok := scanTag(src, t, true)
			if !ok {
				return nil // a tag cut by the end of the page: the tokenizer stops
			}
			s.tagStart, s.tagEnd, s.notRaw = t, end, false
			s.token(startTagType(selfClosing), t, end)
			a, key := tagKey(src[t:end])
			s.start(a, key, selfClosing)
			if rawTextElem(a) && !s.notRaw {
				raw = a
			}
			i = end
		case c == '/':
			switch {
			case t+2 == n:
				s.token(html.TextToken, t, n)
				s.text() // "</" ends the page: the tokenizer reads it as text
				i = n
			case src[t+2] == '>':
				s.token(html.CommentToken, t, t+3)
				s.nodes++ // "</>": the tokenizer gives an empty comment
				i = t + 3
			case isASCIILetter(src[t+2]):
				end, _, ok := scanTag(src, t+1, false)
				if !ok {
					return nil
				}
				s.token(html.EndTagToken, t, end)
				s.end(tagKey(src[t:end]))
				i = end
			default:
				s.nodes++ // a bogus comment
				i = closeAngle(src, t+2)
				s.token(html.CommentToken, t, i)
			}
		case c == '!':
			s.nodes++ // a comment, a doctype or a bogus comment
			switch {
			case n-(t+2) < 2:
				i = n
			case src[t+2] == '-' && src[t+3] == '-':
				i = commentEnd(src, t+4)
			default:
				i = closeAngle(src, t+2)
			}
			s.token(html.CommentToken, t, i)
		default: // '?': a bogus comment
			s.nodes++
			i = closeAngle(src, t+2)
			s.token(html.CommentToken, t, i)
		}
	}
	return nil
}

func startTagType(selfClosing bool) html.TokenType {
	if selfClosing {
		return html.SelfClosingTagToken
	}
	return html.StartTagToken
}

// token tells onToken of the token at src[i:j]; the kind of a comment or doctype is not
// told apart.
func (s *shape) token(tt html.TokenType, i, j int) {
	if s.onToken != nil {
		s.onToken(tt, s.src[i:j])
	}
}

// markupStart returns the index of the first '<' at or after i that starts a tag, a
// comment or a doctype (followed by a letter, '/', '!' or '?'), or len(src).
func markupStart(src []byte, i int) int {
	for {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			return len(src)
		}
		i += j + 1
		if i == len(src) {
			return i
		}
		if c := src[i]; isASCIILetter(c) || c == '/' || c == '!' || c == '?' {
			return i - 1
		}
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// rawTextElem reports whether the tokenizer reads the text after a start tag named a as
// raw text (unless told otherwise).
func rawTextElem(a atom.Atom) bool {
	switch a {
	case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext, atom.Script,
		atom.Style, atom.Textarea, atom.Title, atom.Xmp:
		return true
	}
	return false
}

// closeAngle returns the index after the first '>' at or after i, or len(src).
func closeAngle(src []byte, i int) int {
	if j := bytes.IndexByte(src[i:], '>'); j >= 0 {
		return i + j + 1
	}
	return len(src)
}

// commentEnd returns the end of a comment whose "<!--" ends at i, as the tokenizer finds
// it: after the first '>' that closes it ("-->", "--!>", or a '>' after nothing but
// dashes: "<!-->", "<!--->"), or at the end of the page.
func commentEnd(src []byte, i int) int {
	for from := i; ; {
		j := bytes.IndexByte(src[from:], '>')
		if j < 0 {
			return len(src)
		}
		gt := from + j
		if body := src[i:gt]; closesComment(body) {
			return gt + 1
		}
		from = gt + 1
	}
}

// closesComment reports whether a '>' after body, the comment's text so far, closes it:
// when body ends with "--" or "--!", or holds nothing but dashes.
func closesComment(body []byte) bool {
	if bytes.HasSuffix(body, []byte("--")) || bytes.HasSuffix(body, []byte("--!")) {
		return true
	}
	for _, c := range body {
		if c != '-' {
			return false
		}
	}
	return true
}

// scanTag reads the tag whose '<' (or "</") ends just before src[t+1] as the tokenizer
// does, and returns the index after its '>'. For a start tag (start set) it reports
// whether the tag closes itself ("<br/>"; but the '/' of "<p a=/>" is the attribute's).
// ok is false when the page ends inside the tag: the tokenizer then stops.
func scanTag(src []byte, t int, start bool) (end int, selfClosing, ok bool) {
	// Without a quote before it, the first '>' ends the tag: only a quoted value can
	// hold one. Most end tags and many start tags are read so; a tag that may close
	// itself is read in full.
	if gt := bytes.IndexByte(src[t+1:], '>'); gt >= 0 {
		in := src[t+1 : t+1+gt]
		if bytes.IndexByte(in, '"') < 0 && bytes.IndexByte(in, '\'') < 0 && (!start || gt == 0 || in[gt-1] != '/') {
			return t + 1 + gt + 1, false, true
		}
	}
	r := tagReader{src: src, i: t + 1}
	if !r.name() {
		return 0, false, false
	}
	var last tagAttr
	for {
		a, more, ok := r.attr()
		if !ok {
			return 0, false, false
		}
		if !more {
			break
		}
		last = a
	}
	end = r.i
	if !start || src[end-2] != '/' {
		return end, false, true
	}
	// The '/' before '>' makes the tag self-closing unless it ends the value of the last
	// attribute the tokenizer keeps: a value without quotes ending at the '>', of an
	// attribute whose name no earlier attribute has.
	if last.valEnd != end-1 || last.quoted || last.keyStart == last.keyEnd {
		return end, true, true
	}
	return end, !firstOfName(src, t, last), true
}

// firstOfName reports whether attribute a of the tag at src[t:] is the first of its
// name, as the tokenizer compares names (in ASCII lower case).
func firstOfName(src []byte, t int, a tagAttr) bool {
	r := tagReader{src: src, i: t + 1}
	r.name()
	for {
		b, more, _ := r.attr()
		if !more || b.keyStart == a.keyStart {
			return true
		}
		if equalLower(src[b.keyStart:b.keyEnd], src[a.keyStart:a.keyEnd]) {
			return false
		}
	}
}

// equalLower reports whether a and b are equal in ASCII lower case.
func equalLower(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}

// tagReader reads a tag's name and attributes from the page as html.Tokenizer does.
type tagReader struct {
	src []byte
	i   int // the next byte to read
}

// tagAttr is one attribute of a tag, as spans of the page.
type tagAttr struct {
	keyStart, keyEnd, valStart, valEnd int
	quoted                             bool
	upper                              bool // the name holds an ASCII capital
}

// Classes of the bytes that end a tag's name, an attribute's name or its value, and of
// the ASCII capitals, which a name is lower-cased for.
const (
	tagSpace uint8 = 1 << iota // white space as the tokenizer reads it
	tagSlash
	tagClose // '>'
	tagEquals
	tagUpper // 'A' to 'Z'
)

var tagBytes = func() (t [256]uint8) {
	for _, c := range []byte(" \n\r\t\f") {
		t[c] = tagSpace
	}
	t['/'], t['>'], t['='] = tagSlash, tagClose, tagEquals
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = tagUpper
	}
	return t
}()

// name reads the tag's name (its first letter at r.i) and the white space after it; it
// reports false when the page ends first.
func (r *tagReader) name() bool {
	src := r.src
	r.i++
	for r.i < len(src) && tagBytes[src[r.i]]&(tagSpace|tagSlash|tagClose) == 0 {
		r.i++
	}
	if r.i == len(src) {
		return false
	}
	if tagBytes[src[r.i]] == tagSpace {
		r.i++
	}
	return r.space()
}

// space skips white space; it reports false when the page ends first.
func (r *tagReader) space() bool {
	for r.i < len(r.src) && tagBytes[r.src[r.i]] == tagSpace {
		r.i++
	}
	return r.i < len(r.src)
}

// attr reads the next attribute, and the white space after it. more is false at the
// tag's '>' (then read), ok false when the page ends first.
func (r *tagReader) attr() (a tagAttr, more, ok bool) {
	src, n := r.src, len(r.src)
	if r.i == n {
		return a, false, false
	}
	if src[r.i] == '>' {
		r.i++
		return a, false, true
	}
	// The name: up to white space, '/', '>' or a '=' that is not its first byte.
	a.keyStart = r.i
	if src[r.i] == '=' {
		r.i++
	}
	var classes uint8
	for r.i < n {
		c := tagBytes[src[r.i]]
		if c&^tagUpper != 0 {
			break
		}
		classes |= c
		r.i++
	}
	if r.i == n {
		return a, false, false
	}
	a.keyEnd, a.upper = r.i, classes != 0
	a.valStart, a.valEnd = r.i, r.i
	if !r.space() {
		return a, false, false
	}
	switch src[r.i] {
	case '/':
		r.i++
		return a, true, r.space()
	case '=':
		r.i++
	default:
		return a, true, true
	}
	if !r.space() {
		return a, false, false
	}
	switch q := src[r.i]; q {
	case '>':
	case '"', '\'':
		a.quoted = true
		a.valStart = r.i + 1
		j := bytes.IndexByte(src[a.valStart:], q)
		if j < 0 {
			return a, false, false
		}
		a.valEnd = a.valStart + j
		r.i = a.valEnd + 1
	default:
		a.valStart = r.i
		r.i++
		for r.i < n && tagBytes[src[r.i]]&(tagSpace|tagClose) == 0 {
			r.i++
		}
		if r.i == n {
			return a, false, false
		}
		a.valEnd = r.i
		if src[r.i] != '>' {
			r.i++ // the white space that ends the value
		}
	}
	return a, true, r.space()
}

// maxHashedAttrs bounds the attributes attrsHash compares with each other to find
// repeated names; a tag with more is hashed by html.Tokenizer.
const maxHashedAttrs = 16

// attrsHash hashes the attributes of a start tag as tokenAttrsHash hashes them from the
// tokenizer. Values holding an entity, a carriage return or a NUL, which the tokenizer
// rewrites, and names holding a NUL are left to the tokenizer itself.
func attrsHash(tag []byte) uint32 {
	var keys [maxHashedAttrs]tagAttr
	h, kept := uint32(fnvOffset), 0
	r := tagReader{src: tag, i: 1}
	r.name()
	for {
		a, more, _ := r.attr()
		if !more {
			break
		}
		key, val := tag[a.keyStart:a.keyEnd], tag[a.valStart:a.valEnd]
		if len(key) == 0 {
			continue
		}
		if kept == len(keys) || bytes.IndexByte(key, 0) >= 0 || bytes.IndexAny(val, "&\r\x00") >= 0 {
			return slowAttrsHash(tag)
		}
		repeated := false
		for _, k := range keys[:kept] {
			repeated = repeated || equalLower(tag[k.keyStart:k.keyEnd], key)
		}
		if repeated {
			continue
		}
		keys[kept] = a
		kept++
		for _, c := range key {
			h = (h ^ uint32(lower(c))) * 16777619
		}
		h = fnv32(h^'=', val) ^ ' '
	}
	if kept == 0 {
		h = fnv32(fnv32(h, nil)^'=', nil) ^ ' ' // as the tokenizer's loop hashes no attribute
	}
	return h
}

// slowAttrsHash hashes the attributes of a start tag with html.Tokenizer.
func slowAttrsHash(tag []byte) uint32 {
	z := html.NewTokenizer(bytes.NewReader(tag))
	z.Next()
	return tokenAttrsHash(z)
}
