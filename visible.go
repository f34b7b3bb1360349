package winnow

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The visible metadata of a page sits in a few short lines around its headline: a date
// line ("Thứ ba, 25/3/2025, 17:53 (GMT+7)", "Published March 25, 2025"), a byline ("By
// Jane Doe", "Von Anna Schmidt", "文/李明"), a kicker or a category. The scanner below reads
// those lines in document order, from a little before the headline to the start of the
// body, and keeps what each says and how it is marked up.

// line is one visual line near the headline: the text of a block up to the next block
// boundary.
type line struct {
	text     string
	author   string // text of an element marked as the author inside the line
	datetime string // datetime attribute of a <time> inside the line
	dateCue  bool   // the line's element is marked as a date (class, id or itemprop)
	before   bool   // the line comes before the headline
	pos      int    // index among the lines after the headline (0 is the first)
}

// Bounds of the scan around the headline.
const (
	// scanLevelsUp is how many ancestors of the headline the scan starts from, so that a
	// date or kicker written above the headline in the same header block is seen.
	scanLevelsUp = 3
	// maxLinesBefore keeps only the last lines before the headline: further up is the
	// site's header.
	maxLinesBefore = 6
	// maxLinesAfter and maxScanRunes bound the scan after the headline: the byline and
	// date line come before the body, or in its first lines. No reader of the lines
	// looks further down than a date line may come (maxDateLinePos; a byline comes
	// sooner, maxBylinePos), so the scan stops there.
	maxLinesAfter = maxDateLinePos
	maxScanRunes  = 2500
	// proseRunes marks a line as body prose; the scan stops after maxProseLines of them.
	proseRunes    = 220
	maxProseLines = 2
	// maxLineRunes cuts absurdly long lines (a body without block markup).
	maxLineRunes = 600
	// scanLinesCap is the room made for the lines at the start: enough for most pages.
	scanLinesCap = 16
)

// scanner gathers the lines around a headline.
type scanner struct {
	head  *html.Node
	after bool // the headline has been passed
	lines []line
	cur   []byte // the text of the line being read, reused from line to line
	text  []byte // the collapsed text of the line being ended, reused likewise
	curL  line
	cues  *cueCache // the walk's cache of class cues (nil: none)
	// ring holds the text of the lines before the headline, which become strings only
	// once the headline is reached: most of them fall out of the last maxLinesBefore.
	ring   [maxLinesBefore + 1][]byte
	nRing  int
	runes  int // runes of text seen after the headline
	prose  int
	nAfter int
}

// scanAround returns the lines near head, in document order.
func scanAround(head *html.Node, cues *cueCache) []line {
	if head == nil {
		return nil
	}
	s := &scanner{head: head, lines: make([]line, 0, scanLinesCap), cues: cues}
	start := head
	for i := 0; i < scanLevelsUp && start.Parent != nil; i++ {
		p := start.Parent
		if p.DataAtom == atom.Body || p.DataAtom == atom.Html || p.Type != html.ElementNode {
			break
		}
		start = p
	}
	if start == head {
		s.pass()
	} else {
		s.visit(start)
	}
	for p := start; p != nil && !s.done(); p = p.Parent {
		for sib := p.NextSibling; sib != nil && !s.done(); sib = sib.NextSibling {
			s.visit(sib)
		}
		if p.Parent != nil && blockTags[p.Parent.DataAtom] {
			s.flush()
		}
	}
	s.flush()
	if !s.after {
		s.pass()
	}
	return s.lines
}

// pass marks the headline as passed, and gives the lines kept before it their text.
func (s *scanner) pass() {
	s.after = true
	first := s.nRing - len(s.lines) // the ring index of the first line kept
	for i := range s.lines {
		s.lines[i].text = string(s.ring[(first+i)%len(s.ring)])
	}
}

