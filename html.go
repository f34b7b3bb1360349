package winnow

import (
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// The clean HTML is written from the document model (see format.go), never copied from
// the page: only the elements below can appear, each with only the attributes named
// here, every text and attribute value escaped, and every URL resolved and checked
// (http, https and mailto; data: images when Options.DataImages asks).
//
//	blocks:  p h1-h6 ul ol li blockquote pre code hr figure figcaption dl dt dd
//	         table caption thead tbody tr th td (colspan, rowspan), iframe (Options.Iframes)
//	inline:  a (href, title) img (src, alt, title, width, height) em strong del sup sub
//	         code br
//
// Nothing else gets through: no script, style, form, object, event handler, style or
// class attribute (but class="language-x" on code), no javascript: or vbscript: URL.

// iframeSandbox is the sandbox given to kept iframes: the embed may run its player, but
// not navigate the page around it or open forms and pop-ups.
const iframeSandbox = "allow-scripts allow-same-origin allow-presentation"

// htmlWriter writes the model as clean HTML.
type htmlWriter struct {
	sb strings.Builder
}

// renderHTML writes a document model as clean HTML.
func renderHTML(doc *block) string {
	w := &htmlWriter{}
	w.blocks(doc.kids, bkDoc)
	return norm.NFC.String(strings.TrimRight(w.sb.String(), "\n"))
}

func (w *htmlWriter) blocks(kids []*block, parent blockKind) {
	paras := 0
	for _, k := range kids {
		if k.kind == bkPara {
			paras++
		}
	}
	for _, k := range kids {
		// An item's or a figure's only paragraph is written without <p>: <li>text</li>.
		if k.kind == bkPara && (parent == bkItem && paras == 1 || parent == bkFigure) {
			w.inline(k.inl)
			continue
		}
		w.block(k, parent)
	}
}

func (w *htmlWriter) block(k *block, parent blockKind) {
	switch k.kind {
	case bkPara:
		w.wrapInline("p", k.inl)
	case bkHeading:
		w.wrapInline("h"+strconv.Itoa(min(max(k.level, 1), 6)), k.inl)
	case bkCaption:
		if parent == bkFigure {
			w.wrapInline("figcaption", k.inl)
		} else {
			w.wrapInline("p", k.inl)
		}
	case bkTerm:
		w.wrapInline("dt", k.inl)
	case bkHr:
		w.sb.WriteString("<hr>\n")
	case bkCode:
		w.sb.WriteString("<pre><code")
		if k.lang != "" {
			w.sb.WriteString(` class="language-` + html.EscapeString(k.lang) + `"`)
		}
		w.sb.WriteString(">" + html.EscapeString(k.text) + "</code></pre>\n")
	case bkTable:
		w.table(k.table)
	case bkList:
		w.list(k)
	case bkQuote:
		w.container("blockquote", k)
	case bkFigure:
		w.container("figure", k)
	case bkDefList:
		w.container("dl", k)
	case bkDefined:
		w.container("dd", k)
	case bkEmbed:
		w.sb.WriteString(`<iframe src="` + html.EscapeString(k.text) + `" sandbox="` + iframeSandbox +
			`" loading="lazy" allowfullscreen></iframe>` + "\n")
	}
}

func (w *htmlWriter) wrapInline(tag string, inl []inline) {
	w.sb.WriteString("<" + tag + ">")
	w.inline(inl)
	w.sb.WriteString("</" + tag + ">\n")
}

func (w *htmlWriter) container(tag string, k *block) {
	w.sb.WriteString("<" + tag + ">\n")
	w.blocks(k.kids, k.kind)
	w.sb.WriteString("</" + tag + ">\n")
}

func (w *htmlWriter) list(k *block) {
	tag := "ul"
	if k.ordered {
		tag = "ol"
	}
	w.sb.WriteString("<" + tag + ">\n")
	for i, item := range k.kids {
		w.sb.WriteString("<li")
		if i == 0 && k.ordered && k.level != 1 {
			// The list's start, on its first item: <li value> is in every sanitiser's
			// list of list attributes, <ol start> is not in all of them.
			w.sb.WriteString(` value="` + strconv.Itoa(k.level) + `"`)
		}
		w.sb.WriteString(">")
		w.blocks(item.kids, bkItem)
		w.sb.WriteString("</li>\n")
	}
	w.sb.WriteString("</" + tag + ">\n")
}

func (w *htmlWriter) table(t *tableModel) {
	w.sb.WriteString("<table>\n")
	if len(t.caption) > 0 {
		w.wrapInline("caption", t.caption)
	}
	for i, r := range t.rows {
		switch {
		case i == 0 && t.head:
			w.sb.WriteString("<thead>\n")
		case i == 0 || i == 1 && t.head:
			w.sb.WriteString("<tbody>\n")
		}
		w.sb.WriteString("<tr>")
		for _, c := range r {
			tag := "td"
			if c.header {
				tag = "th"
			}
			w.sb.WriteString("<" + tag)
			if c.colspan > 1 {
				w.sb.WriteString(` colspan="` + strconv.Itoa(c.colspan) + `"`)
			}
			if c.rowspan > 1 {
				w.sb.WriteString(` rowspan="` + strconv.Itoa(c.rowspan) + `"`)
			}
			w.sb.WriteString(">")
			w.inline(c.inl)
			w.sb.WriteString("</" + tag + ">")
		}
		w.sb.WriteString("</tr>\n")
		if i == 0 && t.head {
			w.sb.WriteString("</thead>\n")
		}
	}
	if len(t.rows) > 1 || !t.head {
		w.sb.WriteString("</tbody>\n")
	}
	w.sb.WriteString("</table>\n")
}

// inlineTags are the elements of the inline kinds that are plain tags.
var inlineTags = map[inlineKind]string{
	ikEm: "<em>", ikEmEnd: "</em>", ikStrong: "<strong>", ikStrongEnd: "</strong>",
	ikDel: "<del>", ikDelEnd: "</del>", ikSup: "<sup>", ikSupEnd: "</sup>",
	ikSub: "<sub>", ikSubEnd: "</sub>", ikLinkEnd: "</a>", ikBreak: "<br>",
}

func (w *htmlWriter) inline(inl []inline) {
	for _, p := range inl {
		switch p.kind {
		case ikText:
			w.sb.WriteString(html.EscapeString(p.s))
		case ikLink:
			w.sb.WriteString(`<a href="` + html.EscapeString(p.s) + `"`)
			w.attr("title", p.alt)
			w.sb.WriteString(">")
		case ikCode:
			w.sb.WriteString("<code>" + html.EscapeString(p.s) + "</code>")
		case ikImage:
			w.sb.WriteString(`<img src="` + html.EscapeString(p.s) + `"`)
			w.attr("alt", p.alt)
			w.attr("title", p.title)
			if p.w > 0 {
				w.attr("width", strconv.Itoa(p.w))
			}
			if p.h > 0 {
				w.attr("height", strconv.Itoa(p.h))
			}
			w.sb.WriteString(">")
		default:
			w.sb.WriteString(inlineTags[p.kind])
		}
	}
}

func (w *htmlWriter) attr(key, val string) {
	if val != "" {
		w.sb.WriteString(" " + key + `="` + html.EscapeString(val) + `"`)
	}
}

// lazySrcAttrs hold an image's real address on pages that load images as they scroll
// into view, with a placeholder in src. They win over src when present.
var lazySrcAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-orig-file", "data-hi-res-src"}

// srcsetAttrs hold candidate addresses with widths ("a.jpg 480w, b.jpg 800w").
var srcsetAttrs = []string{"srcset", "data-srcset", "data-lazy-srcset"}

// linkSchemes are the URL schemes a link may keep; anything else (javascript:, data:,
// vbscript:, file:) is dropped and the link's text kept as text.
var linkSchemes = map[string]bool{"http": true, "https": true, "mailto": true}

// skipped handles, at block level, an element that cleaning left out of the side table.
func (b *builder) skipped(parent *block, n *html.Node) {
	if n.DataAtom == atom.Iframe {
		if !b.o.Iframes {
			return
		}
		if u := b.resolve(attr(n, "src"), false); strings.HasPrefix(u, "https:") || strings.HasPrefix(u, "http:") {
			b.flushPara(parent)
			add(parent, &block{kind: bkEmbed, text: u})
		}
		return
	}
	b.skippedInline(n)
}

// skippedInline handles, inside inline content, an element that cleaning left out.
func (b *builder) skippedInline(n *html.Node) {
	if n.DataAtom == atom.Noscript {
		b.noscriptImage(n)
	}
}

// noscriptImage adds the image of a <noscript>, which may hold the real <img> of a lazy
// image: it is used unless the last image written has the same address (the lazy <img>
// before it had it in data-src).
func (b *builder) noscriptImage(n *html.Node) {
	if b.o.NoImages {
		return
	}
	var raw strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			raw.WriteString(c.Data)
		}
	}
	z := html.NewTokenizer(strings.NewReader(raw.String()))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if tok.DataAtom != atom.Img {
			continue
		}
		img := &html.Node{Type: html.ElementNode, Data: "img", DataAtom: atom.Img, Attr: tok.Attr}
		if u := b.imageURL(img); u != "" && u != b.lastImg {
			b.image(img)
		}
		return
	}
}

