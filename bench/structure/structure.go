// Package structure measures how much of an article's structure a Markdown rendering
// keeps: its headings (text and level), list items, table cells and code blocks, read
// with a CommonMark/GFM parser (github.com/yuin/goldmark) so that what counts is what a
// Markdown reader sees, not what the text looks like.
package structure

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/unicode/norm"
)

// Kind is a kind of structural element.
type Kind int

// The kinds measured.
const (
	Heading Kind = iota
	ListItem
	TableCell
	CodeBlock
	NumKinds
)

var kindNames = [NumKinds]string{"heading", "list_item", "table_cell", "code_block"}

func (k Kind) String() string { return kindNames[k] }

// Elements holds a document's structural elements per kind, each as a normalised key:
// headings as "h2 text", the others as their text.
type Elements [NumKinds][]string

var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// Parse reads a Markdown document's structure.
func Parse(src string) Elements {
	var e Elements
	b := []byte(src)
	doc := md.Parser().Parse(text.NewReader(b))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if !isATX(n, b) {
				return ast.WalkContinue, nil
			}
			if s := Normalise(inlineText(n, b, -1)); s != "" {
				e[Heading] = append(e[Heading], fmt.Sprintf("h%d %s", n.Level, s))
			}
			return ast.WalkSkipChildren, nil
		case *ast.ListItem:
			if s := Normalise(itemText(n, b)); s != "" {
				e[ListItem] = append(e[ListItem], s)
			}
		case *east.TableCell:
			if s := Normalise(inlineText(n, b, -1)); s != "" {
				e[TableCell] = append(e[TableCell], s)
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock:
			if s := NormaliseCode(linesText(n, b)); s != "" {
				e[CodeBlock] = append(e[CodeBlock], s)
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock:
			// Only fenced code counts. The truth writes its code blocks fenced (516
			// on 44 wcxb-dev pages); its 61 indented ones (on 16 pages) are accidents
			// of its Markdown, as its setext headings are: prose lines it indented,
			// or the indented inner lines of code it wrote unfenced, cut from the
			// code's other lines (one of the 61 matched a block of winnow's). winnow
			// writes fenced code only, and the round trip (its Markdown read back by
			// goldmark against its clean HTML) shows any indented block it wrote.
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return e
}

// PlainText returns the text a reader of the rendered Markdown sees: blocks separated
// by blank lines, inline markup and images left out (alt text is not article text).
func PlainText(src string) string {
	b := []byte(src)
	doc := md.Parser().Parse(text.NewReader(b))
	var sb strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Image:
				continue
			case *ast.FencedCodeBlock, *ast.CodeBlock:
				sb.WriteString("\n\n")
				sb.WriteString(linesText(c, b))
				sb.WriteString("\n\n")
				continue
			case *ast.Text:
				sb.Write(unescape(c.Segment.Value(b)))
				if c.SoftLineBreak() || c.HardLineBreak() {
					sb.WriteByte('\n')
				}
				continue
			case *ast.String:
				sb.Write(c.Value)
				continue
			case *ast.AutoLink:
				sb.Write(c.Label(b))
				continue
			case *ast.RawHTML:
				if isBreakTag(c, b) {
					sb.WriteByte('\n')
				}
				continue
			}
			if c.Type() == ast.TypeBlock || c.Kind() == east.KindTableCell {
				sb.WriteString("\n\n")
				walk(c)
				sb.WriteString("\n\n")
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	return sb.String()
}

// isATX reports whether a heading is written with "#" marks. Only those count: the truth
// writes its headings so, and its setext "headings" are accidents of its Markdown, a
// line of flattened code or a paragraph's last line above a "---" rule or a line of
// "=" (all 631 of them in wcxb-dev, on 18 pages); winnow writes no setext heading.
func isATX(h *ast.Heading, src []byte) bool {
	l := h.Lines()
	if l.Len() == 0 {
		return true // "#" alone: an empty ATX heading, which has no key anyway
	}
	i := l.At(0).Start
	for i > 0 && (src[i-1] == ' ' || src[i-1] == '\t') {
		i--
	}
	return i > 0 && src[i-1] == '#'
}

// inlineText returns the text of a node's inline content, images left out, up to the
// source offset limit when limit >= 0.
func inlineText(n ast.Node, src []byte, limit int) string {
	var sb strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Image:
				continue
			case *ast.RawHTML:
				if isBreakTag(c, src) {
					sb.WriteByte(' ')
				}
				continue
			case *ast.Text:
				if limit >= 0 && c.Segment.Start >= limit {
					return
				}
				sb.Write(unescape(c.Segment.Value(src)))
				if c.SoftLineBreak() || c.HardLineBreak() {
					sb.WriteByte(' ')
				}
				continue
			case *ast.String:
				sb.Write(c.Value)
				continue
			case *ast.AutoLink:
				sb.Write(c.Label(src))
				continue
			case *ast.List:
				continue
			}
			if c.Type() == ast.TypeBlock {
				sb.WriteByte(' ')
			}
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// isBreakTag reports whether raw inline HTML is a <br>: a line break a reader sees,
// which GFM writes so inside a table cell ("a<br>b"), and which must separate the words
// on either side of it as a line break in the text does, not join them.
func isBreakTag(n *ast.RawHTML, src []byte) bool {
	var sb strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		sb.Write(seg.Value(src))
	}
	t := strings.ToLower(strings.Join(strings.Fields(sb.String()), ""))
	return t == "<br>" || t == "<br/>"
}

// unescape resolves backslash escapes and entities, as a Markdown renderer does.
func unescape(b []byte) []byte {
	return util.ResolveNumericReferences(util.ResolveEntityNames(util.UnescapePunctuations(b)))
}

// itemText is a list item's text: that of its first block with text (its first
// paragraph, or a heading), so that an item holding a title and a paragraph under it counts as the
// title, as annotators write it, and nested lists are items of their own. The text
// stops at the first lazy continuation line: the truth writes a paragraph right under a
// list ("- last item\nNext paragraph.") without the blank line that CommonMark needs to
// end the list, and means a paragraph, not more of the item.
func itemText(n *ast.ListItem, src []byte) string {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.List); ok {
			return ""
		}
		if s := inlineText(c, src, lazyLine(c, src)); strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// lazyLine returns the source offset of the first line of block c that starts left of
// its first line's text (a lazy continuation line), or -1.
func lazyLine(c ast.Node, src []byte) int {
	l := c.Lines()
	if c.Type() != ast.TypeBlock || l.Len() < 2 {
		return -1
	}
	col := textColumn(src, l.At(0).Start)
	for i := 1; i < l.Len(); i++ {
		if s := l.At(i).Start; textColumn(src, s) < col {
			return s
		}
	}
	return -1
}

// textColumn is the column (in bytes) of the first non-blank byte at or after offset i
// on its line.
func textColumn(src []byte, i int) int {
	start := i
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i - start
}

func linesText(n ast.Node, src []byte) string {
	var sb strings.Builder
	l := n.Lines()
	for i := 0; i < l.Len(); i++ {
		seg := l.At(i)
		sb.Write(seg.Value(src))
	}
	return sb.String()
}

// Normalise makes a key of a text: its letters, digits and combining marks, lower case
// and NFC. White space and punctuation are left out since annotators and renderers
// disagree on them and not on the element: the truth was typed by language models that
// write straight quotes and hyphens where the page has curly quotes and en dashes, drop
// the quotes around a title, mend "2,900online" to "2,900 online", and end headings
// and cells with ":" or not. The text itself is measured by the shingle scores. A text
// of punctuation and symbols only (a cell holding "✓" or "—") keeps them, dashes and
// quotes folded to ASCII, white space left out.
func Normalise(s string) string {
	s = norm.NFC.String(strings.ToLower(s))
	if k := strings.Map(keepWordRune, s); k != "" {
		return k
	}
	return strings.Join(strings.FieldsFunc(typography.Replace(s), isSep), "")
}

func keepWordRune(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return r
	}
	return -1
}

