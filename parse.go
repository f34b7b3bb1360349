package winnow

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Parsing limits. golang.org/x/net/html refuses a page whose elements nest deeper than
// parserMaxDepth, and builds, for misnested formatting tags, far more nodes than the page
// has tags: a 20 KB page of "<b id=N>" tags left open followed by short paragraphs becomes
// 800,000 nodes, because every paragraph reopens every open <b>. A measuring pass over
// the tokens (see shape) finds both before the tree is built.
const (
	parserMaxDepth = 512
	// flattenDepth is the depth past which a page too deep for the parser loses its start
	// tags (never its text). Implied elements (tbody, tr) and reopened formatting
	// elements add to what the tags say, so the cap leaves a wide margin.
	flattenDepth = 256
	// maxActiveFormatting bounds the formatting elements (b, i, font, a, …) left open at
	// once. Beyond it further formatting tags are dropped, which loses no text. In the
	// 3,634 pages of the evaluation sets there are never more than 4.
	maxActiveFormatting = 8
	// shapeScanDepth bounds how far down the open elements the measuring pass looks to
	// close an element implicitly, so that its cost stays linear.
	shapeScanDepth = 16
	// readChunk bounds one read by the parser, so that a cancelled context is noticed
	// within the time it takes to parse this many bytes.
	readChunk = 64 << 10
)

// parseHTML parses a decoded page with no limit on its size and no cancellation.
func parseHTML(src []byte) (*html.Node, error) {
	doc, _, err := parseContext(context.Background(), src, -1)
	return doc, err
}

// parseContext parses a decoded page. Scripting is off, as in a crawler: <noscript> holds
// markup rather than raw text, so the server-rendered content that some sites (forums,
// single-page applications) put there is seen.
//
// A measuring pass over the tokens comes first (on most pages, the fast builder runs it
// as it reads them, and gives the page up at the first limit passed; see
// fastParseMeasured): a page whose tree would hold more than maxNodes nodes (maxNodes >
// 0) fails with ErrTooLarge before the tree is built. A page
// nested deeper than the parser accepts, or with more formatting elements open than
// maxActiveFormatting, is rewritten without the tags in excess (see rewrite); should the
// parser still refuse it, it is parsed as plain paragraphs (see plain). Only such pages
// pay for the rewriting. Parsing stops when ctx is cancelled. The measure's estimate of
// the tree's nodes comes back with it, to size the side table (see newTree) once, and
// whether the fast builder made the tree (see source.packed).
func parseContext(ctx context.Context, src []byte, maxNodes int) (*html.Node, source, error) {
	sh, ok := fewTagsShape(src, maxNodes)
	tried := false // the fast builder gave src up already
	if !ok {
		// Most pages are measured by the fast builder as it builds their tree (see
		// fastParseMeasured); the others are measured first, as before.
		doc, facts, res := fastParseMeasured(ctx, src, maxNodes)
		if res == measuredBuilt {
			return doc, source{owned: true, packed: true, nodes: facts.nodes}, nil
		}
		tried = res == measuredAbandoned
		var err error
		if sh, err = measureShape(ctx, src); err != nil {
			return nil, source{}, err
		}
	}
	if maxNodes > 0 && sh.nodes > maxNodes {
		return nil, source{}, errTooManyNodes(maxNodes)
	}
	doc, packed, err := parseShaped(ctx, src, sh, tried)
	from := source{owned: true, packed: packed, nodes: sh.nodes}
	if sh.maxDepth > parserMaxDepth || sh.overflow {
		from.nodes = 0 // the page is rewritten without tags that the measure counted
	}
	return doc, from, err
}

// parseShaped parses a measured page, rewritten first when its shape asks for it. packed
// tells that the fast builder made the tree (see fastParse), x/net/html otherwise. tried
// tells that the fast builder gave src up already: it is not asked again unless the page
// is rewritten.
func parseShaped(ctx context.Context, src []byte, sh shapeFacts, tried bool) (doc *html.Node, packed bool, err error) {
	page, depthCap := src, 0
	if sh.maxDepth > parserMaxDepth {
		depthCap = flattenDepth
	}
	if depthCap > 0 || sh.overflow {
		if page, err = rewrite(ctx, src, depthCap); err != nil {
			return nil, false, err
		}
	}
	page = closeNoscriptRaw(page)
	// Unless rewritten, the page is the one the builder gave up (fastParseMeasured
	// reads only pages that closeNoscriptRaw leaves as they are).
	retry := !tried || depthCap > 0 || sh.overflow
	if retry {
		if doc, ok := fastParse(ctx, page, sh.nodes); ok {
			return doc, true, nil
		}
	}
	doc, err = parseBytes(ctx, page)
	if err == nil || !strings.Contains(err.Error(), "open stack") {
		return doc, false, err
	}
	if depthCap == 0 {
		if page, err = rewrite(ctx, src, flattenDepth); err != nil {
			return nil, false, err
		}
		doc, err = parseBytes(ctx, page)
		if err == nil || !strings.Contains(err.Error(), "open stack") {
			return doc, false, err
		}
	}
	if page, err = plain(ctx, src); err != nil {
		return nil, false, err
	}
	doc, err = parseBytes(ctx, page)
	return doc, false, err
}

