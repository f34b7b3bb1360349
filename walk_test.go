package winnow

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unsafe"

	"golang.org/x/net/html/atom"
)

// TestBlkSize holds the side table's entry to its size: the table has one entry per node
// of the page, so on a page of a million tiny elements each byte of it is a megabyte.
func TestBlkSize(t *testing.T) {
	const want = 80
	if got := unsafe.Sizeof(blk{}); got > want {
		t.Errorf("a side table entry takes %d bytes, want at most %d", got, want)
	}
}

// TestWalkLinks checks the table's links against a walk of the html tree: every kept
// node follows its previous sibling, and its parent's first child is the first kept one.
func TestWalkLinks(t *testing.T) {
	doc, err := parseHTML([]byte(`<body><div><p>a <b>b</b> c</p><script>x</script><ul><li>1<li>2</ul>` +
		strings.Repeat(`<span>s</span>`, 5) + `</div><p>end</p></body>`))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := buildTree(doc, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.release()
	for i := range tr.nodes {
		b := &tr.nodes[i]
		var kids []int32
		for c := b.first; c != none; c = tr.nodes[c].next {
			kids = append(kids, c)
		}
		var want []int32
		for j := range tr.nodes {
			if tr.nodes[j].parent == int32(i) {
				want = append(want, int32(j))
			}
		}
		if len(kids) != len(want) {
			t.Fatalf("node %d: children %v, want %v", i, kids, want)
		}
		for k := range kids {
			if kids[k] != want[k] {
				t.Fatalf("node %d: children %v, want %v", i, kids, want)
			}
		}
	}
}

// TestTagInfo holds tagInfoOf to the maps it is built from, for every atom: names that
// share an offset in the atoms' table ("p" and "param", "em" and "embed") must not share
// their facts, or the measuring pass would take every <p> for a void element.
func TestTagInfo(t *testing.T) {
	n := 0
	for a := atom.Atom(0); a < atomSlots<<8; a++ {
		if a.String() == "" || atom.Lookup([]byte(a.String())) != a {
			continue
		}
		n++
		var want tagInfo
		for bit, tags := range map[uint8]map[atom.Atom]bool{
			classRaw: rawTextTags, classVoid: voidTags, classFormatting: formattingTags,
			classMarker: markerTags, classBlock: blockTags,
		} {
			if tags[a] {
				want.class |= bit
			}
		}
		if _, ok := impliedEnd[a]; ok {
			want.class |= classImplies
		}
		want.skip = skipTags[a]
		want.kind, want.hasKind = tagKinds[a]
		if got := tagInfoOf(a); got != want {
			t.Errorf("tagInfoOf(%s) = %+v, want %+v", a, got, want)
		}
	}
	if n < 100 {
		t.Fatalf("only %d atoms met", n)
	}
	if got := tagInfoOf(0); got != (tagInfo{}) {
		t.Errorf("tagInfoOf(0) = %+v, want nothing", got)
	}
}

// TestTextUnitsRunes holds textUnitsRunes to a range over the text, invalid bytes
// included (each is a utf8.RuneError of one byte).
func TestTextUnitsRunes(t *testing.T) {
	ref := func(s string) (units, punct int32) {
		for _, r := range s {
			switch {
			case r < 0x80:
				if r > ' ' {
					units++
					if isPunct(r) {
						punct++
					}
				}
			case r == 0xa0:
			default:
				units += runeUnits(r)
				if isPunct(r) {
					punct++
				}
			}
		}
		return units, punct
	}
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		// Every rune alone, and after one of two bytes: each is measured as the range
		// measures it.
		for _, s := range []string{string(r), "é" + string(r)} {
			gu, gp := textUnitsRunes(s)
			wu, wp := textUnitsRef(s)
			if gu != wu || gp != wp {
				t.Fatalf("textUnitsRunes(%q) = %d, %d, want %d, %d", s, gu, gp, wu, wp)
			}
		}
	}
	pieces := []string{"a", " ", ",", "é", "，", "中", "한", "\u00a0", "ねこ", "ネコ", "ー", "ệ", "।", "ไทย", "،", "\U0001F600", "\xff", "\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "。"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		gu, gp := textUnitsRunes(s)
		wu, wp := ref(s)
		if gu != wu || gp != wp {
			t.Fatalf("textUnitsRunes(%q) = %d, %d, want %d, %d", s, gu, gp, wu, wp)
		}
	}
}

// TestReleasedCueCacheHoldsNoStrings checks that a cache handed back for reuse keeps
// none of the page's strings, and answers as a new one does.
func TestReleasedCueCacheHoldsNoStrings(t *testing.T) {
	c := newCueCache()
	k, w := c.attrCues("site-footer")
	releaseCueCache(c)
	for i := range c.slots {
		if c.slots[i] != (cueSlot{}) {
			t.Fatalf("slot %d holds %+v after release", i, c.slots[i])
		}
	}
	if k2, w2 := newCueCache().attrCues("site-footer"); k2 != k || w2 != w {
		t.Errorf("a reused cache answers %v, %v, want %v, %v", k2, w2, k, w)
	}
	releaseCueCache(nil) // no cache: nothing to do
}
