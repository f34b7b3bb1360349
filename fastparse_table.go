package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The table insertion modes of the fast builder, as x/net/html runs them. What a table
// holds that belongs in no cell (text, or elements other than the table's own) is
// foster-parented before the table (see fosterParent).

func (p *fastParser) inTableIM() bool {
	switch p.tt {
	case html.TextToken:
		if fosterParentOf(p.top()) && strings.Trim(p.name, whitespace) == "" {
			p.addText(p.name)
			return true
		}
	case html.StartTagToken:
		switch p.ta {
		case atom.Caption:
			p.clearStackTo(atom.Table)
			p.afe = append(p.afe, nil)
			p.addElement()
			p.im = fmInCaption
			return true
		case atom.Colgroup:
			p.clearStackTo(atom.Table)
			p.addElement()
			p.im = fmInColumnGroup
			return true
		case atom.Col:
			p.implied(html.StartTagToken, atom.Colgroup)
			return false
		case atom.Tbody, atom.Tfoot, atom.Thead:
			p.clearStackTo(atom.Table)
			p.addElement()
			p.im = fmInTableBody
			return true
		case atom.Td, atom.Th, atom.Tr:
			p.implied(html.StartTagToken, atom.Tbody)
			return false
		case atom.Table:
			if p.popUntil(scopeTable, atom.Table) {
				p.resetInsertionMode()
				return false
			}
			return true
		case atom.Style, atom.Script, atom.Template:
			return p.inHeadIM()
		case atom.Input:
			for _, t := range p.attr {
				if t.Key == "type" && strings.EqualFold(t.Val, "hidden") {
					p.addElement()
					p.pop()
					return true
				}
			}
		case atom.Form:
			if p.oeContains(atom.Template) || p.form != nil {
				return true
			}
			p.addElement()
			p.form = p.pop()
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Table:
			if p.popUntil(scopeTable, atom.Table) {
				p.resetInsertionMode()
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td,
			atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true
		case atom.Template:
			return p.inHeadIM()
		}
	case html.CommentToken:
		p.addComment()
		return true
	case html.DoctypeToken:
		return true
	case html.ErrorToken:
		return p.inBodyIM()
	}
	p.foster = true
	consumed := p.inBodyIM()
	p.foster = false
	return consumed
}

func (p *fastParser) inCaptionIM() bool {
	switch p.tt {
	case html.StartTagToken:
		switch p.ta {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Thead, atom.Tr:
			if !p.popUntil(scopeTable, atom.Caption) {
				return true
			}
			p.clearActiveFormatting()
			p.im = fmInTable
			return false
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Caption:
			if p.popUntil(scopeTable, atom.Caption) {
				p.clearActiveFormatting()
				p.im = fmInTable
			}
			return true
		case atom.Table:
			if !p.popUntil(scopeTable, atom.Caption) {
				return true
			}
			p.clearActiveFormatting()
			p.im = fmInTable
			return false
		case atom.Body, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th,
			atom.Thead, atom.Tr:
			return true
		}
	}
	return p.inBodyIM()
}

func (p *fastParser) inColumnGroupIM() bool {
	switch p.tt {
	case html.TextToken:
		if p.leadingSpace() {
			return true
		}
	case html.CommentToken:
		p.addComment()
		return true
	case html.DoctypeToken:
		return true
	case html.StartTagToken:
		switch p.ta {
		case atom.Html:
			return p.inBodyIM()
		case atom.Col:
			p.addElement()
			p.pop()
			return true
		case atom.Template:
			return p.inHeadIM()
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Colgroup:
			if p.top().DataAtom == atom.Colgroup {
				p.pop()
				p.im = fmInTable
			}
			return true
		case atom.Col:
			return true
		case atom.Template:
			return p.inHeadIM()
		}
	case html.ErrorToken:
		return p.inBodyIM()
	}
	if p.top().DataAtom != atom.Colgroup {
		return true
	}
	p.pop()
	p.im = fmInTable
	return false
}

func (p *fastParser) inTableBodyIM() bool {
	switch p.tt {
	case html.StartTagToken:
		switch p.ta {
		case atom.Tr:
			p.clearStackTo(atom.Tbody, atom.Tfoot, atom.Thead)
			p.addElement()
			p.im = fmInRow
			return true
		case atom.Td, atom.Th:
			p.implied(html.StartTagToken, atom.Tr)
			return false
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			if p.popUntil(scopeTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				p.im = fmInTable
				return false
			}
			return true
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if p.inScope(scopeTable, p.ta) {
				p.clearStackTo(atom.Tbody, atom.Tfoot, atom.Thead)
				p.pop()
				p.im = fmInTable
			}
			return true
		case atom.Table:
			if p.popUntil(scopeTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				p.im = fmInTable
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th, atom.Tr:
			return true
		}
	case html.CommentToken:
		p.addComment()
		return true
	}
	return p.inTableIM()
}

func (p *fastParser) inRowIM() bool {
	switch p.tt {
	case html.StartTagToken:
		switch p.ta {
		case atom.Td, atom.Th:
			p.clearStackTo(atom.Tr)
			p.addElement()
			p.afe = append(p.afe, nil)
			p.im = fmInCell
			return true
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if p.inScope(scopeTable, atom.Tr) {
				p.clearStackTo(atom.Tr)
				p.pop()
				p.im = fmInTableBody
				return false
			}
			return true
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Tr:
			if p.inScope(scopeTable, atom.Tr) {
				p.clearStackTo(atom.Tr)
				p.pop()
				p.im = fmInTableBody
			}
			return true
		case atom.Table:
			if p.inScope(scopeTable, atom.Tr) {
				p.clearStackTo(atom.Tr)
				p.pop()
				p.im = fmInTableBody
				return false
			}
			return true
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if p.inScope(scopeTable, p.ta) && p.inScope(scopeTable, atom.Tr) {
				p.clearStackTo(atom.Tr)
				p.pop()
				p.im = fmInTableBody
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th:
			return true
		}
	}
	return p.inTableIM()
}

func (p *fastParser) inCellIM() bool {
	switch p.tt {
	case html.StartTagToken:
		switch p.ta {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			if p.popUntil(scopeTable, atom.Td, atom.Th) {
				p.clearActiveFormatting()
				p.im = fmInRow
				return false
			}
			return true
		}
	case html.EndTagToken:
		switch p.ta {
		case atom.Td, atom.Th:
			if !p.popUntil(scopeTable, p.ta) {
				return true
			}
			p.clearActiveFormatting()
			p.im = fmInRow
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html:
			return true
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if !p.inScope(scopeTable, p.ta) {
				return true
			}
			if p.popUntil(scopeTable, atom.Td, atom.Th) {
				p.clearActiveFormatting()
			}
			p.im = fmInRow
			return false
		}
	}
	return p.inBodyIM()
}
