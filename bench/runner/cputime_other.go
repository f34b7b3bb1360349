//go:build !unix

package runner

import "time"

// processCPU is not available here: timings fall back to elapsed time.
func processCPU() (time.Duration, bool) { return 0, false }
