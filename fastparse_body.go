package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The "in body" insertion mode of the fast builder, as x/net/html runs it.

func (p *fastParser) inBodyIM() bool {
	switch p.tt {
	case html.TextToken:
		d := p.name
		if n := p.top(); (n.DataAtom == atom.Pre || n.DataAtom == atom.Listing) && n.FirstChild == nil {
			d = strings.TrimPrefix(strings.TrimPrefix(d, "\r"), "\n")
		}
		if d == "" {
			return true
		}
		p.reconstructActiveFormatting()
		p.addText(d)
	case html.StartTagToken:
		return p.inBodyStart()
	case html.EndTagToken:
		return p.inBodyEnd()
	case html.CommentToken:
		p.addComment()
	case html.ErrorToken:
		if len(p.templates) > 0 {
			p.im = fmInTemplate
			return false
		}
	}
	return true
}

func (p *fastParser) inBodyStart() bool {
	switch p.ta {
	case atom.Html:
		if p.oeContains(atom.Template) {
			return true
		}
		p.copyAttributes(p.oe[0])
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script,
		atom.Style, atom.Template, atom.Title:
		return p.inHeadIM()
	case atom.Body:
		if p.oeContains(atom.Template) {
			return true
		}
		if len(p.oe) >= 2 {
			if body := p.oe[1]; body.Type == html.ElementNode && body.DataAtom == atom.Body {
				p.copyAttributes(body)
			}
		}
	case atom.Frameset:
		p.abandon("frameset")
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Search, atom.Section, atom.Summary, atom.Ul:
		p.popUntil(scopeButton, atom.P)
		p.addElement()
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		p.popUntil(scopeButton, atom.P)
		switch p.top().DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			p.pop()
		}
		p.addElement()
	case atom.Pre, atom.Listing, atom.Plaintext:
		p.popUntil(scopeButton, atom.P)
		p.addElement()
	case atom.Form:
		inTemplate := p.oeContains(atom.Template)
		if p.form != nil && !inTemplate {
			return true
		}
		p.popUntil(scopeButton, atom.P)
		p.addElement()
		if !inTemplate {
			p.form = p.top()
		}
	case atom.Li, atom.Dd, atom.Dt:
		for i := len(p.oe) - 1; i >= 0; i-- {
			n := p.oe[i]
			if n.DataAtom == p.ta || p.ta != atom.Li && (n.DataAtom == atom.Dd || n.DataAtom == atom.Dt) {
				p.oe = p.oe[:i]
				break
			}
			if n.DataAtom == atom.Address || n.DataAtom == atom.Div || n.DataAtom == atom.P || !isSpecial(n) {
				continue
			}
			break
		}
		p.popUntil(scopeButton, atom.P)
		p.addElement()
	case atom.Button:
		if p.inScope(scopeDefault, atom.Button) {
			p.generateImpliedEndTags("")
			p.popUntil(scopeDefault, atom.Button)
		}
		p.reconstructActiveFormatting()
		p.addElement()
	case atom.A:
		for i := len(p.afe) - 1; i >= 0 && p.afe[i] != nil; i-- {
			if n := p.afe[i]; n.Type == html.ElementNode && n.DataAtom == atom.A {
				p.endFormatting(atom.A, "a")
				p.oe = removeNode(p.oe, n)
				p.afe = removeNode(p.afe, n)
				break
			}
		}
		p.reconstructActiveFormatting()
		p.addFormattingElement()
	case atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small, atom.Strike,
		atom.Strong, atom.Tt, atom.U:
		p.reconstructActiveFormatting()
		p.addFormattingElement()
	case atom.Nobr:
		p.reconstructActiveFormatting()
		if p.inScope(scopeDefault, atom.Nobr) {
			p.abandon("nobr in nobr")
		}
		p.addFormattingElement()
	case atom.Applet, atom.Marquee, atom.Object:
		p.reconstructActiveFormatting()
		p.addElement()
		p.afe = append(p.afe, nil)
	case atom.Table:
		if !p.quirks {
			p.popUntil(scopeButton, atom.P)
		}
		p.addElement()
		p.im = fmInTable
	case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Keygen, atom.Wbr:
		p.reconstructActiveFormatting()
		p.addElement()
		p.pop()
	case atom.Input:
		p.popUntil(scopeDefault, atom.Select)
		p.reconstructActiveFormatting()
		p.addElement()
		p.pop()
	case atom.Param, atom.Source, atom.Track:
		p.addElement()
		p.pop()
	case atom.Hr:
		if p.inScope(scopeButton, atom.P) {
			p.generateImpliedEndTags("p")
			p.popUntil(scopeDefault, atom.P)
		}
		if p.inScope(scopeDefault, atom.Select) {
			p.generateImpliedEndTags("")
		}
		p.addElement()
		p.pop()
	case atom.Image:
		p.ta, p.name = atom.Img, atom.Img.String()
		return false
	case atom.Textarea:
		p.addElement()
		p.setOriginalIM()
		p.im = fmText
	case atom.Xmp:
		p.popUntil(scopeButton, atom.P)
		p.reconstructActiveFormatting()
		p.genericRawText()
	case atom.Iframe, atom.Noembed:
		p.genericRawText()
	case atom.Noscript:
		p.reconstructActiveFormatting()
		p.addElement()
		p.notRaw = true
	case atom.Select:
		if p.popUntil(scopeDefault, atom.Select) {
			return true
		}
		p.reconstructActiveFormatting()
		p.addElement()
	case atom.Option, atom.Optgroup:
		if p.inScope(scopeDefault, atom.Select) {
			if p.ta == atom.Option {
				p.generateImpliedEndTags("optgroup")
			} else {
				p.generateImpliedEndTags("")
			}
		} else if p.top().DataAtom == atom.Option {
			p.pop()
		}
		p.reconstructActiveFormatting()
		p.addElement()
	case atom.Rb, atom.Rtc, atom.Rp, atom.Rt:
		if p.inScope(scopeDefault, atom.Ruby) {
			if p.ta == atom.Rp || p.ta == atom.Rt {
				p.generateImpliedEndTags("rtc")
			} else {
				p.generateImpliedEndTags("")
			}
		}
		p.addElement()
	case atom.Math:
		p.abandon("math")
	case atom.Svg:
		p.reconstructActiveFormatting()
		p.adjustSVGAttrs()
		p.addElement()
		p.top().Namespace = "svg"
		if p.selfClosing {
			p.pop()
		}
	case atom.Caption, atom.Col, atom.Colgroup, atom.Frame, atom.Head, atom.Tbody, atom.Td,
		atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
		// Ignored.
	default:
		p.reconstructActiveFormatting()
		p.addElement()
	}
	return true
}

