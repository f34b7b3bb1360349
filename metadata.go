package winnow

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the metadata walk gathers from the untouched tree before any field is
// chosen: the raw candidates from every source, so that each field can take them in its
// documented order (see the package doc, # Metadata).
type pageMeta struct {
	meta      map[string]string // <meta> name/property (lower case) to its first content
	metaTags  []string          // every article:tag, in order
	metaAuth  []string          // every <meta name=author> and article:author
	htmlLang  string
	title     string // <title>
	h1        string // the first <h1>
	canonical string
	base      string // <base href>
	ld        ldInfo
	times     []timeElem // <time datetime> and itemprop dates, in document order
	crumbs    []string   // the first visible breadcrumb's link texts
	tagLinks  []string   // link texts of the first visible tag list, and rel=tag links
	relAuthor []string   // rel=author link texts
}

type timeElem struct {
	value     string
	published bool // itemprop=datePublished, pubdate, or class mentioning publish
	modified  bool
}

// metaKeys are the <meta> names and properties the metadata walk keeps.
var metaKeys = map[string]bool{
	"og:title": true, "og:site_name": true, "og:description": true, "og:image": true, "og:url": true,
	"og:locale": true, "og:type": true, "og:updated_time": true, "twitter:title": true,
	"twitter:image": true, "twitter:description": true, "description": true, "author": true,
	"article:published_time": true, "article:modified_time": true, "article:section": true,
	"article:author": true, "keywords": true, "news_keywords": true, "content-language": true,
	"application-name": true, "pubdate": true, "publishdate": true, "date": true,
	"dc.date.issued": true, "dc.date": true, "dcterms.created": true, "dcterms.date": true,
	"dc.creator": true, "dc.title": true, "sailthru.date": true, "parsely-pub-date": true,
	"datepublished": true, "datemodified": true, "publish-date": true, "article.published": true,
	"og:article:published_time": true, "og:article:modified_time": true, "citation_publication_date": true,
	"citation_author": true, "parsely-author": true, "sailthru.author": true, "byl": true,
	"lastmod": true, "last-modified": true, "dc.date.modified": true, "dcterms.modified": true,
}

// collectMeta walks the whole tree once and gathers the metadata candidates.
func collectMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: make(map[string]string, 32)}
	m.visit(doc, 0)
	return m
}

// maxMetaDepth stops the metadata walk on absurdly deep trees: metadata sits near the top.
const maxMetaDepth = 512

func (m *pageMeta) visit(n *html.Node, depth int) {
	if depth > maxMetaDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			if c.Type == html.DocumentNode {
				m.visit(c, depth+1)
			}
			continue
		}
		if m.element(c) {
			m.visit(c, depth+1)
		}
	}
}

// element records what one element says; it reports whether to descend into it.
func (m *pageMeta) element(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html:
		m.htmlLang = strings.TrimSpace(attr(n, "lang"))
		if m.htmlLang == "" {
			m.htmlLang = strings.TrimSpace(attr(n, "xml:lang"))
		}
	case atom.Title:
		if m.title == "" && depthInSVG(n) == false {
			m.title = collapse(nodeText(n))
		}
		return false
	case atom.Meta:
		m.metaElem(n)
		return false
	case atom.Link:
		rel := strings.ToLower(attr(n, "rel"))
		if hasWord(rel, "canonical") && m.canonical == "" {
			m.canonical = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case atom.Base:
		if m.base == "" {
			m.base = strings.TrimSpace(attr(n, "href"))
		}
		return false
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			m.ld.add(nodeText(n))
		}
		return false
	case atom.Style, atom.Template, atom.Svg, atom.Noscript:
		return false
	case atom.H1:
		if m.h1 == "" {
			m.h1 = collapse(nodeText(n))
		}
	case atom.Time:
		if v := attr(n, "datetime"); v != "" {
			m.addTime(n, v)
		}
	case atom.A:
		rel := strings.ToLower(attr(n, "rel"))
		if hasWord(rel, "tag") {
			m.addTagLink(collapse(nodeText(n)))
		}
		if hasWord(rel, "author") {
			if s := collapse(nodeText(n)); s != "" {
				m.relAuthor = append(m.relAuthor, s)
			}
		}
	}
	if ip := attr(n, "itemprop"); ip == "datePublished" || ip == "dateModified" {
		v := attr(n, "content")
		if v == "" {
			v = attr(n, "datetime")
		}
		if v == "" {
			v = collapse(nodeText(n))
		}
		m.times = append(m.times, timeElem{value: v, published: ip == "datePublished", modified: ip == "dateModified"})
	}
	kinds := elementKinds(n)
	if kinds&(1<<cueNav) != 0 && m.crumbs == nil && isBreadcrumb(n) {
		m.crumbs = linkTexts(n)
		return false
	}
	if kinds&(1<<cueTags) != 0 && len(m.tagLinks) == 0 {
		for _, s := range linkTexts(n) {
			m.addTagLink(s)
		}
	}
	return true
}

func (m *pageMeta) addTime(n *html.Node, v string) {
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop"))
	te := timeElem{value: v}
	te.published = hasAttr(n, "pubdate") || strings.Contains(cls, "publish") || strings.Contains(cls, "datepublished")
	te.modified = strings.Contains(cls, "modif") || strings.Contains(cls, "updated")
	m.times = append(m.times, te)
}

// maxTagRunes bounds the length of one tag: longer link texts are headlines, not tags.
const maxTagRunes = 60

// maxTags bounds the number of tags kept from one list.
const maxTags = 30

func (m *pageMeta) addTagLink(s string) {
	s = strings.TrimLeft(s, "#")
	if s == "" || len([]rune(s)) > maxTagRunes || len(m.tagLinks) >= maxTags {
		return
	}
	for _, t := range m.tagLinks {
		if strings.EqualFold(t, s) {
			return
		}
	}
	m.tagLinks = append(m.tagLinks, s)
}

func (m *pageMeta) metaElem(n *html.Node) {
	key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
	}
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
	}
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "http-equiv")))
	}
	content := strings.TrimSpace(attr(n, "content"))
	if key == "" || content == "" {
		return
	}
	switch key {
	case "article:tag", "og:article:tag":
		m.metaTags = append(m.metaTags, content)
		return
	case "author", "article:author", "dc.creator", "citation_author", "parsely-author", "sailthru.author", "byl":
		m.metaAuth = append(m.metaAuth, content)
	}
	if metaKeys[key] {
		if _, seen := m.meta[key]; !seen {
			m.meta[key] = content
		}
	}
}

// isBreadcrumb reports whether a navigation element is a breadcrumb trail.
func isBreadcrumb(n *html.Node) bool {
	v := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "aria-label"))
	return strings.Contains(v, "breadcrumb") || strings.Contains(v, "crumb")
}

// linkTexts returns the texts of the links under n.
func linkTexts(n *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				if s := collapse(nodeText(c)); s != "" {
					out = append(out, s)
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// attr returns the value of an attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

func depthInSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// maxNodeText bounds the text gathered from one element for metadata.
const maxNodeText = 8 << 10

// nodeText returns the text under n, with no separators added between elements.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && sb.Len() < maxNodeText; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom != atom.Script && c.DataAtom != atom.Style {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return sb.String()
}

// collapse trims s and folds every run of white space into one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
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
