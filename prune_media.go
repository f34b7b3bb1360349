package winnow

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mediaTags are the elements that show a picture or play a clip.
var mediaTags = map[atom.Atom]bool{
	atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true, atom.Iframe: true,
	atom.Embed: true, atom.Object: true, atom.Figure: true,
}

// holdsMedia reports whether element i is or holds a picture or a clip, within a few
// levels. It reads the page's own nodes: cleaning leaves embeds out of the side table.
func (t *tree) holdsMedia(i int32) bool {
	return mediaWithin(t.nodes[i].n, mediaSearchDepth)
}

// mediaSearchDepth bounds the search for a picture or a clip in a wrapper.
const mediaSearchDepth = 4

func mediaWithin(n *html.Node, depth int) bool {
	if mediaTags[n.DataAtom] {
		return true
	}
	for c := n.FirstChild; c != nil && depth > 0; c = c.NextSibling {
		if c.Type == html.ElementNode && mediaWithin(c, depth-1) {
			return true
		}
	}
	return false
}