// image adds an <img>, with its real address (see imageURL).
func (b *builder) image(n *html.Node) {
	if b.o.NoImages {
		return
	}
	u := b.imageURL(n)
	if u == "" || u == b.lastImg && b.lastIsImage(u) {
		return // no address, or the same image again (a <picture> and its fallback)
	}
	b.lastImg = u
	w, _ := strconv.Atoi(attr(n, "width"))
	h, _ := strconv.Atoi(attr(n, "height"))
	b.put(inline{kind: ikImage, s: u, alt: collapse(cleanControls(attr(n, "alt"))),
		title: collapse(cleanControls(attr(n, "title"))), w: max(w, 0), h: max(h, 0)})
}

// lastIsImage reports whether the inline content gathered so far ends with the image
// at u, give or take a space.
func (b *builder) lastIsImage(u string) bool {
	b.flushText()
	k := len(b.inl) - 1
	if k >= 0 && b.inl[k].kind == ikText && b.inl[k].s == " " {
		k--
	}
	return k >= 0 && b.inl[k].kind == ikImage && b.inl[k].s == u
}

// imageURL returns an image's real address: a lazy-loading attribute, then src unless
// it is a data: placeholder, then the widest srcset candidate (of the <img>, or of a
// <source> in the <picture> around it). "" when there is none, or it is not allowed.
func (b *builder) imageURL(n *html.Node) string {
	for _, k := range lazySrcAttrs {
		if v := strings.TrimSpace(attr(n, k)); v != "" && !isDataURL(v) {
			return b.resolve(v, false)
		}
	}
	src := strings.TrimSpace(attr(n, "src"))
	if src != "" && !isDataURL(src) {
		return b.resolve(src, false)
	}
	for _, k := range srcsetAttrs {
		if v := widestCandidate(attr(n, k)); v != "" {
			return b.resolve(v, false)
		}
	}
	if p := n.Parent; p != nil && p.DataAtom == atom.Picture {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Source {
				if v := widestCandidate(firstOf(attr(c, "srcset"), attr(c, "data-srcset"))); v != "" {
					return b.resolve(v, false)
				}
			}
		}
	}
	if src != "" && b.o.DataImages {
		return b.resolve(src, true)
	}
	return ""
}

