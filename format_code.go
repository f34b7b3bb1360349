package winnow

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Code blocks as a reader wants them: the code alone, without the line numbers that
// highlighters print beside it, and fenced with the language the page names, however the
// highlighter names it.

// minGutterLines is the fewest lines a code block needs for its numbers to be read as a
// gutter: one line that opens with "1" is as likely code ("1 + 1") as a line number.
const minGutterLines = 2

// stripGutter returns code without the line-number gutter a highlighter wrote into its
// text, and whether it found one. A gutter numbers every line, counting up by one,
// right-aligned (spaces before a short number) and glued to the line's code, since it
// sits in an element of its own ("<span class=ln>2</span>import os" reads "2import
// os"); an empty line of code is its number alone. Copied out, the numbers would make
// the code wrong, so they go. Numbers that most lines follow with ". " or ") " are a
// numbered list written in a <pre>, and numbers that every line separates from its text by a space
// are the page's own columns (a ranking, "cat -n"): both stay. A line whose number is
// followed by a digit breaks the count, which keeps "10 PRINT", "20 GOTO" intact.
func stripGutter(code string) (string, bool) {
	lines := strings.Split(code, "\n")
	if len(lines) < minGutterLines {
		return code, false
	}
	start, glued, spaced, marked := -1, false, true, 0
	rest := make([]string, len(lines))
	for k, l := range lines {
		s := strings.TrimLeft(l, " ")
		d := 0
		for d < len(s) && s[d] >= '0' && s[d] <= '9' {
			d++
		}
		n, err := strconv.Atoi(s[:d])
		if d == 0 || err != nil || k == 0 && n > 1e6 {
			return code, false
		}
		if k == 0 {
			start = n
		} else if n != start+k {
			return code, false
		}
		after := s[d:]
		if len(after) > 1 && (after[0] == '.' || after[0] == ')') && after[1] == ' ' {
			marked++
		}
		bare := strings.TrimSpace(after) == ""
		glued = glued || bare || after[0] != ' ' && after[0] != '\t'
		spaced = spaced && (bare || after[0] == ' ' || after[0] == '\t')
		rest[k] = after
	}
	if !glued || 2*marked > len(lines) {
		return code, false
	}
	for k, r := range rest {
		if spaced && r != "" {
			r = r[1:] // the one space the gutter put between its numbers and the code
		}
		rest[k] = strings.TrimRight(r, " ")
	}
	return strings.Join(rest, "\n"), true
}

// isGutterOnly reports whether code is nothing but line numbers counting up by one, one
// a line: the gutter column a highlighter lays out in a <pre> of its own beside the
// code's (Pygments' and Rouge's table layouts). It is not code, and the block beside it
// holds the code.
func isGutterOnly(code string) bool {
	lines := strings.Split(code, "\n")
	if len(lines) < minGutterLines {
		return false
	}
	start := 0
	for k, l := range lines {
		n, err := strconv.Atoi(strings.TrimSpace(l))
		if k == 0 {
			start = n
		}
		if err != nil || n != start+k {
			return false
		}
	}
	return true
}

// codeLineClass is the class highlighters (Shiki, Code Hike, many site themes) give
// the element that holds one line of code, shown as a line by their style sheet, not
// by a newline in the text: a line of its own in the output too.
const codeLineClass = "line"

// isCodeLine reports whether element n holds one line of a code block.
func isCodeLine(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for f := range strings.FieldsSeq(attr(n, "class")) {
		if f == codeLineClass {
			return true
		}
	}
	return false
}

// lineOpen reports whether the last line of code so far holds more than white space:
// a line element starting there needs a newline before it.
func lineOpen(code string) bool {
	return strings.TrimRight(code[strings.LastIndexByte(code, '\n')+1:], " \t") != ""
}

// langNames are the languages a highlighter may name by a bare class on the <pre> or
// <code> ("<pre class=rust>", "<pre class='brush: js'>" split in two, MDN's "<pre
// class=css>"), without a prefix. Only names that mean nothing else as a class on a code
// element are listed: "text", "code", "source" are not languages.
var langNames = newSet(
	"bash", "c", "clojure", "cpp", "csharp", "css", "dart", "diff", "dockerfile",
	"elixir", "erlang", "go", "golang", "graphql", "groovy", "haskell", "html", "ini",
	"java", "javascript", "js", "json", "jsx", "kotlin", "latex", "lua", "makefile",
	"markdown", "matlab", "nginx", "objectivec", "ocaml", "perl", "php", "powershell",
	"python", "py", "r", "ruby", "rust", "scala", "scss", "shell", "sh", "sql", "swift",
	"toml", "ts", "tsx", "typescript", "vb", "xml", "yaml", "yml", "zsh",
)

// noLang are the names highlighters give a block whose language they do not know or do
// not colour: a fence that names them tells the reader nothing.
var noLang = newSet("none", "plaintext", "plain", "text", "txt", "default", "auto", "nohighlight", "no-highlight")

func newSet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, s := range names {
		m[s] = true
	}
	return m
}

// classLang finds the language a class attribute names: by a prefix highlighters use
// ("language-go", "highlight-python"), as SyntaxHighlighter's "brush: js" (the name may
// be the next token), or, when bare is set, by a bare language name.
func classLang(class string, bare bool) string {
	fields := strings.Fields(class)
	for k, f := range fields {
		f = strings.TrimRight(f, ";")
		if strings.EqualFold(f, "brush:") && k+1 < len(fields) {
			if l := safeLang(strings.TrimRight(fields[k+1], ";")); l != "" {
				return l
			}
			continue
		}
		for _, p := range langPrefixes {
			if len(f) > len(p) && strings.EqualFold(f[:len(p)], p) {
				if l := safeLang(f[len(p):]); l != "" {
					return l
				}
			}
		}
	}
	if bare {
		for _, f := range fields {
			if f = strings.ToLower(strings.TrimRight(f, ";")); langNames[f] {
				return f
			}
		}
	}
	return ""
}

// langCandidates are the elements whose class may name a <pre>'s language, nearest
// first: the <pre>, the <code> in it, and two levels of wrappers (Sphinx writes
// <div class="highlight-python"><div class="highlight"><pre>). A bare name counts only
// on the <pre> and its <code>: on a wrapper, "go" or "r" may mean anything.
func langCandidates(pre *html.Node) (nodes []*html.Node, bare []bool) {
	nodes, bare = append(nodes, pre), append(bare, true)
	for c := pre.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "code" {
			nodes, bare = append(nodes, c), append(bare, true)
			break
		}
	}
	for p, k := pre.Parent, 0; p != nil && k < 2; p, k = p.Parent, k+1 {
		nodes, bare = append(nodes, p), append(bare, false)
	}
	return nodes, bare
}
