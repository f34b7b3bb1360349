package winnow

import (
	"bytes"
	"context"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The measuring pass (shape.go) and the fast builder read a page with the same scanner,
// token for token, until the model and the builder disagree on whether a start tag's
// text is raw (the model follows svg and math more loosely than the builder). So the
// builder feeds the model its own tokens as it reads them, and the page is tokenized once:
// fastParseMeasured builds the tree and measures the page in one pass. It gives the page
// up as soon as the measure passes one of its limits (too many nodes, too deep, too many
// formatting elements open), before the tree has grown past what the measure allowed,
// and the caller then measures and parses the page as before. The model's facts are the
// measuring pass's own, since it saw the same tokens.

// fastMeasure is the measuring pass's state inside the fast builder.
type fastMeasure struct {
	s        *shape // the model, or nil: no measure
	maxNodes int    // the measure's bound on nodes (when > 0)
	stopped  bool   // the builder gave the page up for the measure's sake
}

// fastMeasured tells how fastParseMeasured ended.
type fastMeasured uint8

const (
	// measuredBuilt: the tree is built and the page measured.
	measuredBuilt fastMeasured = iota
	// measuredAbandoned: the builder gave the page up for a construct it does not
	// implement; it would give the same bytes up again.
	measuredAbandoned
	// measuredNot: the measure passed a limit, the model lost the builder's tokens, ctx
	// was cancelled, or the builder would read the page rewritten (see
	// closeNoscriptRaw): neither tree nor measure.
	measuredNot
)

// fastParseMeasured builds the tree of src and measures it (see measureShape) in one
// pass, when it can (see fastMeasured). A page that may hold more than maxNodes nodes
// (when > 0) is left to be measured first, so that it is refused before any tree is
// built: one whose tags and the texts between them (two nodes per '<') pass the bound.
func fastParseMeasured(ctx context.Context, src []byte, maxNodes int) (*html.Node, shapeFacts, fastMeasured) {
	tags := bytes.Count(src, []byte("<"))
	if maxNodes > 0 && 2*tags+1 > maxNodes {
		return nil, shapeFacts{}, measuredNot
	}
	if page := closeNoscriptRaw(src); len(page) != len(src) {
		return nil, shapeFacts{}, measuredNot
	}
	s := newShape()
	s.src = src
	p := &fastParser{src: src, m: fastMeasure{s: s, maxNodes: maxNodes}}
	doc, ok := p.parse(ctx, tags)
	facts := s.shapeFacts
	releaseShape(s)
	switch {
	case ok:
		return doc, facts, measuredBuilt
	case p.m.stopped || ctx.Err() != nil:
		return nil, shapeFacts{}, measuredNot
	}
	return nil, shapeFacts{}, measuredAbandoned
}

// exceeds reports whether the measure of a page asks that it be refused (more nodes
// than maxNodes, when > 0) or rewritten (see parseShaped).
func (f shapeFacts) exceeds(maxNodes int) bool {
	return maxNodes > 0 && f.nodes > maxNodes || f.maxDepth > parserMaxDepth || f.overflow
}

// limit gives the page up once the measure passes one of its limits.
func (m *fastMeasure) limit(p *fastParser) {
	if m.s.exceeds(m.maxNodes) {
		m.stopped = true
		p.abandon("measure")
	}
}

// mText measures a text token.
func (p *fastParser) mText() {
	if m := &p.m; m.s != nil {
		m.s.text()
		m.limit(p)
	}
}

// mNode measures a comment or doctype token.
func (p *fastParser) mNode() {
	if m := &p.m; m.s != nil {
		m.s.nodes++
		m.limit(p)
	}
}

// mStart measures the start tag src[t:end], named name (its atom a); the builder reads
// it next.
func (p *fastParser) mStart(t, end int, a atom.Atom, name string, selfClosing bool) {
	if m := &p.m; m.s != nil {
		s := m.s
		s.tagStart, s.tagEnd, s.notRaw = t, end, false
		s.start(a, tagKeyOf(a, name), selfClosing)
		m.limit(p)
	}
}

// mRaw checks, after the start tag named a, that the model reads the text after it as
// the builder does. When they differ the tokens part, and the page is given up: it is
// measured apart, before its tree is built.
func (p *fastParser) mRaw(a atom.Atom) {
	if m := &p.m; m.s != nil && rawTextElem(a) && m.s.notRaw != p.notRaw {
		m.stopped = true
		p.abandon("measure lost")
	}
}

// mEnd measures an end tag named name (its atom a).
func (p *fastParser) mEnd(a atom.Atom, name string) {
	if m := &p.m; m.s != nil {
		m.s.end(a, tagKeyOf(a, name))
		m.limit(p)
	}
}

// tagKeyOf is tagKey's key for a tag whose lower-cased name is name, its atom a.
func tagKeyOf(a atom.Atom, name string) uint32 {
	if a != 0 {
		return uint32(a)
	}
	h := uint32(fnvOffset)
	for i := 0; i < len(name); i++ {
		h = (h ^ uint32(name[i])) * 16777619
	}
	return h | 1<<31
}
