package winnow

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nameCounts counts tags by the key tagKey gives them: in an array for tags with an atom,
// in a map for the others.
type nameCounts struct {
	atoms [atomSlots]int32
	other map[uint32]int32
}

func (c *nameCounts) add(key uint32, d int32) {
	if key&(1<<31) == 0 && key>>8 < atomSlots {
		c.atoms[key>>8] += d
		return
	}
	if c.other == nil {
		c.other = map[uint32]int32{}
	}
	c.other[key] += d
}

func (c *nameCounts) get(key uint32) int32 {
	if key&(1<<31) == 0 && key>>8 < atomSlots {
		return c.atoms[key>>8]
	}
	return c.other[key]
}

// shapeBase is the depth of the elements every page has: html, body and the document.
const shapeBase = 3

// shape is what the measuring pass learns of a page, and the state it keeps: a model of
// the parser's stack of open elements and of its list of active formatting elements. The
// model is simpler than the parser (it ignores scopes, and looks only shapeScanDepth
// elements down for an implied end) and is only used to bound the cost of parsing.
type shape struct {
	shapeFacts

	depthCap int // when rewriting: start tags past this depth are dropped
	stack    []openElem
	onStack  nameCounts // open elements by name
	active   []activeElem
	skipped  nameCounts // dropped start tags by name: their end tags are dropped too
	foreign  int        // open svg and math elements
	nextID   int32

	// The token source: the tokenizer (see run), or the page itself (see scan), whose
	// current tag is src[tagStart:tagEnd].
	tok              *html.Tokenizer
	src              []byte
	tagStart, tagEnd int
	notRaw           bool // scan: the model asked that the next token not be raw text

	// onToken, when set, is told of every token: tests hold the two token sources to
	// the same tokens with it.
	onToken func(tt html.TokenType, raw []byte)
}

// shapeFacts is what the measuring pass learns of a page.
type shapeFacts struct {
	nodes    int  // estimated nodes of the tree
	maxDepth int  // deepest nesting
	overflow bool // formatting elements beyond maxActiveFormatting
}

type openElem struct {
	name  uint32
	entry int32 // the id of its entry in the active formatting list, or -1
}

// activeElem is an entry of the list of active formatting elements; a name of 0 is a
// marker.
type activeElem struct {
	name, attrs uint32
	id          int32
	open        bool // on the stack of open elements
	hashed      bool // attrs holds the hash of the attributes (see attrsHash)
	start, end  int  // scan: the start tag in the page, hashed when first compared
}

// spareShapes holds measuring states that passes are done with, for the next ones: a
// state is over 16 KB (see nameCounts), most of it zero.
var spareShapes sync.Pool

// maxSpareStack bounds the stack and active list a spare state keeps.
const maxSpareStack = 1 << 12

// measureShape runs the measuring pass.
func measureShape(ctx context.Context, src []byte) (shapeFacts, error) {
	s := newShape()
	err := s.scan(ctx, src)
	facts := s.shapeFacts
	releaseShape(s)
	return facts, err
}

// newShape returns an empty measuring state, a spare one when there is one.
func newShape() *shape {
	if s, _ := spareShapes.Get().(*shape); s != nil {
		return s
	}
	return &shape{}
}

// releaseShape clears s and keeps it for the next measure.
func releaseShape(s *shape) {
	stack, active := s.stack[:0], s.active[:0]
	if cap(stack) > maxSpareStack || cap(active) > maxSpareStack {
		stack, active = nil, nil
	}
	*s = shape{stack: stack, active: active}
	spareShapes.Put(s)
}

