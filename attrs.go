package winnow

// The small readers of a node's attributes and of URLs that every pass shares.

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of an attribute, or "".
func attr(n *html.Node, key string) string {
	// By index: a range over the attributes would copy each one, three strings, to
	// compare its key.
	for i := range n.Attr {
		if a := &n.Attr[i]; a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries the attribute key, whatever its value.
func hasAttr(n *html.Node, key string) bool {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			return true
		}
	}
	return false
}

// hasWord reports whether w is one of the space-separated words of s (a class list).
func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if f == w {
			return true
		}
	}
	return false
}

// depthInSVG reports whether n lies inside an <svg> element.
func depthInSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// resolveURL makes ref absolute against base; it returns ref unchanged when either does
// not parse, and "" for javascript: and data: URLs.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	low := strings.ToLower(ref)
	if strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "data:") {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if r.IsAbs() || base == "" {
		return r.String()
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return r.String()
	}
	return b.ResolveReference(r).String()
}
