package winnow

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The insertion modes of the fast builder, each as x/net/html runs it (scripting off),
// but for what it abandons. A mode returns whether it consumed the token; if not, the
// token is run again through the mode it switched to.

// process runs the current token through the builder until it is consumed.
func (p *fastParser) process() {
	for !p.step() {
	}
	p.selfClosing = false
}

func (p *fastParser) step() bool {
	if p.inForeignContent() {
		return p.foreignContent()
	}
	return p.mode()
}

// mode runs the current token through the current insertion mode.
func (p *fastParser) mode() bool {
	switch p.im {
	case fmInitial:
		return p.initialIM()
	case fmBeforeHTML:
		return p.beforeHTMLIM()
	case fmBeforeHead:
		return p.beforeHeadIM()
	case fmInHead:
		return p.inHeadIM()
	case fmInHeadNoscript:
		return p.inHeadNoscriptIM()
	case fmAfterHead:
		return p.afterHeadIM()
	case fmInBody:
		return p.inBodyIM()
	case fmText:
		return p.textIM()
	case fmInTable:
		return p.inTableIM()
	case fmInCaption:
		return p.inCaptionIM()
	case fmInColumnGroup:
		return p.inColumnGroupIM()
	case fmInTableBody:
		return p.inTableBodyIM()
	case fmInRow:
		return p.inRowIM()
	case fmInCell:
		return p.inCellIM()
	case fmInTemplate:
		return p.inTemplateIM()
	case fmAfterBody:
		return p.afterBodyIM()
	case fmAfterAfterBody:
		return p.afterAfterBodyIM()
	}
	p.abandon("insertion mode")
	return true
}

// implied runs a token the page leaves out ("<head>", "</head>", "<body>", "<p>")
// through the builder, then restores the current one.
func (p *fastParser) implied(tt html.TokenType, a atom.Atom) {
	stt, sta, sname, sattr, sself := p.tt, p.ta, p.name, p.attr, p.selfClosing
	p.tt, p.ta, p.name, p.attr, p.selfClosing = tt, a, a.String(), nil, false
	p.process()
	p.tt, p.ta, p.name, p.attr, p.selfClosing = stt, sta, sname, sattr, sself
}

const whitespace = " \t\r\n\f"

func (p *fastParser) appendToDoc() {
	n := p.newNode()
	n.Type, n.Data = html.CommentNode, p.name
	appendChild(p.doc, n)
}

func (p *fastParser) setOriginalIM() {
	if p.origSet {
		p.abandon("original mode set twice")
	}
	p.origIM, p.origSet = p.im, true
}

// genericRawText opens a raw-text element.
func (p *fastParser) genericRawText() {
	p.addElement()
	p.origIM, p.origSet = p.im, true
	p.im = fmText
}

func (p *fastParser) initialIM() bool {
	switch p.tt {
	case html.TextToken:
		p.name = strings.TrimLeft(p.name, whitespace)
		if p.name == "" {
			return true
		}
	case html.CommentToken:
		p.appendToDoc()
		return true
	case html.DoctypeToken:
		n, quirks := p.doctype()
		appendChild(p.doc, n)
		p.quirks = quirks
		p.im = fmBeforeHTML
		return true
	}
	p.quirks = true
	p.im = fmBeforeHTML
	return false
}

// doctype returns the node and the quirks mode of the current doctype token. All but
// "<!DOCTYPE html>" are read by x/net/html itself, from the token alone followed by a
// table in a paragraph, which only a quirks-mode page leaves in the paragraph.
func (p *fastParser) doctype() (*html.Node, bool) {
	if p.name == "html" {
		n := p.newNode()
		n.Type, n.Data = html.DoctypeNode, "html"
		return n, false
	}
	probe := make([]byte, 0, p.tokEnd-p.tokStart+16)
	probe = append(append(probe, p.src[p.tokStart:p.tokEnd]...), "<p><table>"...)
	doc, err := html.Parse(bytes.NewReader(probe))
	if err != nil || doc.FirstChild == nil || doc.FirstChild.Type != html.DoctypeNode {
		p.abandon("doctype")
	}
	n := doc.FirstChild
	doc.RemoveChild(n)
	quirks := false
	for t := range doc.Descendants() {
		if t.DataAtom == atom.Table {
			quirks = t.Parent.DataAtom == atom.P
		}
	}
	return n, quirks
}

