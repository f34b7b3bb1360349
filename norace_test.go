//go:build !race

package winnow

// RaceEnabled reports whether the tests run with the race detector (see race_test.go).
const RaceEnabled = false
