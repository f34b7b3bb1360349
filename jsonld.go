package winnow

import (
	"encoding/json"
	"html"
	"strings"
)

// ldInfo holds what the page's JSON-LD blocks say about the article. The first article
// object found wins for each field; other objects (WebPage, Organization, BreadcrumbList)
// fill what the article leaves empty.
type ldInfo struct {
	types       []string
	headline    string
	authors     []string
	published   string
	modified    string
	publisher   string
	description string
	image       string
	body        string
	// product is the description of the first Product object (see productShell).
	product  string
	sections []string
	keywords []string
	crumbs   []string
	pageName string
	// A WebPage's own dates: the article's when no article object gives them.
	pagePublished, pageModified string
}

// articleTypes are the schema.org types whose fields describe the article itself.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "techarticle": true, "scholarlyarticle": true, "report": true,
	"liveblogposting": true, "socialmediaposting": true, "discussionforumposting": true,
	"posting": true, "review": true, "recipe": true, "howto": true, "qapage": true,
	"medicalwebpage": true, "creativework": true, "podcastepisode": true, "videoobject": true,
}

// maxLDBytes bounds one JSON-LD block; larger ones are product feeds, not metadata.
const maxLDBytes = 4 << 20

// add parses one JSON-LD script. Malformed JSON gets one tolerant second reading (see
// lenientJSON); what still does not parse is skipped: a page's metadata is never worth
// an error, nor garbage in a field.
func (ld *ldInfo) add(src string) {
	src = strings.TrimSpace(src)
	if src == "" || len(src) > maxLDBytes {
		return
	}
	// Some CMSs wrap the JSON in an HTML comment or CDATA, or leave a trailing ';'.
	src = strings.TrimPrefix(strings.TrimSuffix(src, "-->"), "<!--")
	src = strings.TrimPrefix(strings.TrimSuffix(strings.TrimSpace(src), "]]>"), "<![CDATA[")
	src = strings.TrimSuffix(strings.TrimSpace(src), ";")
	if v, ok := parseLDJSON(src); ok {
		ld.walk(v, 0)
		return
	}
	var v any
	if err := json.Unmarshal([]byte(src), &v); err == nil {
		ld.walk(v, 0)
		return
	}
	for _, v := range lenientJSON(src) {
		ld.walk(v, 0)
	}
}

// maxLDValues bounds the values read from one script of concatenated objects.
const maxLDValues = 16

// lenientJSON reads JSON as CMSs and hand edits break it: HTML-escaped quotes
// ({&quot;@type&quot;: …}), comments, trailing commas, raw line breaks inside strings, and
// several objects one after the other, with or without commas between them. It returns
// the values it could read, in order, and stops at the first it cannot.
func lenientJSON(src string) []any {
	if strings.Contains(src, "&quot;") && !strings.Contains(src, `"`) {
		src = html.UnescapeString(src)
	}
	dec := json.NewDecoder(strings.NewReader(repairJSON(src)))
	var out []any
	for len(out) < maxLDValues {
		var v any
		if err := dec.Decode(&v); err != nil {
			break
		}
		out = append(out, v)
	}
	return out
}

// repairJSON removes comments, trailing commas and the commas between top-level values,
// and escapes raw control characters inside strings. It never adds or removes anything
// inside a string but those characters.
func repairJSON(src string) string {
	var sb strings.Builder
	sb.Grow(len(src))
	inStr, esc, depth := false, false, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c == '\n':
				sb.WriteString(`\n`)
				continue
			case c == '\r':
				sb.WriteString(`\r`)
				continue
			case c == '\t':
				sb.WriteString(`\t`)
				continue
			case c < 0x20:
				continue
			}
			sb.WriteByte(c)
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				for i < len(src) && src[i] != '\n' {
					i++
				}
				continue
			}
			if i+1 < len(src) && src[i+1] == '*' {
				end := strings.Index(src[i+2:], "*/")
				if end < 0 {
					return sb.String()
				}
				i += end + 3
				continue
			}
		case ',', ';':
			if depth <= 0 || nextSignificant(src, i+1) == '}' || nextSignificant(src, i+1) == ']' {
				continue
			}
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// nextSignificant returns the first byte after i that is not white space, or 0.
func nextSignificant(s string, i int) byte {
	for ; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return s[i]
		}
	}
	return 0
}

