package evalset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Value is one truth field: a string, a list of strings, a bool or a number.
// JSON null and NaN are treated as absent (the field is dropped).
type Value struct {
	Str    string
	List   []string
	IsList bool
	Bool   bool
	IsBool bool
}

// String returns the value as text: list items joined by "; ".
func (v Value) String() string {
	switch {
	case v.IsList:
		return strings.Join(v.List, "; ")
	case v.IsBool:
		return strconv.FormatBool(v.Bool)
	}
	return v.Str
}

// Strings returns the value as a list: a string is a one-item list, "" none.
func (v Value) Strings() []string {
	if v.IsList {
		return v.List
	}
	if v.Str == "" {
		return nil
	}
	return []string{v.Str}
}

// Truth is a page's annotations, by field name.
type Truth map[string]Value

// Has reports whether the field is annotated ("" counts: annotated as absent).
func (t Truth) Has(field string) bool {
	_, ok := t[field]
	return ok
}

// Str returns a field as text (lists joined by "; ") and whether it is present.
func (t Truth) Str(field string) (string, bool) {
	v, ok := t[field]
	if !ok {
		return "", false
	}
	return v.String(), true
}

// List returns a list field and whether it is present.
func (t Truth) List(field string) ([]string, bool) {
	v, ok := t[field]
	if !ok {
		return nil, false
	}
	return v.Strings(), true
}

// Get returns a field's text, "" when absent.
func (t Truth) Get(field string) string {
	s, _ := t.Str(field)
	return s
}

// Body returns the text truth (articleBody) and whether the page has one.
func (t Truth) Body() (string, bool) { return t.Str("articleBody") }

// SiteName returns the site name under either spelling the sets use.
func (t Truth) SiteName() (string, bool) {
	if s, ok := t.Str("sitename"); ok {
		return s, true
	}
	return t.Str("siteName")
}

// listFields are parsed as lists when given as a Python list literal string.
var listFields = map[string]bool{
	"with": true, "without": true, "comments": true,
	"categories": true, "tags": true, "author": true,
}

// ParseTruthFile parses truth.json: {"<id>": {"field": value, ...}}.
// Python-isms are accepted: bare NaN/Infinity become null (absent), and list
// fields given as a Python literal string like "['a', 'b']" become lists.
func ParseTruthFile(b []byte) (map[string]Truth, error) {
	var raw map[string]map[string]json.RawMessage
	if err := json.Unmarshal(sanitizeJSON(b), &raw); err != nil {
		return nil, err
	}
	out := make(map[string]Truth, len(raw))
	for id, fields := range raw {
		t := make(Truth, len(fields))
		for name, rm := range fields {
			v, ok, err := parseValue(name, rm)
			if err != nil {
				return nil, fmt.Errorf("%s.%s: %w", id, name, err)
			}
			if ok {
				t[name] = v
			}
		}
		out[id] = t
	}
	return out, nil
}

func parseValue(name string, rm json.RawMessage) (Value, bool, error) {
	var x any
	if err := json.Unmarshal(rm, &x); err != nil {
		return Value{}, false, err
	}
	switch x := x.(type) {
	case nil:
		return Value{}, false, nil
	case string:
		if listFields[name] {
			if l, ok := ParsePyList(x); ok {
				return Value{List: l, IsList: true}, true, nil
			}
		}
		return Value{Str: x}, true, nil
	case bool:
		return Value{Bool: x, IsBool: true, Str: strconv.FormatBool(x)}, true, nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return Value{}, false, nil
		}
		return Value{Str: strconv.FormatFloat(x, 'f', -1, 64)}, true, nil
	case []any:
		v := Value{IsList: true, List: make([]string, 0, len(x))}
		for _, e := range x {
			switch e := e.(type) {
			case string:
				v.List = append(v.List, e)
			case nil:
			default:
				v.List = append(v.List, fmt.Sprint(e))
			}
		}
		return v, true, nil
	default:
		return Value{Str: string(rm)}, true, nil
	}
}

// ParsePyList parses a Python list literal of string literals, such as
// ['a', "b's"] or [] . ok is false unless the whole of s is such a list.
func ParsePyList(s string) (list []string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, false
	}
	p := s[1 : len(s)-1]
	list = []string{}
	for {
		p = strings.TrimLeft(p, " \t\r\n")
		if p == "" {
			return list, true
		}
		str, rest, ok := pyString(p)
		if !ok {
			return nil, false
		}
		list = append(list, str)
		rest = strings.TrimLeft(rest, " \t\r\n")
		if rest == "" {
			return list, true
		}
		if rest[0] != ',' {
			return nil, false
		}
		p = rest[1:]
	}
}

// pyString reads one Python string literal at the start of s.
func pyString(s string) (val, rest string, ok bool) {
	if s == "" || (s[0] != '\'' && s[0] != '"') {
		return "", "", false
	}
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); {
		c := s[i]
		switch {
		case c == q:
			return b.String(), s[i+1:], true
		case c == '\\' && i+1 < len(s):
			n, adv, ok := pyEscape(s[i+1:])
			if !ok {
				return "", "", false
			}
			b.WriteString(n)
			i += 1 + adv
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			b.WriteRune(r)
			i += size
		}
	}
	return "", "", false
}

// pyEscape decodes the escape after a backslash; adv is the bytes consumed.
func pyEscape(s string) (string, int, bool) {
	switch s[0] {
	case '\\', '\'', '"':
		return s[:1], 1, true
	case 'n':
		return "\n", 1, true
	case 't':
		return "\t", 1, true
	case 'r':
		return "\r", 1, true
	case '\n':
		return "", 1, true
	case 'x', 'u', 'U':
		n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[0]]
		if len(s) < 1+n {
			return "", 0, false
		}
		code, err := strconv.ParseUint(s[1:1+n], 16, 32)
		if err != nil {
			return "", 0, false
		}
		return string(rune(code)), 1 + n, true
	}
	// Python keeps unknown escapes as written.
	return `\` + s[:1], 1, true
}

// sanitizeJSON replaces Python's bare NaN, Infinity and -Infinity (outside
// strings) by null, so that encoding/json accepts the file.
func sanitizeJSON(b []byte) []byte {
	var out []byte
	inStr, esc := false, false
	last := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			}
			continue
		}
		if c == '"' {
			inStr = true
			continue
		}
		if c != 'N' && c != 'I' && c != '-' {
			continue
		}
		for _, tok := range [...]string{"NaN", "-Infinity", "Infinity"} {
			if bytes.HasPrefix(b[i:], []byte(tok)) {
				out = append(out, b[last:i]...)
				out = append(out, "null"...)
				i += len(tok) - 1
				last = i + 1
				break
			}
		}
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}
