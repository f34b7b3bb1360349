package winnow

import (
	"strings"
	"testing"
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