// maxLDDepth bounds recursion into nested JSON-LD.
const maxLDDepth = 8

func (ld *ldInfo) walk(v any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.walk(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			ld.walk(g, depth+1)
		}
		ld.object(x, depth)
	}
}

func (ld *ldInfo) object(o map[string]any, depth int) {
	types := ldTypes(o["@type"])
	ld.types = append(ld.types, types...)
	isArticle := false
	for _, t := range types {
		if articleTypes[strings.ToLower(t)] {
			isArticle = true
		}
		if strings.EqualFold(t, "BreadcrumbList") && ld.crumbs == nil {
			ld.crumbs = breadcrumbNames(o["itemListElement"])
		}
		if strings.EqualFold(t, "WebPage") || strings.EqualFold(t, "ItemPage") {
			setIfEmpty(&ld.pageName, ldString(o["name"]))
			setIfEmpty(&ld.pagePublished, ldString(o["datePublished"]))
			setIfEmpty(&ld.pageModified, ldString(o["dateModified"]))
		}
	}
	if !isArticle {
		if isProduct(types) {
			setIfEmpty(&ld.product, ldString(o["description"]))
		}
		// A WebPage may carry the article as mainEntity.
		if me, ok := o["mainEntity"].(map[string]any); ok {
			ld.walk(me, depth+1)
		}
		return
	}
	setIfEmpty(&ld.headline, ldString(o["headline"]))
	setIfEmpty(&ld.headline, ldString(o["name"]))
	setIfEmpty(&ld.published, ldString(o["datePublished"]))
	setIfEmpty(&ld.published, ldString(o["dateCreated"]))
	setIfEmpty(&ld.modified, ldString(o["dateModified"]))
	setIfEmpty(&ld.description, ldString(o["description"]))
	setIfEmpty(&ld.image, ldImage(o["image"]))
	setIfEmpty(&ld.body, ldString(o["articleBody"]))
	setIfEmpty(&ld.publisher, ldName(o["publisher"]))
	if ld.authors == nil {
		ld.authors = ldNames(o["author"])
	}
	if ld.sections == nil {
		ld.sections = ldStrings(o["articleSection"])
	}
	if ld.keywords == nil {
		ld.keywords = ldStrings(o["keywords"])
		if len(ld.keywords) == 1 && strings.Contains(ld.keywords[0], ",") {
			ld.keywords = splitList(ld.keywords[0])
		}
	}
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString returns a JSON-LD value as clean text: entities decoded, space collapsed.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case float64:
		return ""
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return strings.TrimSpace(html.UnescapeString(s))
		}
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		if s := collapse(html.UnescapeString(x)); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			if s := collapse(ldString(e)); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		if len(x) > 0 {
			return ldName(x[0])
		}
	}
	return ""
}

func ldNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
	default:
		if s := collapse(ldName(x)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func ldImage(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		if s := ldString(x["url"]); s != "" {
			return s
		}
		return ldString(x["@id"])
	case []any:
		if len(x) > 0 {
			return ldImage(x[0])
		}
	}
	return ""
}

// breadcrumbNames returns the names of a BreadcrumbList's items in position order.
func breadcrumbNames(v any) []string {
	items, _ := v.([]any)
	var out []string
	for _, it := range items {
		o, ok := it.(map[string]any)
		if !ok {
			continue
		}
		name := ldString(o["name"])
		if name == "" {
			name = ldName(o["item"])
		}
		if name = collapse(name); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// splitList splits a comma-separated keyword list.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '，' || r == '、' }) {
		if p = collapse(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
