package winnow

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An accordion that animates its panels (react-animate-height, Framer Motion, the
// styled-components kits) closes a panel by setting its height to zero, and hides it
// from readers with visibility:hidden or aria-hidden as well, so that no link inside
// takes the focus: <div style="height:0;overflow:hidden" aria-hidden="true">. Its class
// words are a kit's hashes, so panelWords do not name it. A menu's closed dropdown hides
// with display:none or a class, and says it is a menu (see collapsedPanel's guard); a
// block of zero height that is hidden is the answer of a FAQ, the text of a closed tab.

// zeroHeightPanel reports whether hidden element n has its height set to zero (see
// zeroHeightStyle), the mark of a collapsed panel that opens by animating its height.
// Elements that hold no text (an image, a frame: tracking pixels are zero-sized) are
// left out: they are not panels.
func zeroHeightPanel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Img, atom.Iframe, atom.Embed, atom.Object, atom.Video, atom.Svg, atom.Template, atom.Dialog:
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "style" && zeroHeightStyle(a.Val) || a.Key == "height" && strings.TrimSpace(a.Val) == "0" {
			return true
		}
	}
	return false
}

// zeroHeightStyle reports whether inline style s sets the height to zero ("height:0",
// "height: 0px") and does not remove the block with display:none. An e-mail's preheader,
// the preview line a newsletter's web copy keeps, is removed and squeezed at once
// ("display:none;max-height:0"): it is never shown, and no panel.
func zeroHeightStyle(s string) bool {
	if strings.Contains(s, "none") && strings.Contains(strings.ToLower(strings.Join(strings.Fields(s), "")), "display:none") {
		return false
	}
	for len(s) > 0 {
		decl := s
		if i := strings.IndexByte(s, ';'); i >= 0 {
			decl, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if k == "height" && (v == "0" || v == "0px") {
			return true
		}
	}
	return false
}