// rewrite re-serialises src without the start tags deeper than depthCap (when > 0) or
// beyond maxActiveFormatting open formatting elements, and without their end tags. Text
// is kept in place, byte for byte.
func rewrite(ctx context.Context, src []byte, depthCap int) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(src))
	s := &shape{depthCap: depthCap}
	if err := s.run(ctx, src, &out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// run tokenizes src with the html tokenizer, updating the model, and writes the tokens
// kept to out (when not nil).
func (s *shape) run(ctx context.Context, src []byte, out *bytes.Buffer) error {
	z := html.NewTokenizer(&ctxReader{ctx: ctx, b: src})
	s.tok = z
	for {
		tt := z.Next()
		if s.onToken != nil && tt != html.ErrorToken {
			s.onToken(tt, z.Raw())
		}
		keep := true
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				if ctx.Err() != nil {
					return fmt.Errorf("winnow: %w", ctx.Err())
				}
				return fmt.Errorf("winnow: parse: %w", err)
			}
			return nil
		case html.TextToken:
			s.text()
		case html.CommentToken, html.DoctypeToken:
			s.nodes++
		case html.StartTagToken, html.SelfClosingTagToken:
			a, key := tagKey(z.Raw())
			keep = s.start(a, key, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			keep = s.end(tagKey(z.Raw()))
		}
		if out != nil && keep {
			out.Write(z.Raw())
		}
	}
}

// text models a text token.
func (s *shape) text() {
	s.nodes++
	s.reopen()
}

// nextIsNotRawText tells the token source that the text after the current start tag is
// markup, as the parser reads it with scripting off, and in svg and math.
func (s *shape) nextIsNotRawText() {
	if s.tok != nil {
		s.tok.NextIsNotRawText()
		return
	}
	s.notRaw = true
}

// start models a start tag named a (see tagKey) and reports whether to keep it.
func (s *shape) start(a atom.Atom, key uint32, selfClosing bool) bool {
	s.nodes++
	class := classOf(a)
	if class&classRaw != 0 && s.foreign == 0 {
		return true // the tokenizer returns its text and end tag next
	}
	if a == atom.Noscript || class&classRaw != 0 {
		s.nextIsNotRawText()
	}
	if class&classVoid != 0 || selfClosing && s.foreign > 0 {
		return true
	}
	if s.depthCap > 0 && len(s.stack)+shapeBase >= s.depthCap {
		s.skipped.add(key, 1)
		return false
	}
	if class&classImplies != 0 {
		for _, closed := range impliedEnd[a] {
			s.closeNear(uint32(closed))
		}
	}
	entry := int32(-1)
	switch {
	case class&classFormatting != 0:
		id, ok := s.addFormatting(key)
		if !ok {
			s.overflow = true
			s.skipped.add(key, 1)
			return false
		}
		entry = id
		s.reopen()
	case class&classMarker != 0:
		s.active = append(s.active, activeElem{})
	case class&classBlock == 0:
		s.reopen()
	}
	if a == atom.Svg || a == atom.Math {
		s.foreign++
	}
	s.push(key, entry)
	return true
}

// end models an end tag named a (see tagKey) and reports whether to keep it.
func (s *shape) end(a atom.Atom, key uint32) bool {
	if s.skipped.get(key) > 0 {
		s.skipped.add(key, -1)
		return false
	}
	switch a {
	case atom.P, atom.Br:
		s.nodes++ // a stray </p> or </br> makes an element
	}
	if s.onStack.get(key) > 0 {
		s.popTo(key)
	}
	if classOf(a)&classFormatting != 0 {
		for i := len(s.active) - 1; i >= 0 && s.active[i].name != 0; i-- {
			if s.active[i].name == key {
				s.active = append(s.active[:i], s.active[i+1:]...)
				break
			}
		}
	}
	return true
}

func (s *shape) push(key uint32, entry int32) {
	s.stack = append(s.stack, openElem{name: key, entry: entry})
	s.onStack.add(key, 1)
	s.maxDepth = max(s.maxDepth, len(s.stack)+shapeBase)
}

// popTo pops the open elements down to and including the last one named key.
func (s *shape) popTo(key uint32) {
	for len(s.stack) > 0 {
		e := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.onStack.add(e.name, -1)
		if e.entry >= 0 {
			s.closeEntry(e.entry)
		}
		if e.name == uint32(atom.Svg) || e.name == uint32(atom.Math) {
			s.foreign--
		}
		if e.name&(1<<31) == 0 && classOf(atom.Atom(e.name))&classMarker != 0 {
			s.clearToMarker()
		}
		if e.name == key {
			return
		}
	}
}

