package winnow

import "golang.org/x/net/html/atom"

// Footer-only choices: a page whose content its script draws after loading (a shop's
// grid, a chart, a schedule) leaves in its HTML only the frame around that content, and
// the choice then settles on the one block of text the frame holds, its footer: the
// copyright line ("© Acme Ltd. All rights reserved."), a legal notice, a crisis line.
// A page's footer is never its content; when every chosen block lies in it and the page
// names no content elsewhere (see furnitureChoice, which runs first), the page has no
// content to give, and an empty text says so better than its footer.

// footerWords are the class and id words that name a page's footer, as its <footer>
// element or its contentinfo role do. "copyright" and "disclaimer" are left out: a legal
// page's text is named after them.
var footerWords = map[string]bool{"footer": true, "site-footer": true, "page-footer": true}

// footerOnly returns nil when every one of roots lies in the page's footer (see
// inPageFooter), else roots.
func (t *tree) footerOnly(roots []int32) []int32 {
	if len(roots) == 0 {
		return roots
	}
	for _, r := range roots {
		if !t.inPageFooter(r) {
			return roots
		}
	}
	return nil
}

// inPageFooter reports whether block i lies in the page's footer: an element that is a
// <footer>, has the contentinfo role or is named a footer (see footerWords), in no
// <main> or <article> (whose footers are their own), and in no block named as content
// but the <body> ("<body id=body>").
func (t *tree) inPageFooter(i int32) bool {
	footer := false
	for p := i; p != none; p = t.nodes[p].parent {
		b := &t.nodes[p]
		if b.tag == atom.Main || b.tag == atom.Article {
			return false
		}
		if b.has(cueContent) && !b.has(cueFooter) && b.tag != atom.Body && b.tag != atom.Html {
			return false
		}
		if !footer && b.has(cueFooter) && !b.has(cueContent) &&
			(b.tag == atom.Footer || attr(b.n, "role") == "contentinfo" || t.hasAttrWord(p, footerWords)) {
			footer = true
		}
	}
	return footer
}
