package winnow

import (
	"net/url"
	"strings"
)

// Discussions: on a forum thread or a Q&A page the replies are the content, yet they
// carry the same class words ("comment", "reply-list") as the comment section under a
// news story. Selection first reads them as boilerplate; on a page that declares itself
// a discussion, when they hold more text than everything else on the page, the choice
// is made again with the comments counted as prose (see classify). The declaration is
// asked for because the comment section under a story can outgrow the story too, and
// there it is no content.

// discussionOver: the comments of a discussion hold at least this share of the text
// outside them and outside boilerplate. The opening post of a thread is most often short
// next to its replies, but an announcement or a long question can outweigh a few
// replies, which are content all the same; a page under a forum's path whose comments
// hold less than this is a story with a few remarks under it.
const discussionOver = 0.25

// storylessMaxUnits: a page that does not declare itself a discussion has its comments
// read as content when the text outside them and outside boilerplate is less than this:
// there is no story for them to sit under (a live ticker whose entries are named
// comments, a guest book). A story with a comment section holds more than its title;
// a shop's reviews are never its content (see showsShop).
const storylessMaxUnits = 4 * unitsPerPoint

// briefStoryMaxUnits and briefStoryOver: on a page that does not declare itself a
// discussion, a story shorter than briefStoryMaxUnits (a paragraph or two) under
// comments that hold briefStoryOver times its prose is a link-sharing site's post (a
// summary of a story elsewhere, a changelog, a question) and the readers' discussion is
// what the page is for. A news story has more to it, and its comment section is no
// content (see TestUndeclaredCommentsStayOut).
const (
	briefStoryMaxUnits = 15 * unitsPerPoint
	briefStoryOver     = 2
)

// discussionMinUnits: fewer units of comment prose are a few replies, not a thread.
const discussionMinUnits = 500

// declaresDiscussion reports whether the page declares itself a thread: by a JSON-LD
// type of a forum post or a Q&A page (or the same type in microdata, see noteItemType),
// an og:type of a forum, or an address whose path
// names a forum (see urlPageTypes) or whose host and path name one together (see
// forumAddress).
func declaresDiscussion(m *pageMeta, rawURL string) bool {
	for _, ty := range m.ld.types {
		if ldPageTypes[strings.ToLower(ty)] == typeForum {
			return true
		}
	}
	if m.microForum || strings.EqualFold(m.meta["og:type"], "forum") {
		return true
	}
	u, err := url.Parse(rawURL)
	if err != nil || rawURL == "" {
		return false
	}
	p := strings.ToLower(u.Path) + "/"
	for _, w := range urlPageTypes {
		if w.typ == typeForum && strings.Contains(p, w.word) {
			return true
		}
	}
	return forumAddress(u)
}

// isDiscussion reports whether the page's comment blocks, marked as boilerplate by the
// pass just done, are its content: the page declares itself a discussion and they hold
// discussionOver times the text outside boilerplate, or there is next to no such text
// (see storylessMaxUnits, storyUnits), or only a brief story that they outweigh (see
// briefStoryMaxUnits). It sums their prose the way sumMass sums good units,
// without touching the counts.
func (t *tree) isDiscussion() bool {
	nodes := t.nodes
	var prose int32
	for j := int32(1); j < int32(len(nodes)); {
		b := &nodes[j]
		if b.text || !b.inBoiler || nodes[b.parent].inBoiler || b.kinds&boilerKinds != 1<<cueComments {
			j++
			continue
		}
		end := t.subtreeEnd(j)
		for k := j; k < end; k++ {
			prose += nodes[k].prose()
		}
		j = end
	}
	if prose < discussionMinUnits {
		return false
	}
	if !t.discussion {
		story := t.storyUnits()
		return !t.shop && (story < storylessMaxUnits || story < briefStoryMaxUnits && float32(prose) >= briefStoryOver*float32(story))
	}
	return float32(prose) >= discussionOver*float32(t.plainUnits())
}

// storyUnits counts the prose outside boilerplate, block by block as isDiscussion counts
// the comments' prose: the story, if any, that comments would sit under. Short lines (a
// match's line-ups in a tab, a listing's items) are no story.
func (t *tree) storyUnits() int32 {
	var sum int32
	for i := range t.nodes {
		if c := &t.nodes[i]; !c.inBoiler {
			sum += c.prose()
		}
	}
	return sum
}

// prose returns the block's own text net of links when it reads as prose, as sumMass
// counts good units (enough words, few of them linked), and 0 otherwise.
func (b *blk) prose() int32 {
	if !b.text && b.block && b.ownUnits-b.ownLink >= goodMinUnits &&
		float32(b.ownLink) < float32(b.ownUnits)*badLinkShare {
		return b.ownUnits - b.ownLink
	}
	return 0
}

// plainUnits counts the page's text outside boilerplate: prose, and the short lines of
// a listing's items too, which a discussion's replies must also outweigh.
func (t *tree) plainUnits() int32 {
	var sum int32
	for i := range t.nodes {
		if b := &t.nodes[i]; b.text && !b.inBoiler {
			sum += b.units
		}
	}
	return sum
}

// showsShop reports whether the page sells a product: it declares one, by JSON-LD or
// og:type, or shows more buy and cart controls than a thread shows in its ads (see
// maxThreadCarts). A shop's reviews carry the class words of comments and can hold
// more text than its description, but they are never its content.
func showsShop(m *pageMeta) bool {
	if strings.HasPrefix(strings.ToLower(m.meta["og:type"]), "product") || m.shape.carts > maxThreadCarts {
		return true
	}
	for _, ty := range m.ld.types {
		if ldPageTypes[strings.ToLower(ty)] == typeProduct {
			return true
		}
	}
	return false
}