func isDataURL(s string) bool {
	return len(s) >= 5 && strings.EqualFold(s[:5], "data:")
}

// widestCandidate returns the URL of the widest candidate in a srcset ("a.jpg 480w,
// b.jpg 2x"); with no descriptors, the first. Candidates are read as the HTML standard
// reads them: a URL runs to white space, so a comma inside it ("fit=crop,1") is part of
// it, and only a comma after the descriptors (or ending the URL) starts the next one.
func widestCandidate(srcset string) string {
	best, bestW := "", -1.0
	for s := srcset; s != ""; {
		s = strings.TrimLeft(s, " \t\n\r\f,")
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		u, desc := s[:end], ""
		s = s[end:]
		if trimmed := strings.TrimRight(u, ","); trimmed != u {
			u = trimmed // a comma ends the URL: no descriptors
		} else if c := strings.IndexByte(s, ','); c >= 0 {
			desc, s = s[:c], s[c+1:]
		} else {
			desc, s = s, ""
		}
		if u == "" || isDataURL(u) {
			continue
		}
		w := 0.0
		if f := strings.Fields(desc); len(f) > 0 {
			d := f[0]
			if v, err := strconv.ParseFloat(d[:len(d)-1], 64); err == nil && len(d) > 1 {
				w = v
				if d[len(d)-1] == 'x' {
					w *= 1000 // density descriptors rank after widths of real images
				}
			}
		}
		if w > bestW {
			best, bestW = u, w
		}
	}
	return best
}

// linkURL returns the address a link may keep, or "".
func (b *builder) linkURL(n *html.Node) string {
	href := attr(n, "href")
	if strings.TrimSpace(href) == "" {
		return ""
	}
	return b.resolve(href, false)
}

// resolve makes ref absolute against the base and returns it if its scheme is allowed
// (http, https, mailto; data: images when dataImage), or relative when there is no base;
// else "". The result is in net/url's canonical form.
func (b *builder) resolve(ref string, dataImage bool) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	if dataImage {
		if isImageData(ref) {
			return ref
		}
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b.base != nil {
		u = b.base.ResolveReference(u)
	}
	if u.Scheme == "" {
		return u.String()
	}
	switch scheme := strings.ToLower(u.Scheme); {
	case !linkSchemes[scheme]:
		return ""
	case scheme != "mailto" && u.Host == "":
		return "" // "http:x", with no host, is no address
	}
	return u.String()
}

// isImageData reports a base64 data: URL of a raster image type.
func isImageData(s string) bool {
	low := strings.ToLower(s[:min(len(s), 32)])
	for _, t := range []string{"data:image/png;base64,", "data:image/jpeg;base64,", "data:image/gif;base64,", "data:image/webp;base64,"} {
		if strings.HasPrefix(low, t) {
			return !strings.ContainsAny(s, " \t\n\"'<>")
		}
	}
	return false
}

// baseURL returns the URL relative links are resolved against: the page's <base href>
// made absolute against its address, or its address; nil when neither is absolute.
func baseURL(pageURL, baseHref string) *url.URL {
	p, _ := url.Parse(strings.TrimSpace(pageURL))
	if p != nil && !p.IsAbs() {
		p = nil
	}
	if baseHref = strings.TrimSpace(baseHref); baseHref != "" {
		if b, err := url.Parse(baseHref); err == nil {
			if p != nil {
				b = p.ResolveReference(b)
			}
			if b.IsAbs() {
				return b
			}
		}
	}
	return p
}
