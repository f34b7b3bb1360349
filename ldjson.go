package winnow

import (
	"strconv"
	"unicode/utf8"
)

// JSON-LD scripts are read for every page, and encoding/json reads one twice (a check,
// then the decoding) through reflection. parseLDJSON reads the plain JSON that almost
// every script is in one pass into the same values encoding/json gives an interface:
// map[string]any, []any, string, float64, bool and nil. Whatever it is unsure of (a
// surrogate escape, broken UTF-8, a control byte, a number out of range, deep nesting,
// any syntax error) makes it give up, and the caller asks encoding/json, so that the
// values and the errors stay exactly encoding/json's.

// maxLDNesting bounds the nesting parseLDJSON follows; deeper input goes to encoding/json.
const maxLDNesting = 200

// ldParser is the state of parseLDJSON: the text and the position in it.
type ldParser struct {
	s string
	i int
}

// parseLDJSON returns the value of the JSON text s, and false when it gives up.
func parseLDJSON(s string) (any, bool) {
	p := ldParser{s: s}
	v, ok := p.value(0)
	if !ok {
		return nil, false
	}
	p.space()
	return v, p.i == len(p.s)
}

func (p *ldParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *ldParser) value(depth int) (any, bool) {
	p.space()
	if p.i >= len(p.s) || depth > maxLDNesting {
		return nil, false
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.str()
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	}
	for _, lit := range [...]struct {
		text string
		v    any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if len(p.s)-p.i >= len(lit.text) && p.s[p.i:p.i+len(lit.text)] == lit.text {
			p.i += len(lit.text)
			return lit.v, true
		}
	}
	return nil, false
}

func (p *ldParser) object(depth int) (any, bool) {
	p.i++ // '{'
	m := make(map[string]any)
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return m, true
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, false
		}
		k, ok := p.str()
		if !ok {
			return nil, false
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, false
		}
		p.i++
		v, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		m[k.(string)] = v
		end, ok := p.after('}')
		if !ok {
			return nil, false
		}
		if end {
			return m, true
		}
	}
}

func (p *ldParser) array(depth int) (any, bool) {
	p.i++ // '['
	a := []any{}
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return a, true
	}
	for {
		v, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		a = append(a, v)
		end, ok := p.after(']')
		if !ok {
			return nil, false
		}
		if end {
			return a, true
		}
	}
}

// after reads what follows a member of an object or an element of an array: a comma,
// and more to come, or the closing bracket, which ends it (end). Anything else, or the
// end of the text, is malformed (!ok).
func (p *ldParser) after(closing byte) (end, ok bool) {
	p.space()
	if p.i >= len(p.s) {
		return false, false
	}
	switch p.s[p.i] {
	case ',':
		p.i++
		return false, true
	case closing:
		p.i++
		return true, true
	}
	return false, false
}

// str reads a string. One without escapes is a slice of the text; escapes other than a
// \u surrogate are decoded; broken UTF-8 or a control byte gives up.
func (p *ldParser) str() (any, bool) {
	p.i++ // '"'
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			s := p.s[start:p.i]
			p.i++
			if !utf8.ValidString(s) {
				return nil, false
			}
			return s, true
		case c == '\\':
			return p.escaped(start)
		case c < ' ':
			return nil, false
		}
		p.i++
	}
	return nil, false
}

// escaped finishes a string that began at start and holds an escape at p.i.
func (p *ldParser) escaped(start int) (any, bool) {
	if !utf8.ValidString(p.s[start:p.i]) {
		return nil, false
	}
	b := []byte(p.s[start:p.i])
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return string(b), true
		case c < ' ':
			return nil, false
		case c != '\\':
			j := p.i
			for j < len(p.s) && p.s[j] != '"' && p.s[j] != '\\' && p.s[j] >= ' ' {
				j++
			}
			if !utf8.ValidString(p.s[p.i:j]) {
				return nil, false
			}
			b = append(b, p.s[p.i:j]...)
			p.i = j
			continue
		}
		if p.i+1 >= len(p.s) {
			return nil, false
		}
		switch e := p.s[p.i+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			if p.i+6 > len(p.s) {
				return nil, false
			}
			r, err := strconv.ParseUint(p.s[p.i+2:p.i+6], 16, 16)
			if err != nil || p.s[p.i+2] == '+' || 0xd800 <= r && r < 0xe000 {
				return nil, false
			}
			b = utf8.AppendRune(b, rune(r))
			p.i += 6
			continue
		default:
			return nil, false
		}
		p.i += 2
	}
	return nil, false
}

// number reads a number as JSON writes it (no leading zeros, no '+', no bare '.').
func (p *ldParser) number() (any, bool) {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		j := p.i
		for p.i < len(p.s) && '0' <= p.s[p.i] && p.s[p.i] <= '9' {
			p.i++
		}
		return p.i - j
	}
	if p.i < len(p.s) && p.s[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		return nil, false
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, false
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, false
		}
	}
	f, err := strconv.ParseFloat(p.s[start:p.i], 64)
	if err != nil {
		return nil, false
	}
	return f, true
}
