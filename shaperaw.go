package winnow

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// Raw text: the text of a script, a style, a title or a textarea holds no markup, and
// ends at the element's own end tag; a script's, with the rules that hide "</script>"
// inside "<!--" and "<script>". The scanner (see scan) finds its end as html.Tokenizer
// does.

// rawTextEnd returns where the raw text of element a that starts at i ends: at the "</"
// of its end tag, or at the end of the page.
func rawTextEnd(src []byte, i int, a atom.Atom) int {
	switch a {
	case atom.Plaintext:
		return len(src)
	case atom.Script:
		return scriptEnd(src, i)
	}
	name := a.String()
	for i < len(src) {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		if i == len(src) {
			break
		}
		if src[i] != '/' {
			continue
		}
		i++
		next, found, eof := rawEndTag(src, i, name)
		if found {
			return i - 2
		}
		if eof {
			break
		}
		i = next
	}
	return len(src)
}

// rawEndTag matches "name" and a delimiter (white space, '/' or '>') at src[i:], just
// after a "</", in ASCII case-insensitively. It reports the match, or where to read on,
// or that the page ended first.
func rawEndTag(src []byte, i int, name string) (next int, found, eof bool) {
	for k := 0; k < len(name); k++ {
		if i+k == len(src) {
			return 0, false, true
		}
		if c := src[i+k]; c != name[k] && c != name[k]-('a'-'A') {
			return i + k, false, false
		}
	}
	i += len(name)
	if i == len(src) {
		return 0, false, true
	}
	switch src[i] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return 0, true, false
	}
	return i, false, false
}

// scriptStep names where a script's text is, between "<" constructs, after the HTML
// standard's script data states: plain text, inside "<!--" (escaped), or inside a
// "<script>" written within "<!--" (double escaped), each with the dashes just read,
// since "-->" ends an escape.
type scriptStep uint8

const (
	scriptPlain scriptStep = iota
	scriptEscaped
	scriptEscapedDash
	scriptEscapedDashDash
	scriptDouble
	scriptDoubleDash
	scriptDoubleDashDash
)

// scriptAfter tells, for each step of an escape and the dash or '>' just read, the next
// step: dashes count up to two, '>' after two ends the escape, any other byte leaves
// the escape with no dash read.
var scriptAfter = [...]struct{ dash, gt scriptStep }{
	scriptEscaped:         {scriptEscapedDash, scriptEscaped},
	scriptEscapedDash:     {scriptEscapedDashDash, scriptEscaped},
	scriptEscapedDashDash: {scriptEscapedDashDash, scriptPlain},
	scriptDouble:          {scriptDoubleDash, scriptDouble},
	scriptDoubleDash:      {scriptDoubleDashDash, scriptDouble},
	scriptDoubleDashDash:  {scriptDoubleDashDash, scriptPlain},
}

// scriptEnd returns where a script's text that starts at i ends, following the rules
// that hide "</script>" inside "<!--" and "<script>": at the "</" of its end tag, or at
// the end of the page. Where html.Tokenizer strays from the standard, it follows the
// tokenizer (a "<" in an escape followed by neither "/" nor a letter leaves the escape),
// since the scanner must find the tokenizer's tokens.
func scriptEnd(src []byte, i int) int {
	n := len(src)
	step := scriptPlain
	for i < n {
		if step == scriptPlain {
			j := bytes.IndexByte(src[i:], '<')
			if j < 0 {
				return n
			}
			i += j + 1
			if i == n {
				return n
			}
			switch src[i] {
			case '/':
				next, found, eof := rawEndTag(src, i+1, "script")
				if found {
					return i - 1
				}
				if eof {
					return n
				}
				i = next
			case '!':
				// "<!--" opens an escape; anything short of it is text, read again.
				if i+1 < n && src[i+1] == '-' {
					if i+2 == n {
						return n
					}
					if src[i+2] == '-' {
						i += 3
						step = scriptEscapedDashDash
					} else {
						i += 2
					}
				} else if i+1 == n {
					return n
				} else {
					i++
				}
			}
			continue
		}
		c := src[i]
		i++
		switch {
		case c == '-':
			step = scriptAfter[step].dash
		case c == '>':
			step = scriptAfter[step].gt
		case c == '<':
			var end int
			if end, step, i = scriptEscapedTag(src, i, step); end >= 0 {
				return end
			}
		case step < scriptDouble:
			step = scriptEscaped
		default:
			step = scriptDouble
		}
	}
	return n
}

// scriptEscapedTag reads what follows a "<" inside an escape (step), i just past it:
// "</script" ends the script (end is where its "<" is), or, in a double escape, ends
// the inner script; "<script" in a single escape opens a double one; anything else is
// text. It returns end, or -1 and the step and place to read on from (n at the page's
// end).
func scriptEscapedTag(src []byte, i int, step scriptStep) (end int, next scriptStep, at int) {
	n := len(src)
	double := step >= scriptDouble
	in := scriptEscaped
	if double {
		in = scriptDouble
	}
	if i == n {
		return n, step, n
	}
	c := src[i]
	switch {
	case c == '/':
		j, found, eof := rawEndTag(src, i+1, "script")
		switch {
		case eof:
			return n, step, n
		case found && !double:
			return i - 1, step, i
		case found:
			// The inner script's end tag, its delimiter read with it.
			return -1, scriptEscaped, i + 1 + len("script") + 1
		}
		return -1, in, j
	case double:
		return -1, scriptDouble, i // the byte is read again, in the double escape
	case isASCIILetter(c):
		j, found, eof := rawEndTag(src, i, "script")
		switch {
		case eof:
			return n, step, n
		case found:
			return -1, scriptDouble, i + len("script") + 1
		}
		return -1, scriptEscaped, j
	}
	// html.Tokenizer leaves the escape here (the standard stays in it).
	return -1, scriptPlain, i
}