func (p *fastParser) beforeHTMLIM() bool {
	switch p.tt {
	case html.DoctypeToken:
		return true
	case html.TextToken:
		p.name = strings.TrimLeft(p.name, whitespace)
		if p.name == "" {
			return true
		}
	case html.StartTagToken:
		if p.ta == atom.Html {
			p.addElement()
			p.im = fmBeforeHead
			return true
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Head, atom.Body, atom.Html, atom.Br:
			p.implied(html.StartTagToken, atom.Html)
			return false
		}
		return true
	case html.CommentToken:
		p.appendToDoc()
		return true
	}
	p.implied(html.StartTagToken, atom.Html)
	return false
}

func (p *fastParser) beforeHeadIM() bool {
	switch p.tt {
	case html.TextToken:
		p.name = strings.TrimLeft(p.name, whitespace)
		if p.name == "" {
			return true
		}
	case html.StartTagToken:
		switch p.ta {
		case atom.Head:
			p.addElement()
			p.head = p.top()
			p.im = fmInHead
			return true
		case atom.Html:
			return p.inBodyIM()
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Head, atom.Body, atom.Html, atom.Br:
			p.implied(html.StartTagToken, atom.Head)
			return false
		}
		return true
	case html.CommentToken:
		p.addComment()
		return true
	case html.DoctypeToken:
		return true
	}
	p.implied(html.StartTagToken, atom.Head)
	return false
}

// leadingSpace adds the white space that opens the current text to the current node and
// keeps the rest as the token; it reports true when nothing is left.
func (p *fastParser) leadingSpace() bool {
	s := strings.TrimLeft(p.name, whitespace)
	if len(s) < len(p.name) {
		p.addText(p.name[:len(p.name)-len(s)])
		if s == "" {
			return true
		}
		p.name = s
	}
	return false
}

func (p *fastParser) inHeadIM() bool {
	switch p.tt {
	case html.TextToken:
		if p.leadingSpace() {
			return true
		}
	case html.StartTagToken:
		switch p.ta {
		case atom.Html:
			return p.inBodyIM()
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta:
			p.addElement()
			p.pop()
			return true
		case atom.Noscript:
			p.addElement()
			p.im = fmInHeadNoscript
			p.notRaw = true
			return true
		case atom.Script, atom.Title:
			p.addElement()
			p.setOriginalIM()
			p.im = fmText
			return true
		case atom.Noframes, atom.Style:
			p.genericRawText()
			return true
		case atom.Head:
			return true
		case atom.Template:
			for _, e := range p.oe {
				if e.Namespace != "" {
					p.abandon("template in foreign content")
				}
			}
			p.addElement()
			p.afe = append(p.afe, nil)
			p.im = fmInTemplate
			p.templates = append(p.templates, fmInTemplate)
			return true
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Head:
			p.pop()
			p.im = fmAfterHead
			return true
		case atom.Body, atom.Html, atom.Br:
			p.implied(html.EndTagToken, atom.Head)
			return false
		case atom.Template:
			p.endTemplate()
			return true
		}
		return true
	case html.CommentToken:
		p.addComment()
		return true
	case html.DoctypeToken:
		return true
	}
	p.implied(html.EndTagToken, atom.Head)
	return false
}

func (p *fastParser) inHeadNoscriptIM() bool {
	switch p.tt {
	case html.DoctypeToken:
		return true
	case html.StartTagToken:
		switch p.ta {
		case atom.Html:
			return p.inBodyIM()
		case atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Style:
			return p.inHeadIM()
		case atom.Head:
			return true
		case atom.Noscript:
			p.notRaw = true
			return true
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Noscript, atom.Br:
		default:
			return true
		}
	case html.TextToken:
		if strings.TrimLeft(p.name, whitespace) == "" {
			return p.inHeadIM()
		}
	case html.CommentToken:
		return p.inHeadIM()
	}
	p.pop()
	if p.top().DataAtom != atom.Head {
		p.abandon("noscript in head")
	}
	p.im = fmInHead
	return p.ta == atom.Noscript
}

