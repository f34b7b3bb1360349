//go:build unix

package winnow_test

import (
	"syscall"
	"time"
)

// processCPU returns the user and system time the process has used so far, or 0 when
// it cannot tell. On a shared machine it counts less of the other work than wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
