package winnow

import "bytes"

// Raw text left open in <noscript>: winnow parses with scripting off (see
// parseContext), so a <noscript>'s content is markup. Browsers, which run scripts, read
// that content as raw text up to "</noscript>", and many sites write it carelessly: the
// most common tag-manager snippet puts an <iframe> there, and sites copy it as a
// self-closing "<iframe … />", which HTML does not know. Parsed as markup, that iframe's
// raw text runs to the end of the page, and every part of the page after it (often the
// parts of a streamed render, parked at the end) is lost. Such an element is closed
// where its <noscript> ends, as the browser's reading implies.

// noscriptRawTags are the elements whose content is raw text (or escapable raw text) in
// the HTML parsing algorithm, which an unclosed start tag turns the rest of the page into.
var noscriptRawTags = [...]string{"iframe", "noembed", "noframes", "xmp", "textarea", "style", "title"}

// foldNeedle is a lower-case ASCII needle with its upper-case spelling, built once.
type foldNeedle struct{ lower, upper []byte }

func newFoldNeedle(s string) foldNeedle {
	return foldNeedle{[]byte(s), bytes.ToUpper([]byte(s))}
}

// index is bytes.Index for the needle in lower or upper case, as HTML's tag names are
// written; mixed case is rare enough to be left out. The needles open with '<', in both
// cases: the page is read once, stopping at each '<', rather than once for each case.
func (f foldNeedle) index(s []byte) int {
	if c := f.lower[0]; c == f.upper[0] {
		// Most '<' open some other tag: their last byte, in either case, rules them out
		// before the whole needle is compared.
		k := len(f.lower) - 1
		lo, up := f.lower[k], f.upper[k]
		for i := 0; ; i++ {
			j := bytes.IndexByte(s[i:], c)
			if j < 0 {
				return -1
			}
			i += j
			if i+k >= len(s) {
				return -1
			}
			if b := s[i+k]; (b == lo || b == up) && (bytes.HasPrefix(s[i:], f.lower) || bytes.HasPrefix(s[i:], f.upper)) {
				return i
			}
		}
	}
	i := bytes.Index(s, f.lower)
	if upper := bytes.Index(s, f.upper); upper >= 0 && (i < 0 || upper < i) {
		return upper
	}
	return i
}

// The needles of closeNoscriptRaw: the <noscript>'s tags, and each raw-text element's
// start and end tags.
var (
	noscriptOpen, noscriptClose = newFoldNeedle("<noscript"), newFoldNeedle("</noscript")
	rawOpen, rawClose           = foldNeedles("<"), foldNeedles("</")
)

// foldNeedles returns the needles of noscriptRawTags' tags, each after prefix.
func foldNeedles(prefix string) []foldNeedle {
	out := make([]foldNeedle, len(noscriptRawTags))
	for i, tag := range noscriptRawTags {
		out[i] = newFoldNeedle(prefix + tag)
	}
	return out
}

// closeNoscriptRaw returns src with a closing tag inserted before every "</noscript>"
// whose <noscript> opens a raw-text element (see noscriptRawTags) and does not close it.
// It returns src itself when there is none, as on almost every page.
func closeNoscriptRaw(src []byte) []byte {
	var out []byte
	done := 0 // src[:done] is in out already
	for from := 0; ; {
		i := noscriptOpen.index(src[from:])
		if i < 0 {
			break
		}
		i += from
		j := noscriptClose.index(src[i:])
		if j < 0 {
			break
		}
		j += i
		inner := src[i:j]
		for n, tag := range noscriptRawTags {
			k := rawOpen[n].index(inner)
			if end := k + 1 + len(tag); k < 0 || end >= len(inner) || !isTagNameEnd(inner[end]) || rawClose[n].index(inner[k:]) >= 0 {
				continue
			}
			out = append(out, src[done:j]...)
			out = append(out, rawClose[n].lower...)
			out = append(out, '>')
			done = j
			break
		}
		from = j + len(noscriptClose.lower)
	}
	if out == nil {
		return src
	}
	return append(out, src[done:]...)
}
