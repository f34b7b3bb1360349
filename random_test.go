package winnow

import (
	"math/rand/v2"
	"strings"
)

// randomJoins returns n strings, each of up to maxPieces-1 pieces drawn from pieces, from a
// generator seeded with (seed, seed+1): the same strings at every run, for the tests that
// hold a fast function to a plain reference.
func randomJoins(seed uint64, pieces []string, maxPieces, n int) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	out := make([]string, 0, n)
	for range n {
		var sb strings.Builder
		for range rng.IntN(maxPieces) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, sb.String())
	}
	return out
}
