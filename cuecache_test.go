package winnow

import (
	"fmt"
	"testing"
)

// TestCueCache holds the cache to the functions it remembers, over values that collide
// in its slots and values too long for it.
func TestCueCache(t *testing.T) {
	var c cueCache
	vals := []string{"sr-only", "post-title", "related-posts", "nav", "comments", "hidden", "entry-content", "d-none"}
	for i := range 3 * cueCacheSlots {
		vals = append(vals, fmt.Sprintf("box-%d widget", i))
	}
	vals = append(vals, string(make([]byte, maxCachedValue+1)))
	for range 2 {
		for _, v := range vals {
			k, w := c.attrCues(v)
			wk, ww := attrCues(v)
			if k != wk || w != ww {
				t.Fatalf("attrCues(%q) = %b, %b, want %b, %b", v, k, w, wk, ww)
			}
			for _, withHidden := range []bool{false, true} {
				k, w, h := c.classFacts(v, withHidden)
				if k != wk || w != ww || h != (withHidden && hasHiddenClass(v)) {
					t.Fatalf("classFacts(%q, %v) = %b, %b, %v, want %b, %b, %v", v, withHidden, k, w, h, wk, ww, withHidden && hasHiddenClass(v))
				}
			}
		}
	}
	var none *cueCache
	if k, _ := none.attrCues("comments"); k != attrKinds("comments") {
		t.Error("a nil cache classifies as attrCues does")
	}
}
