package winnow

import (
	"golang.org/x/net/html"
	"strconv"
	"strings"

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