// countRunes is utf8.RuneCount without its copy of the text past the first non-ASCII
// byte.
func countRunes(b []byte) int {
	n := 0
	for i := 0; i < len(b); n++ {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return n
}

// cutRunes returns the first n runes of b, as string([]rune(string(b))[:n]) would: a
// broken byte among them becomes U+FFFD.
func cutRunes(b []byte, n int) []byte {
	i := 0
	for k := 0; k < n && i < len(b); k++ {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	if utf8.Valid(b[:i]) {
		return b[:i]
	}
	return []byte(string([]rune(string(b))[:n]))
}

func (s *scanner) done() bool {
	return s.after && (s.nAfter >= maxLinesAfter || s.runes >= maxScanRunes || s.prose >= maxProseLines)
}

// visit adds n's subtree to the lines.
func (s *scanner) visit(n *html.Node) {
	if s.done() {
		return
	}
	switch n.Type {
	case html.TextNode:
		if len(s.cur) < maxLineRunes*4 {
			s.cur = append(s.cur, n.Data...)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if n == s.head {
		s.flush()
		s.pass()
		return
	}
	if skipTags[n.DataAtom] {
		return
	}
	kinds, words, hidden := elementInfoFacts(n, tagInfoOf(n.DataAtom), s.cues, true)
	if hidden || kinds&asideKinds != 0 {
		return
	}
	block := blockTags[n.DataAtom] || n.DataAtom == atom.Br
	if block {
		s.flush()
	}
	if isDateElement(n, words) {
		s.curL.dateCue = true
	}
	if n.DataAtom == atom.Time && s.curL.datetime == "" {
		s.curL.datetime = strings.TrimSpace(attr(n, "datetime"))
	}
	if s.curL.author == "" && isAuthorElement(n, kinds, words) {
		s.curL.author = blockText(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.visit(c)
	}
	if block {
		s.flush()
	}
}

// flush ends the current line.
func (s *scanner) flush() {
	s.text = appendCollapsed(s.text[:0], s.cur)
	s.cur = s.cur[:0]
	if len(s.text) == 0 {
		// An empty line passes its marks on: <div class="author"><div>Name</div></div>.
		return
	}
	l := s.curL
	s.curL = line{}
	text := s.text
	// A line of at most maxLineRunes bytes is not cut; the runes of a line before the
	// headline are not counted, as nothing reads them.
	n := -1
	if len(text) > maxLineRunes {
		if n = countRunes(text); n > maxLineRunes {
			text, n = cutRunes(text, maxLineRunes), maxLineRunes
		}
	}
	if !s.after {
		// Before the headline every line is a before line; the oldest is dropped
		// once there are more than maxLinesBefore, and its ring slot reused.
		l.before = true
		slot := s.nRing % len(s.ring)
		s.nRing++
		s.ring[slot] = append(s.ring[slot][:0], text...)
		s.lines = append(s.lines, l)
		if len(s.lines) > maxLinesBefore {
			copy(s.lines, s.lines[1:])
			s.lines = s.lines[:len(s.lines)-1]
		}
		return
	}
	if n < 0 {
		n = countRunes(text)
	}
	l.text = string(text)
	l.pos = s.nAfter
	s.nAfter++
	s.runes += n
	if n >= proseRunes {
		s.prose++
	}
	s.lines = append(s.lines, l)
}

// dateTokens are the class, id and itemprop words that mark an element holding the
// publication date. Whole words, after splitting at '-', '_' and case changes.
var dateTokens = map[string]bool{
	"date": true, "time": true, "published": true, "publish": true, "pubdate": true,
	"posted": true, "postdate": true, "dateline": true, "timestamp": true, "datetime": true,
	"datum": true, "fecha": true, "data": true, "ngay": true, "thoigian": true, "meta": true,
	"datepublished": true, "created": true, "submitted": true, "entrydate": true, "postedon": true,
}

// authorTokens are the class, id and itemprop words that mark an element holding the
// author's name.
var authorTokens = map[string]bool{
	"author": true, "byline": true, "authorname": true, "writer": true, "autor": true,
	"auteur": true, "creator": true, "reporter": true, "tacgia": true, "journalist": true,
	"contributor": true,
}

// isDateElement reports whether n is a <time>, or its class, id or itemprop marks it as
// a date; words are the lists its words are in (see elementCues).
func isDateElement(n *html.Node, words wordSet) bool {
	return n.DataAtom == atom.Time || words&wordDate != 0
}

// isAuthorElement reports whether n holds an author's name: itemprop=author,
// rel=author, an author class, or a link to an author page. Author boxes with a
// biography are too long to pass the name check later. kinds and words are n's cues
// (see elementCues).
func isAuthorElement(n *html.Node, kinds uint32, words wordSet) bool {
	if strings.Contains(attr(n, "itemprop"), "author") || hasWord(strings.ToLower(attr(n, "rel")), "author") {
		return true
	}
	if kinds&(1<<cueAuthor) != 0 || words&wordAuthor != 0 {
		return true
	}
	if n.DataAtom == atom.A {
		return isAuthorURL(attr(n, "href"))
	}
	return false
}

// authorPathWords are URL path segments that lead to an author's page.
var authorPathWords = map[string]bool{"author": true, "authors": true, "autor": true, "autoren": true,
	"auteur": true, "auteurs": true, "writer": true, "writers": true, "editor": true, "editors": true,
	"contributor": true, "contributors": true, "columnist": true, "columnists": true, "by": true,
	"people": true, "profile": true, "profiles": true, "staff": true, "journalist": true,
	"journalists": true, "reporter": true, "tac-gia": true, "redaktion": true, "user": true,
	"users": true, "u": true, "members": true}

// maxAuthorPathWord is the length of the longest of authorPathWords.
const maxAuthorPathWord = len("contributors")

// isAuthorURL reports whether href has a path segment, between two slashes, that is one
// of authorPathWords in any ASCII case. It reads the segments in a buffer on the stack:
// every link near the headline is asked.
func isAuthorURL(href string) bool {
	var buf [maxAuthorPathWord]byte
	for i := strings.IndexByte(href, '/'); i >= 0; {
		j := strings.IndexByte(href[i+1:], '/')
		if j < 0 {
			return false
		}
		if seg := href[i+1 : i+1+j]; len(seg) > 0 && len(seg) <= maxAuthorPathWord {
			for k := 0; k < len(seg); k++ {
				buf[k] = lower(seg[k])
			}
			if authorPathWords[string(buf[:len(seg)])] {
				return true
			}
		}
		i += 1 + j
	}
	return false
}

// attrHasToken reports whether a word of n's class, id or itemprop is in set.
func attrHasToken(n *html.Node, set map[string]bool) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "itemprop" {
			continue
		}
		if valueHasWord(a.Val, set) {
			return true
		}
	}
	return false
}