// typography folds typographic quotes and dashes to their ASCII forms, which the truth
// mostly writes.
var typography = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2212", "-",
)

func isSep(r rune) bool { return unicode.IsSpace(r) || r == 0x200b || r == 0xa0 }

// NormaliseCode makes a key of a code block: white space removed altogether, because the
// truth of some sets flattens code onto one line while the page keeps its lines; and the
// marks that the truth's Markdown converter leaked into its fences or took out of them
// left out on both sides: backticks and "*" (inline code and emphasis it wrote inside a
// fence, "`location` `/images/` {"), link syntax (a linked word of code written
// "[display](https://…)"), and "#" (it strips the marks of comment lines, "# Create a
// file" becoming "Create a file"). The code's text is measured by the shingle scores.
func NormaliseCode(s string) string {
	s = norm.NFC.String(mdLink.ReplaceAllString(s, "$1"))
	return strings.Join(strings.FieldsFunc(s, isCodeSep), "")
}

// mdLink is an inline Markdown link, its text in group 1.
var mdLink = regexp.MustCompile(`\[([^\]\n]*)\]\([^)\s]*\)`)

// isCodeSep reports the runes a code key leaves out: white space and the leaked marks.
func isCodeSep(r rune) bool { return isSep(r) || r == '`' || r == '*' || r == '#' }

// Count is the match of one kind: true positives, false positives, false negatives.
type Count struct{ TP, FP, FN int }

// Add adds another count.
func (c *Count) Add(o Count) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// P is the precision; 1 when nothing was predicted.
func (c Count) P() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// R is the recall; 1 when the truth has nothing.
func (c Count) R() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of P and R.
func (c Count) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Match compares the elements of a prediction with the truth's, kind by kind, as
// multisets of keys.
func Match(truth, pred Elements) [NumKinds]Count {
	var out [NumKinds]Count
	for k := range NumKinds {
		want := map[string]int{}
		for _, s := range truth[k] {
			want[s]++
		}
		for _, s := range pred[k] {
			if want[s] > 0 {
				want[s]--
				out[k].TP++
			} else {
				out[k].FP++
			}
		}
		for _, n := range want {
			out[k].FN += n
		}
	}
	return out
}
