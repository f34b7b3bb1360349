package winnow

import (
	"hash/maphash"
	"sync"
)

// A page repeats its class names element after element ("item", "post-title"), and the
// walk classifies the class and id of every element: cueCache remembers the cues of the
// last values met, so that most values are hashed and compared rather than split into
// words again.

// cueCacheSlots is the number of values a cueCache remembers, one per slot of a hash of
// the value: a page has a few hundred distinct class names.
const cueCacheSlots = 512

// maxCachedValue bounds the values a cueCache remembers: longer ones are rare, and
// compared at a cost near that of classifying them.
const maxCachedValue = 128

// cueSeed seeds the hash of the values; it is set once, at initialisation.
var cueSeed = maphash.MakeSeed()

// cueCache holds, for one walk, the cues of recent attribute values. The zero value is
// ready to use. It holds the page's strings, so it must not outlive the walk.
type cueCache struct {
	slots [cueCacheSlots]cueSlot
}

type cueSlot struct {
	val    string
	kinds  uint32
	words  wordSet
	used   bool
	hidden bool // hasHiddenClass(val)
}

// slot returns the slot for v, filled with v's cues.
func (c *cueCache) slot(v string) *cueSlot {
	s := &c.slots[maphash.String(cueSeed, v)%cueCacheSlots]
	if !s.used || s.val != v {
		k, w, h := attrFacts(v)
		*s = cueSlot{val: v, kinds: k, words: w, used: true, hidden: h}
	}
	return s
}

// attrCues is attrCues(v), remembered.
func (c *cueCache) attrCues(v string) (uint32, wordSet) {
	if c == nil || len(v) > maxCachedValue {
		return attrCues(v)
	}
	s := c.slot(v)
	return s.kinds, s.words
}

// classFacts is attrCues(v) and, when withHidden, hasHiddenClass(v), remembered: a class
// is looked up once for both, and read once for both (see attrFacts).
func (c *cueCache) classFacts(v string, withHidden bool) (uint32, wordSet, bool) {
	if c == nil || len(v) > maxCachedValue {
		k, w := attrCues(v)
		return k, w, withHidden && hasHiddenClass(v)
	}
	s := c.slot(v)
	return s.kinds, s.words, withHidden && s.hidden
}

// spareCueCaches holds the caches (*cueCache) of walks that are done with them, cleared,
// for the next ones: a cache is too large to be made afresh for every page.
var spareCueCaches sync.Pool

// newCueCache returns an empty cueCache, a spare one when there is one.
func newCueCache() *cueCache {
	if c, ok := spareCueCaches.Get().(*cueCache); ok {
		return c
	}
	return new(cueCache)
}

// releaseCueCache clears c, so that it holds none of the page's strings, and hands it
// over for reuse. c (which may be nil) must not be used afterwards.
func releaseCueCache(c *cueCache) {
	if c == nil {
		return
	}
	clear(c.slots[:])
	spareCueCaches.Put(c)
}