func (p *fastParser) inBodyEnd() bool {
	switch p.ta {
	case atom.Body:
		if p.inScope(scopeDefault, atom.Body) {
			p.im = fmAfterBody
		}
	case atom.Html:
		if p.inScope(scopeDefault, atom.Body) {
			p.implied(html.EndTagToken, atom.Body)
			return false
		}
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Button, atom.Center,
		atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Listing, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.Pre, atom.Search, atom.Section, atom.Select, atom.Summary, atom.Ul:
		if !p.inScope(scopeDefault, p.ta) {
			return true
		}
		p.generateImpliedEndTags("")
		p.popUntil(scopeDefault, p.ta)
	case atom.Form:
		if p.oeContains(atom.Template) {
			i := p.inScopeIndex(scopeDefault, atom.Form)
			if i == -1 {
				return true
			}
			p.generateImpliedEndTags("")
			if p.oe[i].DataAtom != atom.Form {
				return true
			}
			p.popUntil(scopeDefault, atom.Form)
			return true
		}
		node := p.form
		p.form = nil
		i := p.inScopeIndex(scopeDefault, atom.Form)
		if node == nil || i == -1 || p.oe[i] != node {
			return true
		}
		p.generateImpliedEndTags("")
		p.oe = removeNode(p.oe, node)
	case atom.P:
		if !p.inScope(scopeButton, atom.P) {
			p.implied(html.StartTagToken, atom.P)
		}
		p.popUntil(scopeButton, atom.P)
	case atom.Li:
		p.popUntil(scopeListItem, atom.Li)
	case atom.Dd, atom.Dt:
		p.popUntil(scopeDefault, p.ta)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		p.popUntil(scopeDefault, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S,
		atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		p.endFormatting(p.ta, p.name)
	case atom.Applet, atom.Marquee, atom.Object:
		if p.popUntil(scopeDefault, p.ta) {
			p.clearActiveFormatting()
		}
	case atom.Br:
		p.tt = html.StartTagToken
		return false
	case atom.Template:
		return p.inHeadIM()
	default:
		p.endOther(p.ta, p.name)
	}
	return true
}

// endFormatting closes the formatting element a (named name) by the adoption agency
// algorithm, as x/net/html runs it: elements misnested with it ("<b><p>x</b>y") are
// cloned and moved so that each keeps its formatting.
func (p *fastParser) endFormatting(a atom.Atom, name string) {
	if cur := p.top(); cur.Data == name && indexOfNode(p.afe, cur) == -1 {
		p.pop()
		return
	}
	for range 8 {
		var fe *html.Node
		for j := len(p.afe) - 1; j >= 0 && p.afe[j] != nil; j-- {
			if p.afe[j].DataAtom == a {
				fe = p.afe[j]
				break
			}
		}
		if fe == nil {
			p.endOther(a, name)
			return
		}
		at := indexOfNode(p.oe, fe)
		if at == -1 {
			p.afe = removeNode(p.afe, fe)
			return
		}
		if !p.inScope(scopeDefault, a) {
			return
		}
		var furthest *html.Node
		for _, e := range p.oe[at:] {
			if isSpecial(e) {
				furthest = e
				break
			}
		}
		if furthest == nil {
			p.oe = p.oe[:at]
			p.afe = removeNode(p.afe, fe)
			return
		}
		p.adopt(fe, at, furthest)
	}
}

// adopt is one round of the adoption agency's outer loop, for the formatting element fe
// (open at index at) and the furthest block above it.
func (p *fastParser) adopt(fe *html.Node, at int, furthest *html.Node) {
	common := p.oe[at-1]
	bookmark := indexOfNode(p.afe, fe)
	last, node := furthest, furthest
	x := indexOfNode(p.oe, node)
	for j := 1; ; j++ {
		x--
		node = p.oe[x]
		if node == fe {
			break
		}
		if ni := indexOfNode(p.afe, node); j > 3 && ni > -1 {
			p.afe = removeNode(p.afe, node)
			if ni <= bookmark {
				bookmark--
			}
			continue
		}
		if indexOfNode(p.afe, node) == -1 {
			p.oe = removeNode(p.oe, node)
			continue
		}
		c := p.cloneNode(node)
		p.afe[indexOfNode(p.afe, node)] = c
		p.oe[indexOfNode(p.oe, node)] = c
		node = c
		if last == furthest {
			bookmark = indexOfNode(p.afe, node) + 1
		}
		detach(last)
		appendChild(node, last)
		last = node
	}
	detach(last)
	if fosterParentOf(common) {
		p.fosterParent(last)
	} else {
		appendChild(common, last)
	}
	c := p.cloneNode(fe)
	for child := furthest.FirstChild; child != nil; child = furthest.FirstChild {
		detach(child)
		appendChild(c, child)
	}
	appendChild(furthest, c)
	if old := indexOfNode(p.afe, fe); old != -1 && old < bookmark {
		bookmark--
	}
	p.afe = removeNode(p.afe, fe)
	p.afe = insertNode(p.afe, bookmark, c)
	p.oe = removeNode(p.oe, fe)
	p.oe = insertNode(p.oe, indexOfNode(p.oe, furthest)+1, c)
}

// cloneNode copies an element without its links or namespace, as x/net/html's clone.
func (p *fastParser) cloneNode(n *html.Node) *html.Node {
	c := p.newNode()
	c.Type, c.DataAtom, c.Data = n.Type, n.DataAtom, n.Data
	c.Attr = make([]html.Attribute, len(n.Attr))
	copy(c.Attr, n.Attr)
	return c
}

// detach unlinks n from its parent, if it has one.
func detach(n *html.Node) {
	parent := n.Parent
	if parent == nil {
		return
	}
	if parent.FirstChild == n {
		parent.FirstChild = n.NextSibling
	}
	if n.NextSibling != nil {
		n.NextSibling.PrevSibling = n.PrevSibling
	}
	if parent.LastChild == n {
		parent.LastChild = n.PrevSibling
	}
	if n.PrevSibling != nil {
		n.PrevSibling.NextSibling = n.NextSibling
	}
	n.Parent, n.PrevSibling, n.NextSibling = nil, nil, nil
}

func insertNode(s []*html.Node, i int, n *html.Node) []*html.Node {
	s = append(s, nil)
	copy(s[i+1:], s[i:])
	s[i] = n
	return s
}

// endOther closes the element named by an end tag (a, or name when a is 0) that the
// modes have no rule for.
func (p *fastParser) endOther(a atom.Atom, name string) {
	for i := len(p.oe) - 1; i >= 0; i-- {
		n := p.oe[i]
		if n.Namespace == "" && n.DataAtom == a && (a != 0 || n.Data == name) {
			p.oe = p.oe[:i]
			return
		}
		if isSpecial(n) {
			return
		}
	}
}