func parseBytes(ctx context.Context, src []byte) (*html.Node, error) {
	doc, err := html.ParseWithOptions(&ctxReader{ctx: ctx, b: src}, html.ParseOptionEnableScripting(false))
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("winnow: %w", ctx.Err())
		}
		return nil, fmt.Errorf("winnow: parse: %w", err)
	}
	return doc, nil
}

// ctxReader reads a byte slice in chunks of at most readChunk bytes and fails with the
// context's error once it is cancelled.
type ctxReader struct {
	ctx context.Context
	b   []byte
}

func (r *ctxReader) Read(p []byte) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, err
	}
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), readChunk)], r.b)
	r.b = r.b[n:]
	return n, nil
}

// rawTextTags hold raw text, not markup (scripting off: <noscript> is markup). They are
// never dropped, so that no script or style ever becomes text.
var rawTextTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Plaintext: true,
}

// voidTags have no end tag and do not nest.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true, atom.Basefont: true,
	atom.Bgsound: true, atom.Frame: true, atom.Image: true,
}

// formattingTags are the elements the parser keeps in its list of active formatting
// elements and reopens after a block boundary.
var formattingTags = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true, atom.Font: true,
	atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true, atom.Strike: true,
	atom.Strong: true, atom.Tt: true, atom.U: true,
}

// markerTags put a marker in the list of active formatting elements: formatting opened
// outside them is not reopened inside.
var markerTags = map[atom.Atom]bool{
	atom.Applet: true, atom.Object: true, atom.Marquee: true, atom.Template: true, atom.Td: true,
	atom.Th: true, atom.Caption: true,
}

// impliedEnd maps a start tag to the open elements it closes when one of them is near
// the top of the stack: a new paragraph, list item, row or cell ends the previous one.
var impliedEnd = map[atom.Atom][]atom.Atom{
	atom.P: {atom.P}, atom.Li: {atom.Li, atom.P}, atom.Dd: {atom.Dd, atom.Dt, atom.P},
	atom.Dt: {atom.Dd, atom.Dt, atom.P}, atom.Option: {atom.Option}, atom.Optgroup: {atom.Option, atom.Optgroup},
	atom.Tr: {atom.Tr, atom.Td, atom.Th}, atom.Td: {atom.Td, atom.Th}, atom.Th: {atom.Td, atom.Th},
	atom.Tbody: {atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr}, atom.Thead: {atom.Tbody, atom.Tr},
	atom.Tfoot: {atom.Tbody, atom.Thead, atom.Tr},
}

// Classes of tags, as bits, for the measuring pass.
const (
	classRaw uint8 = 1 << iota
	classVoid
	classFormatting
	classMarker
	classBlock
	classImplies // closes some open elements (see impliedEnd)
)

// atomSlots is more than the largest atom offset (an atom.Atom is its name's offset in a
// table of names, shifted left by 8, or'ed with its length).
const atomSlots = 1 << 11

// tagInfo is what the tables keyed by tag say of one tag, so that the measuring pass and
// the walk look a tag up once, in an array rather than in maps.
type tagInfo struct {
	class   uint8   // the tag's classes for the measuring pass (classRaw, …)
	skip    bool    // in skipTags
	hasKind bool    // in tagKinds, as kind
	kind    cueKind // the tag's kind in tagKinds
}

// tagInfoSlot holds the tagInfo of the tags whose names start at one offset of the
// atoms' table of names. Names share offsets ("p" and "param", "em" and "embed", "head",
// "header" and "headers"): they are told apart by their length, and of the tags the
// tables name, no more than two share one.
type tagInfoSlot [2]struct {
	n    uint8 // the name's length (0: unused)
	info tagInfo
}

// tagInfos holds the tagInfo of every tag the tables name, indexed by the atom's
// offset (see tagInfoOf).
var tagInfos = func() (t [atomSlots]tagInfoSlot) {
	at := func(a atom.Atom) *tagInfo {
		s := &t[a>>8]
		for i := range s {
			if s[i].n == 0 || s[i].n == uint8(a) {
				s[i].n = uint8(a)
				return &s[i].info
			}
		}
		panic("winnow: three tags of the tables share an offset in the atoms' names")
	}
	for bit, tags := range map[uint8]map[atom.Atom]bool{
		classRaw: rawTextTags, classVoid: voidTags, classFormatting: formattingTags,
		classMarker: markerTags, classBlock: blockTags,
	} {
		for a := range tags {
			at(a).class |= bit
		}
	}
	for a := range impliedEnd {
		at(a).class |= classImplies
	}
	for a := range skipTags {
		at(a).skip = true
	}
	for a, k := range tagKinds {
		at(a).hasKind, at(a).kind = true, k
	}
	return t
}()

