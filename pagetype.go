package winnow

import "golang.org/x/net/html"

// pageShape counts the structures that tell one kind of page from another.
type pageShape struct{}

func (s *pageShape) element(n *html.Node, kinds, ctx uint32) {}

func pageType(m *pageMeta, a *Article, t *tree, roots []int32) string { return "article" }
