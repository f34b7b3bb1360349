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

// scriptEnd returns where a script's text that starts at i ends, following the rules
// that hide "</script>" inside "<!--" and "<script>": at the "</" of its end tag, or at
// the end of the page. It follows html.Tokenizer's script states one for one (the HTML
// standard's script data states); i-- reads a byte again in the next state.
func scriptEnd(src []byte, i int) int {
	n := len(src)
	var (
		c          byte
		j, next    int
		found, eof bool
	)

data:
	if j = bytes.IndexByte(src[i:], '<'); j < 0 {
		return n
	}
	i += j + 1
	// lessThan:
	if i == n {
		return n
	}
	c, i = src[i], i+1
	switch c {
	case '/':
		if next, found, eof = rawEndTag(src, i, "script"); found {
			return i - 2
		} else if eof {
			return n
		}
		i = next
		goto data
	case '!':
		goto escapeStart
	}
	i--
	goto data

escapeStart:
	if i == n {
		return n
	}
	if c, i = src[i], i+1; c != '-' {
		i--
		goto data
	}
	// escapeStartDash:
	if i == n {
		return n
	}
	if c, i = src[i], i+1; c != '-' {
		i--
		goto data
	}
	goto escapedDashDash

escaped:
	if i == n {
		return n
	}
	c, i = src[i], i+1
	switch c {
	case '-':
		goto escapedDash
	case '<':
		goto escapedLessThan
	}
	goto escaped

escapedDash:
	if i == n {
		return n
	}
	c, i = src[i], i+1
	switch c {
	case '-':
		goto escapedDashDash
	case '<':
		goto escapedLessThan
	}
	goto escaped

escapedDashDash:
	if i == n {
		return n
	}
	c, i = src[i], i+1
	switch c {
	case '-':
		goto escapedDashDash
	case '<':
		goto escapedLessThan
	case '>':
		goto data
	}
	goto escaped

escapedLessThan:
	if i == n {
		return n
	}
	c, i = src[i], i+1
	if c == '/' {
		if next, found, eof = rawEndTag(src, i, "script"); found {
			return i - 2
		} else if eof {
			return n
		}
		i = next
		goto escaped
	}
	if isASCIILetter(c) {
		i--
		goto doubleEscapeStart
	}
	i--
	goto data

doubleEscapeStart:
	for k := 0; k < len("script"); k++ {
		if i == n {
			return n
		}
		if c, i = src[i], i+1; c != "script"[k] && c != "SCRIPT"[k] {
			i--
			goto escaped
		}
	}
	if i == n {
		return n
	}
	c, i = src[i], i+1
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		goto doubleEscaped
	}
	i--
	goto escaped

doubleEscaped:
	if i == n {
		return n
	}
	c, i = src[i], i+1
	switch c {
	case '-':
		goto doubleEscapedDash
	case '<':
		goto doubleEscapedLessThan
	}
	goto doubleEscaped

doubleEscapedDash:
	if i == n {
		return n
	}
	c, i = src[i], i+1
	switch c {
	case '-':
		goto doubleEscapedDashDash
	case '<':
		goto doubleEscapedLessThan
	}
	goto doubleEscaped

doubleEscapedDashDash:
	if i == n {
		return n
	}
	c, i = src[i], i+1
	switch c {
	case '-':
		goto doubleEscapedDashDash
	case '<':
		goto doubleEscapedLessThan
	case '>':
		goto data
	}
	goto doubleEscaped

doubleEscapedLessThan:
	if i == n {
		return n
	}
	if c, i = src[i], i+1; c != '/' {
		i--
		goto doubleEscaped
	}
	// doubleEscapeEnd:
	if next, found, eof = rawEndTag(src, i, "script"); found {
		i += len("script>")
		goto escaped
	} else if eof {
		return n
	}
	i = next
	goto doubleEscaped
}