// tagInfoOf returns what the tables say of the tag a; the zero tagInfo for a tag they do
// not name, or a name without an atom.
func tagInfoOf(a atom.Atom) tagInfo {
	if a == 0 || a>>8 >= atomSlots {
		return tagInfo{}
	}
	s := &tagInfos[a>>8]
	switch uint8(a) {
	case s[0].n:
		return s[0].info
	case s[1].n:
		return s[1].info
	}
	return tagInfo{}
}

func classOf(a atom.Atom) uint8 {
	return tagInfoOf(a).class
}

// maxFewTags bounds the '<' bytes of a page that fewTagsShape can clear without the
// measuring pass: with T of them the model's stack never holds more than 2T elements
// (see fewTagsShape), and 2×255 + shapeBase stays within parserMaxDepth.
const maxFewTags = (parserMaxDepth - shapeBase) / 2

// fewTagsShape clears, without tokenizing it, a page with so few tags that the measuring
// pass could find nothing: one huge text, or one huge attribute. It counts the '<' bytes
// (T), which bound the tags, comments and doctypes, and among them the start tags of
// formatting elements (F), and reports false unless it can prove, as the model counts:
//
//   - no overflow: only a formatting start tag adds an entry to the active list, so F ≤
//     maxActiveFormatting entries never overflow it;
//   - depth ≤ shapeBase + 2T ≤ parserMaxDepth: each open element was pushed by its own
//     start tag (at most T) or reopened for an entry of the active list, at most once per
//     entry at a time (at most F ≤ T);
//   - nodes ≤ (2T+1)(F+1) ≤ maxNodes: a tree has one node per token (at most 2T+1, since
//     text tokens lie between the others) and reopens at most F elements per token.
//
// '<' bytes inside text, comments, raw text and attribute values only raise the counts.
// The shape it returns holds its estimate of the nodes (one per token) and of the depth.
func fewTagsShape(src []byte, maxNodes int) (shapeFacts, bool) {
	// The '<' bytes are counted first: most pages have too many, and are turned away
	// before any tag is named.
	tags := 0
	for i := 0; ; tags++ {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		if tags == maxFewTags {
			return shapeFacts{}, false
		}
		i += j + 1
	}
	formatting := 0
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if classOf(startTagAtom(src[i:]))&classFormatting != 0 {
			formatting++
		}
	}
	nodes := 2*tags + 1
	if formatting > maxActiveFormatting || maxNodes > 0 && nodes*(formatting+1) > maxNodes {
		return shapeFacts{}, false
	}
	return shapeFacts{nodes: nodes, maxDepth: shapeBase + tags + formatting}, true
}

// startTagAtom returns the atom of the start tag that opens b, or 0: the name after '<',
// read as tagKey reads it.
func startTagAtom(b []byte) atom.Atom {
	if len(b) < 2 || b[1] == '/' {
		return 0
	}
	a, _ := tagKey(b[:min(len(b), len("</")+maxTagNameBytes+1)])
	return a
}

// maxTagNameBytes is the longest tag name tagKey reads into its buffer; a longer one is
// hashed from the raw bytes (no HTML element's name comes near it).
const maxTagNameBytes = 32

// tagKey names the tag of a start or end tag token by its atom, or by a hash of its name.
// It reads the lower-cased name from the token's raw bytes (Tokenizer.TagName allocates).
func tagKey(raw []byte) (atom.Atom, uint32) {
	i := 1 // after '<'
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	j := i
	for j < len(raw) && !isTagNameEnd(raw[j]) {
		j++
	}
	var buf [maxTagNameBytes]byte
	name := buf[:0]
	if j-i <= len(buf) {
		for _, c := range raw[i:j] {
			name = append(name, lower(c))
		}
		if a := atom.Lookup(name); a != 0 {
			return a, uint32(a)
		}
	}
	h := uint32(fnvOffset)
	for _, c := range raw[i:j] {
		h = (h ^ uint32(lower(c))) * 16777619
	}
	return 0, h | 1<<31
}

// isTagNameEnd reports whether c ends a tag name, as the tokenizer reads one.
func isTagNameEnd(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true
	}
	return false
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// fnv32 is the FNV-1a hash, written out to hash without allocating.
func fnv32(h uint32, b []byte) uint32 {
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

const fnvOffset = 2166136261

// plain re-serialises src as text and paragraphs only: every start and end tag goes,
// except void and raw-text elements (an image, a script, which stays a script), and
// block-level tags become paragraph breaks. It is the last resort for a page the parser
// refuses even rewritten; its tree cannot be deep.
func plain(ctx context.Context, src []byte) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(src))
	z := html.NewTokenizer(&ctxReader{ctx: ctx, b: src})
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if ctx.Err() != nil {
				return nil, fmt.Errorf("winnow: %w", ctx.Err())
			}
			return out.Bytes(), nil
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case tt == html.StartTagToken && a == atom.Noscript:
				z.NextIsNotRawText()
			case voidTags[a] || rawTextTags[a]:
				out.Write(z.Raw())
			case blockTags[a]:
				out.WriteString("<p>")
			}
			continue
		}
		out.Write(z.Raw())
	}
}
