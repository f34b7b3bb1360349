package winnow

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// flattenDepth is the nesting depth past which flatten drops start tags. The parser
// refuses documents nested deeper than 512 elements; implied elements (tbody, tr) can
// add a few levels to what the tags say, so the cap leaves a wide margin.
const flattenDepth = 256

// parseHTML parses a decoded page. Scripting is off, as in a crawler: <noscript> holds
// markup rather than raw text, so the server-rendered content that some sites (forums,
// single-page applications) put there is seen. A page nested deeper than the parser accepts is not
// rejected: it is flattened (see flatten) and parsed again, which only such pages pay for.
func parseHTML(src []byte) (*html.Node, error) {
	doc, err := html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
	if err == nil {
		return doc, nil
	}
	if !strings.Contains(err.Error(), "open stack") {
		return nil, fmt.Errorf("winnow: parse: %w", err)
	}
	doc, err = html.ParseWithOptions(bytes.NewReader(flatten(src)), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, fmt.Errorf("winnow: parse: %w", err)
	}
	return doc, nil
}

// voidElements have no end tag and do not nest.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"param": true, "keygen": true,
}

// flatten re-serialises a page with the start tags beyond flattenDepth left out (and
// their end tags with them), keeping every piece of text in place.
func flatten(src []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(src))
	z := html.NewTokenizer(bytes.NewReader(src))
	depth := 0
	skipped := map[string]int{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if depth >= flattenDepth {
				skipped[string(name)]++
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if skipped[string(name)] > 0 {
				skipped[string(name)]--
				continue
			}
			depth = max(0, depth-1)
		}
		out.Write(raw)
	}
}
