package winnow

import (
	"slices"
	"strings"

	"golang.org/x/net/html/atom"
)

// Quoted posts: a reply on a forum thread often opens by quoting the post it answers,
// in a block quote under a line that names its poster ("Tomas said:", "Ayytaly
// wrote:", "a écrit :"), and a long thread quotes its opening post several times
// over. A reader of the thread reads the quoted words once, where they were first
// posted; printed again under every reply, they outweigh the replies themselves. On a
// discussion, a block quote whose words all stand elsewhere in the chosen text, out of
// quotes, is dropped with its poster's line. A quote of a post that is not on the
// page (an earlier page of the thread, another thread, a document) is its only copy,
// and is kept.

const (
	// quoteLineMinUnits: a line of a quote shorter than this ("Click to expand...", a
	// word in bold) proves nothing either way; its words stand everywhere.
	quoteLineMinUnits = 24
	// quoteCopyShare: at least this share of a quote's lines (by units, counting only
	// lines of quoteLineMinUnits) stand elsewhere in the text for the quote to be a
	// copy. A reply that quotes a post and adds a remark of its own inside the quote
	// is kept whole; the engine's own line inside the frame ("Click to expand...",
	// longer in some languages) is allowed for.
	quoteCopyShare = 0.75
	// quoteTitleMaxUnits bounds the text that a quote's frame holds beside the quote:
	// the poster's line and a link to the post, which go with it.
	quoteTitleMaxUnits = 60
)

// dropQuotedCopies drops, inside the chosen roots of a discussion, the block quotes
// whose lines stand elsewhere in the chosen text out of quotes (see quoteCopyShare),
// and the frames around them that only add the poster's line (see
// quoteTitleMaxUnits).
func (t *tree) dropQuotedCopies(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	var quotes []int32
	var b strings.Builder
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for i := r; i < end; {
			n := &t.nodes[i]
			if n.drop != keep {
				i = t.subtreeEnd(i)
				continue
			}
			if n.tag == atom.Blockquote && !n.text {
				quotes = append(quotes, i)
				i = t.subtreeEnd(i)
				continue
			}
			if n.text {
				b.WriteByte(' ')
				b.WriteString(lowerWords(appendFields(t.words[:0], n.n.Data)))
			}
			i++
		}
	}
	if len(quotes) == 0 {
		return
	}
	outside := b.String()
	for _, q := range quotes {
		if t.quotedCopy(q, outside) {
			t.nodes[t.quoteFrame(q, roots)].drop = dropRepeat
		}
	}
}

// quotedCopy reports whether the lines of quote q stand in outside, the chosen text
// out of quotes in lower case: quoteCopyShare of the units of its lines long enough
// to tell (see quoteLineMinUnits). A line that ends in a colon is the poster's line
// ("Tomas said:") and is not counted.
func (t *tree) quotedCopy(q int32, outside string) bool {
	var all, found int32
	end := t.subtreeEnd(q)
	for j := q; j < end; j++ {
		n := &t.nodes[j]
		if !n.text || n.units < quoteLineMinUnits {
			continue
		}
		s := lowerWords(appendFields(t.words[:0], n.n.Data))
		t.words = t.words[:0]
		if strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：") {
			continue
		}
		all += n.units
		if strings.Contains(outside, s) {
			found += n.units
		}
	}
	return found > 0 && float32(found) >= quoteCopyShare*float32(all)
}

// quoteFrame returns the element to drop for quote q: q, or the highest ancestor below
// the chosen roots that holds, beside q, only a title above it (an aside with the
// poster's line over the quote, see quoteTitleMaxUnits). A reply written under the
// quote, however short, stays.
func (t *tree) quoteFrame(q int32, roots []int32) int32 {
	f := q
	for p := t.nodes[q].parent; p != none && !slices.Contains(roots, p); p = t.nodes[p].parent {
		b := &t.nodes[p]
		if b.ownUnits > 0 || b.units-t.nodes[q].units > quoteTitleMaxUnits || t.textAfter(f) {
			return f
		}
		f = p
	}
	return f
}

// textAfter reports whether a later sibling of block i holds text.
func (t *tree) textAfter(i int32) bool {
	for s := t.nodes[i].next; s != none; s = t.nodes[s].next {
		if t.nodes[s].units > 0 {
			return true
		}
	}
	return false
}
