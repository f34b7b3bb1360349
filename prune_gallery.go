package winnow

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the rule for picture galleries set inside an article: a slideshow, a
// carousel, a grid of photos with their captions. Their text is the pictures' (a caption
// per slide, a counter, "Show all"), shown one at a time over the story or beside it, and
// readers of the article's text do not read it as part of the story; a gallery of slides
// can outweigh the story it illustrates ("Business news in pictures", fifty captions).

// galleryWords name, in a class or an id, a box of pictures shown as a set.
var galleryWords = []string{"gallery", "slideshow"}

// galleryHeads are the words that may follow a gallery word in a class token and leave it
// the head of the compound: a wrapper's generic names ("slider-container",
// "gallery-wrapper"). Any other word after it names a part of the gallery that stands on
// its own ("slideshow-description", a single slide's caption in a page about the
// picture) or a box that merely holds one ("gallery-post-content").
var galleryHeads = []string{"container", "wrapper", "wrap", "inner", "outer", "list", "block", "module", "widget", "section", "items"}

// galleryRestUnits is the least text that must stay outside a gallery for it to be left
// out when it holds most of the chosen text: the story's own paragraphs. A page whose
// text is mostly its gallery's, with no story of this length beside it, is a photo
// page, whose captions are its content.
const galleryRestUnits = storyMinUnits

// isGallery reports whether block i is a picture gallery to leave out of an article: its
// class or id names a gallery (see galleryWords), and, when it holds most of the chosen
// text (total), a story of at least galleryRestUnits stays beside it. Listings and
// catalogues are left alone: there a gallery of items may be the content.
func (t *tree) isGallery(i int32, total int32) bool {
	b := &t.nodes[i]
	if !t.story || t.spread || t.listed || b.units == 0 || b.n.Type != html.ElementNode {
		return false
	}
	if !namesGallery(attr(b.n, "class")) && !namesGallery(attr(b.n, "id")) || !holdsSet(b.n) {
		return false
	}
	return float32(b.units) <= float32(total)*maxDropShare || total-b.units >= galleryRestUnits
}

// holdsSet reports whether element n holds a set of pictures: two images or more, or two
// items of a list (the slides of a gallery whose pictures a script loads). A "gallery"
// of one picture is a figure, and its caption the picture's text.
func holdsSet(n *html.Node) bool {
	images, items := 0, 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Img:
				images++
			case atom.Li:
				items++
			}
			if images >= 2 || items >= 2 || walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// namesGallery reports whether an attribute value holds a token whose head word is a
// gallery word (see galleryWords and galleryHeads). Words are split as attrCues splits
// them: at punctuation, digits and lower-to-upper case changes, matched whole and without
// regard to case.
func namesGallery(v string) bool {
	found := false // the token so far has a gallery word followed only by head words
	for i := 0; i <= len(v); {
		if i == len(v) || isASCIISpace(v[i]) {
			if found {
				return true
			}
			i++
			continue
		}
		if !isLetterByte(v[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(v) && isLetterByte(v[j]) && !(isUpperByte(v[j]) && !isUpperByte(v[j-1])) {
			j++
		}
		w := v[i:j]
		switch {
		case j < len(v) && isDigitByte(v[j]) || i > 0 && isDigitByte(v[i-1]):
			// A word touching a digit is part of a generated name, no word of its own.
		case inFold(galleryWords, w):
			found = true
		case found && !inFold(galleryHeads, w):
			found = false
		}
		i = j
	}
	return false
}

// inFold reports whether w equals one of words, whatever its ASCII case.
func inFold(words []string, w string) bool {
	for _, x := range words {
		if len(x) == len(w) && asciiEqualFold(x, w) {
			return true
		}
	}
	return false
}

// asciiEqualFold reports whether a and b, of equal length, are the same ASCII letters
// whatever their case.
func asciiEqualFold(a, b string) bool {
	for k := 0; k < len(a); k++ {
		if a[k]|0x20 != b[k]|0x20 {
			return false
		}
	}
	return true
}

func isLetterByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isUpperByte(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isDigitByte(c byte) bool  { return '0' <= c && c <= '9' }
