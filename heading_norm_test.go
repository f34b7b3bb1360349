package winnow

import (
	"math/rand/v2"
	"testing"
)

// TestNormHeadingASCII holds the ASCII path of appendNormHeading to the general one: a
// no-break space after an ASCII text sends it down the general path, and is trimmed
// there, so both must give the same key.
func TestNormHeadingASCII(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const pieces = "aZ09 \t\n\v\f\r-_.,:;!?()[]{}<>|/\\\"'#$%&*+=@^`~\x00\x01\x7f"
	for range 20000 {
		b := make([]byte, rng.IntN(maxHeadingRunes+8))
		for i := range b {
			b[i] = pieces[rng.IntN(len(pieces))]
		}
		s := string(b)
		fast := string(appendNormHeading(nil, s))
		slow := string(appendNormHeading(nil, s+"\u00a0"))
		if fast != slow {
			t.Fatalf("appendNormHeading(%q) = %q, want %q", s, fast, slow)
		}
	}
}
