package structure

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseHTML reads the structure of an HTML fragment the way Parse reads Markdown:
// headings (h1-h6) with their levels, list items (the text before a nested list), table
// cells and <pre> blocks. Images and their alt text are left out.
func ParseHTML(src string) Elements {
	var e Elements
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return e
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				if s := Normalise(textOf(n, false)); s != "" {
					e[Heading] = append(e[Heading], fmt.Sprintf("h%c %s", n.Data[1], s))
				}
				return
			case atom.Li:
				if s := Normalise(itemTextHTML(n)); s != "" {
					e[ListItem] = append(e[ListItem], s)
				}
			case atom.Td, atom.Th:
				if s := Normalise(textOf(n, false)); s != "" {
					e[TableCell] = append(e[TableCell], s)
				}
				return
			case atom.Pre:
				if s := NormaliseCode(textOf(n, true)); s != "" {
					e[CodeBlock] = append(e[CodeBlock], s)
				}
				return
			case atom.Script, atom.Style, atom.Head:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return e
}

// blockish are the elements whose start separates words.
var blockish = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Td: true, atom.Th: true,
	atom.Tr: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Pre: true, atom.Blockquote: true, atom.Section: true, atom.Figcaption: true,
}

// textOf returns the text under n; raw keeps line breaks for <br> (code).
func textOf(n *html.Node, raw bool) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Img {
					continue
				}
				if blockish[c.DataAtom] {
					if raw && c.DataAtom == atom.Br {
						sb.WriteByte('\n')
					} else {
						sb.WriteByte(' ')
					}
				}
				walk(c)
			}
		}
	}
	walk(n)
	return sb.String()
}

// itemTextHTML is a list item's text up to its first nested list or second paragraph,
// as itemText reads a Markdown item: its first block, looked for inside the blocks it
// opens with (a figure's first line, not its caption too).
func itemTextHTML(li *html.Node) string {
	var sb strings.Builder
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Ul, atom.Ol:
				return sb.String()
			case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote, atom.Table,
				atom.Figure, atom.Figcaption, atom.Dl, atom.Dt, atom.Dd:
				if strings.TrimSpace(sb.String()) != "" {
					return sb.String()
				}
				if s := itemTextHTML(c); strings.TrimSpace(s) != "" {
					return s
				}
				continue
			}
			if c.DataAtom == atom.Br {
				sb.WriteByte(' ')
				continue
			}
			sb.WriteString(textOf(c, false))
			continue
		}
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
	}
	return sb.String()
}