// closeNear pops to an open element named key if it is among the top shapeScanDepth.
func (s *shape) closeNear(key uint32) {
	if s.onStack.get(key) == 0 {
		return
	}
	for i := len(s.stack) - 1; i >= 0 && i >= len(s.stack)-shapeScanDepth; i-- {
		if s.stack[i].name == key {
			s.popTo(key)
			return
		}
	}
}

func (s *shape) closeEntry(id int32) {
	for i := len(s.active) - 1; i >= 0; i-- {
		if s.active[i].id == id && s.active[i].name != 0 {
			s.active[i].open = false
			return
		}
	}
}

func (s *shape) clearToMarker() {
	for len(s.active) > 0 {
		e := s.active[len(s.active)-1]
		s.active = s.active[:len(s.active)-1]
		if e.name == 0 {
			return
		}
	}
}

// addFormatting adds a formatting element to the active list, as the parser does: at
// most three identical entries (the "Noah's Ark" clause), a new <a> ending an open one.
// It reports false when the list already holds maxActiveFormatting entries.
func (s *shape) addFormatting(key uint32) (int32, bool) {
	e := activeElem{name: key, open: true, start: s.tagStart, end: s.tagEnd}
	if s.tok != nil {
		e.attrs, e.hashed = tokenAttrsHash(s.tok), true
	}
	if key == uint32(atom.A) {
		s.endOpenA()
	}
	first, same, firstSame := len(s.active), 0, -1
	for i := len(s.active) - 1; i >= 0 && s.active[i].name != 0; i-- {
		first = i
		if s.active[i].name == key && s.sameAttrs(&s.active[i], &e) {
			same++
			firstSame = i
		}
	}
	if same >= 3 {
		s.active = append(s.active[:firstSame], s.active[firstSame+1:]...)
	}
	if len(s.active)-first >= maxActiveFormatting {
		return 0, false
	}
	s.nextID++
	e.id = s.nextID
	s.active = append(s.active, e)
	return s.nextID, true
}

// sameAttrs reports whether two entries' start tags have the same attributes, hashing
// them first if need be: with the page scanned, only entries of the same name are ever
// compared, which few pages have.
func (s *shape) sameAttrs(a, b *activeElem) bool {
	return s.attrsOf(a) == s.attrsOf(b)
}

func (s *shape) attrsOf(e *activeElem) uint32 {
	if !e.hashed {
		e.attrs, e.hashed = attrsHash(s.src[e.start:e.end]), true
	}
	return e.attrs
}

// tokenAttrsHash hashes the attributes of the tokenizer's current start tag, as the
// tokenizer gives them: lower-case keys, unescaped values, the first of equal keys.
func tokenAttrsHash(z *html.Tokenizer) uint32 {
	h := uint32(fnvOffset)
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		h = fnv32(fnv32(h, k)^'=', v) ^ ' '
	}
	return h
}

// endOpenA models a new <a> ending the one still active: it is closed and leaves the list.
func (s *shape) endOpenA() {
	for i := len(s.active) - 1; i >= 0 && s.active[i].name != 0; i-- {
		if s.active[i].name != uint32(atom.A) {
			continue
		}
		id, open := s.active[i].id, s.active[i].open
		if open {
			s.popTo(uint32(atom.A))
		}
		for j := len(s.active) - 1; j >= 0; j-- {
			if s.active[j].id == id && s.active[j].name != 0 {
				s.active = append(s.active[:j], s.active[j+1:]...)
				break
			}
		}
		return
	}
}

// reopen models the parser's reconstruction of the active formatting elements before
// text and inline elements: every entry after the last open one (or marker) is opened
// again, a new node each.
func (s *shape) reopen() {
	if s.foreign > 0 {
		return
	}
	i := len(s.active)
	for i > 0 && s.active[i-1].name != 0 && !s.active[i-1].open {
		i--
	}
	for ; i < len(s.active); i++ {
		s.active[i].open = true
		s.nodes++
		s.push(s.active[i].name, s.active[i].id)
	}
}
