//go:build race

package winnow

// RaceEnabled reports whether the tests run with the race detector, which makes
// extraction several times slower: the tests that time extractions skip themselves, and
// the slowest checks are left out. It exists only in test builds.
const RaceEnabled = true