func (p *fastParser) afterHeadIM() bool {
	switch p.tt {
	case html.TextToken:
		if p.leadingSpace() {
			return true
		}
	case html.StartTagToken:
		switch p.ta {
		case atom.Html:
			return p.inBodyIM()
		case atom.Body:
			p.addElement()
			p.im = fmInBody
			return true
		case atom.Frameset:
			p.abandon("frameset")
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script,
			atom.Style, atom.Template, atom.Title:
			if p.head == nil {
				p.abandon("no head")
			}
			p.oe = append(p.oe, p.head)
			consumed := p.inHeadIM()
			p.oe = removeNode(p.oe, p.head)
			return consumed
		case atom.Head:
			return true
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			return p.inHeadIM()
		default:
			return true
		}
	case html.CommentToken:
		p.addComment()
		return true
	case html.DoctypeToken:
		return true
	}
	p.implied(html.StartTagToken, atom.Body)
	return p.tt == html.ErrorToken
}

func (p *fastParser) textIM() bool {
	switch p.tt {
	case html.ErrorToken:
		p.pop()
	case html.TextToken:
		d := p.name
		if n := p.top(); n.DataAtom == atom.Textarea && n.FirstChild == nil {
			d = strings.TrimPrefix(strings.TrimPrefix(d, "\r"), "\n")
		}
		p.addText(d)
		return true
	case html.EndTagToken:
		p.pop()
	default:
		p.abandon("markup in raw text")
	}
	p.im, p.origSet = p.origIM, false
	return p.tt == html.EndTagToken
}

func (p *fastParser) afterBodyIM() bool {
	switch p.tt {
	case html.ErrorToken:
		return true
	case html.TextToken:
		if strings.TrimLeft(p.name, whitespace) == "" {
			return p.inBodyIM()
		}
	case html.StartTagToken:
		if p.ta == atom.Html {
			return p.inBodyIM()
		}
	case html.EndTagToken:
		if p.ta == atom.Html {
			p.im = fmAfterAfterBody
			return true
		}
	case html.CommentToken:
		if len(p.oe) < 1 || p.oe[0].DataAtom != atom.Html {
			p.abandon("comment after body")
		}
		n := p.newNode()
		n.Type, n.Data = html.CommentNode, p.name
		appendChild(p.oe[0], n)
		return true
	}
	p.im = fmInBody
	return false
}

func (p *fastParser) afterAfterBodyIM() bool {
	switch p.tt {
	case html.ErrorToken:
		return true
	case html.TextToken:
		if strings.TrimLeft(p.name, whitespace) == "" {
			return p.inBodyIM()
		}
	case html.StartTagToken:
		if p.ta == atom.Html {
			return p.inBodyIM()
		}
	case html.CommentToken:
		p.appendToDoc()
		return true
	case html.DoctypeToken:
		return p.inBodyIM()
	}
	p.im = fmInBody
	return false
}

// endTemplate closes the open template, if any.
func (p *fastParser) endTemplate() {
	if !p.oeContains(atom.Template) {
		return
	}
	p.generateImpliedEndTags("")
	for i := len(p.oe) - 1; i >= 0; i-- {
		if n := p.oe[i]; n.Namespace == "" && n.DataAtom == atom.Template {
			p.oe = p.oe[:i]
			break
		}
	}
	p.clearActiveFormatting()
	p.templates = p.templates[:len(p.templates)-1]
	p.resetInsertionMode()
}

// switchTemplate replaces the current template insertion mode with m, and runs the
// token again in it.
func (p *fastParser) switchTemplate(m fastMode) bool {
	p.templates[len(p.templates)-1] = m
	p.im = m
	return false
}

func (p *fastParser) inTemplateIM() bool {
	switch p.tt {
	case html.TextToken, html.CommentToken, html.DoctypeToken:
		return p.inBodyIM()
	case html.StartTagToken:
		switch p.ta {
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script,
			atom.Style, atom.Template, atom.Title:
			return p.inHeadIM()
		case atom.Caption, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			return p.switchTemplate(fmInTable)
		case atom.Col:
			return p.switchTemplate(fmInColumnGroup)
		case atom.Tr:
			return p.switchTemplate(fmInTableBody)
		case atom.Td, atom.Th:
			return p.switchTemplate(fmInRow)
		}
		return p.switchTemplate(fmInBody)
	case html.EndTagToken:
		if p.ta == atom.Template {
			return p.inHeadIM()
		}
		return true
	case html.ErrorToken:
		if !p.oeContains(atom.Template) {
			return true
		}
		p.endTemplate()
		return false
	}
	return false
}
