package winnow

import (
	"strings"

	"golang.org/x/net/html"
)

// Microdata declarations: a forum engine that prints its thread for crawlers (Discourse's
// view without scripts, phpBB and Invision themes, Stack Exchange) marks it up in
// schema.org microdata rather than JSON-LD, an itemscope whose itemtype is
// DiscussionForumPosting or QAPage around the posts. It declares the page a discussion
// as the same type in JSON-LD does (see declaresDiscussion); a reply marked Comment
// alone, under a story, declares nothing.

// schemaOrgPrefixes are the forms in which an itemtype names a schema.org type.
var schemaOrgPrefixes = []string{"https://schema.org/", "http://schema.org/", "schema.org/"}

// noteItemType records, from element n's itemtype, whether the page declares itself a
// discussion in microdata (see ldPageTypes, which the type's name is read by).
func (m *pageMeta) noteItemType(n *html.Node) {
	if m.microForum {
		return
	}
	v := attr(n, "itemtype")
	if v == "" {
		return
	}
	for _, ty := range strings.Fields(v) {
		for _, p := range schemaOrgPrefixes {
			if len(ty) > len(p) && strings.EqualFold(ty[:len(p)], p) &&
				ldPageTypes[strings.ToLower(strings.TrimSuffix(ty[len(p):], "/"))] == typeForum {
				m.microForum = true
				return
			}
		}
	}
}
