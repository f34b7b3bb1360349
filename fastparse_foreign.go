package winnow

import (
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// SVG in the fast builder. An SVG element's tag name and attributes are renamed by tables
// of the HTML parsing algorithm ("lineargradient" → "linearGradient", "viewbox" →
// "viewBox", "xlink:href" → the attribute "href" in the namespace "xlink"), and some HTML
// start tags break out of the SVG. Rather than holding copies of those tables, the fast
// builder asks x/net/html itself, once per name, by parsing a tiny page, and remembers
// the answer: the renaming is then the parser's by construction. MathML is left to
// x/net/html (the page is abandoned).

// foreignCacheMax bounds each cache of answers; past it names are asked each time.
const foreignCacheMax = 2048

// svgTagFacts is what x/net/html does with a start tag of some name inside an <svg>.
type svgTagFacts struct {
	data     string // the element's name, renamed
	a        atom.Atom
	breakout bool // the tag closes the SVG and opens an HTML element
	known    bool // the probe gave a clear answer
}

// svgAttrFacts is what x/net/html makes of an attribute name on an SVG element.
type svgAttrFacts struct {
	ns, key string
	known   bool
}

var foreignCache struct {
	sync.RWMutex
	tags  map[string]svgTagFacts
	attrs map[string]svgAttrFacts
}

// probeable reports whether a lower-cased name can be asked about by a probe page: the
// renaming tables hold only such names.
func probeable(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == ':' || c == '_' || c == '.') {
			return false
		}
	}
	return isASCIILetter(name[0])
}

// probeBody parses page with x/net/html and returns its body's first child.
func probeBody(page string) *html.Node {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return n.FirstChild
		}
	}
	return nil
}

// svgTag returns what x/net/html does with the start tag name inside an <svg>.
func svgTag(name string) svgTagFacts {
	foreignCache.RLock()
	f, ok := foreignCache.tags[name]
	foreignCache.RUnlock()
	if ok {
		return f
	}
	if probeable(name) {
		if svg := probeBody("<svg><" + name + ">"); svg != nil && svg.Namespace == "svg" {
			if c := svg.FirstChild; c != nil && c.Type == html.ElementNode && c.Namespace == "svg" && c.NextSibling == nil {
				f = svgTagFacts{data: c.Data, a: c.DataAtom, known: true}
			} else if c == nil && svg.NextSibling != nil && svg.NextSibling.Namespace == "" {
				f = svgTagFacts{breakout: true, known: true}
			}
		}
	}
	foreignCache.Lock()
	if len(foreignCache.tags) < foreignCacheMax {
		if foreignCache.tags == nil {
			foreignCache.tags = map[string]svgTagFacts{}
		}
		foreignCache.tags[strings.Clone(name)] = f
	}
	foreignCache.Unlock()
	return f
}

// svgAttr returns the namespace and name x/net/html gives the attribute key on an SVG
// element.
func svgAttr(key string) svgAttrFacts {
	if !probeable(key) {
		return svgAttrFacts{key: key, known: true} // no renamed attribute has such a name
	}
	foreignCache.RLock()
	f, ok := foreignCache.attrs[key]
	foreignCache.RUnlock()
	if ok {
		return f
	}
	if svg := probeBody("<svg " + key + "=v>"); svg != nil && svg.Namespace == "svg" && len(svg.Attr) == 1 {
		f = svgAttrFacts{ns: svg.Attr[0].Namespace, key: svg.Attr[0].Key, known: true}
	}
	foreignCache.Lock()
	if len(foreignCache.attrs) < foreignCacheMax {
		if foreignCache.attrs == nil {
			foreignCache.attrs = map[string]svgAttrFacts{}
		}
		foreignCache.attrs[strings.Clone(key)] = f
	}
	foreignCache.Unlock()
	return f
}

// adjustSVGAttrs renames the current start tag's attributes for an SVG element.
func (p *fastParser) adjustSVGAttrs() {
	for i := range p.attr {
		f := svgAttr(p.attr[i].Key)
		if !f.known {
			p.abandon("svg attribute")
		}
		p.attr[i].Namespace, p.attr[i].Key = f.ns, f.key
	}
}

// svgIntegrationPoint reports whether n is an SVG element whose content is HTML.
func svgIntegrationPoint(n *html.Node) bool {
	if n.Type != html.ElementNode || n.Namespace != "svg" {
		return false
	}
	switch n.Data {
	case "desc", "foreignObject", "title":
		return true
	}
	return false
}

// inForeignContent reports whether the current token is read by the rules for foreign
// content.
func (p *fastParser) inForeignContent() bool {
	if len(p.oe) == 0 {
		return false
	}
	n := p.top()
	if n.Namespace == "" {
		return false
	}
	if n.Namespace != "svg" {
		p.abandon("math")
	}
	if svgIntegrationPoint(n) && (p.tt == html.StartTagToken || p.tt == html.TextToken) {
		return false
	}
	return p.tt != html.ErrorToken
}

// foreignContent runs the current token through the rules for foreign content.
func (p *fastParser) foreignContent() bool {
	switch p.tt {
	case html.TextToken:
		p.addText(p.name)
	case html.CommentToken:
		p.addComment()
	case html.StartTagToken:
		f := svgTag(p.name)
		if !f.known {
			p.abandon("svg tag")
		}
		breakout := f.breakout
		if p.ta == atom.Font {
			for _, t := range p.attr {
				if t.Key == "color" || t.Key == "face" || t.Key == "size" {
					breakout = true
				}
			}
		}
		if breakout {
			for i := len(p.oe) - 1; i >= 0; i-- {
				if n := p.oe[i]; n.Namespace == "" || svgIntegrationPoint(n) {
					p.oe = p.oe[:i+1]
					break
				}
			}
			return p.mode()
		}
		p.ta, p.name = f.a, f.data
		p.adjustSVGAttrs()
		p.addElement()
		p.top().Namespace = "svg"
		p.notRaw = true
		if p.selfClosing {
			p.pop()
		}
	case html.EndTagToken:
		if strings.EqualFold(p.top().Data, p.name) {
			p.pop()
			return true
		}
		for i := len(p.oe) - 1; i >= 0; i-- {
			if strings.EqualFold(p.oe[i].Data, p.name) {
				p.oe = p.oe[:i]
				return true
			}
			if i > 0 && p.oe[i-1].Namespace == "" {
				break
			}
		}
		return p.mode()
	}
	return true
}
