// Package runner runs extractors over pages with a per-page timeout, recovers
// their panics, and measures speed and allocation on one core.
package runner

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"time"
)

// Output is what the benchmark reads from one extraction.
type Output struct {
	Text     string // main content, plain text
	Title    string
	Author   string // several authors joined by "; "
	Date     string // as metrics.MatchDate reads it: "", YYYY-MM-DD or RFC 3339
	SiteName string
	PageType string // article, listing, forum, product, documentation, collection, service or other
}

// Func extracts one page: raw is the page's bytes as published, url its
// address ("" when unknown).
type Func func(raw []byte, url string) (*Output, error)

// Extractor is a named extraction function.
type Extractor struct {
	Name   string
	Module string // module path, to report its version ("" for the main module)
	Run    Func
	// Baseline marks a function that is timed but not scored: it returns no
	// text (html.Parse alone, the floor every extractor's cost is set against).
	Baseline bool
}

// Result is the outcome of one extraction.
type Result struct {
	Out     Output
	Err     string // error or panic message, "" on success
	Panic   bool
	Timeout bool
	Dur     time.Duration
}

// Failed reports whether the extraction errored, panicked or timed out. A
// failed extraction has an empty Text (an extractor that returns metadata
// along with its error keeps the metadata).
func (r *Result) Failed() bool { return r.Err != "" }

// ErrNilOutput is reported when an extractor returns neither output nor error.
var ErrNilOutput = errors.New("extractor returned no output and no error")

// RunOne runs f on one page in its own goroutine. After timeout the result is
// a failure and the goroutine is abandoned (it can't be stopped; its result
// is dropped).
func RunOne(f Func, raw []byte, url string, timeout time.Duration) Result {
	done := make(chan Result, 1) // buffered: an abandoned goroutine never blocks
	start := time.Now()
	go func() {
		var res Result
		defer func() {
			if p := recover(); p != nil {
				res = Result{Err: fmt.Sprintf("panic: %v", p), Panic: true}
			}
			res.Dur = time.Since(start)
			done <- res
		}()
		out, err := f(raw, url)
		switch {
		case err != nil:
			res.Err = err.Error()
			if res.Err == "" {
				res.Err = "error"
			}
			if out != nil { // keep metadata returned with the error, not the text
				res.Out = *out
				res.Out.Text = ""
			}
		case out == nil:
			res.Err = ErrNilOutput.Error()
		default:
			res.Out = *out
		}
	}()
	if timeout <= 0 {
		return <-done
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case r := <-done:
		return r
	case <-t.C:
		return Result{Err: fmt.Sprintf("timeout after %v", timeout), Timeout: true, Dur: time.Since(start)}
	}
}

// Job is one page to extract.
type Job struct {
	Raw []byte
	URL string
}

// RunAll extracts every job with up to workers extractions at once and
// returns the results in job order. progress, if not nil, is called after
// each page with the number done.
func RunAll(f Func, jobs []Job, workers int, timeout time.Duration, progress func(done int)) []Result {
	if workers < 1 {
		workers = 1
	}
	res := make([]Result, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				res[i] = RunOne(f, jobs[i].Raw, jobs[i].URL, timeout)
				if progress != nil {
					mu.Lock()
					done++
					progress(done)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	return res
}

// Timing is the speed and allocation of an extractor on one core.
type Timing struct {
	Pages      int           // pages timed
	Bytes      int64         // their size as published, in bytes
	Wall       time.Duration // elapsed time for them, GOMAXPROCS=1
	CPU        time.Duration // process CPU time (user+system) for them; 0 if unknown
	AllocBytes uint64        // bytes allocated (MemStats.TotalAlloc delta)
	Mallocs    uint64        // heap objects allocated
	// Latencies holds each timed page's elapsed time, in the order timed, for
	// the percentiles; the JSON output carries the percentiles instead.
	Latencies []time.Duration `json:"-"`
	P50       time.Duration   `json:"p50_ns"` // median of Latencies (set by Time and Add)
	P99       time.Duration   `json:"p99_ns"` // 99th percentile of Latencies
}

// Add sums two timings; the latencies of both are kept, and the percentiles
// are taken over all of them.
func (t Timing) Add(o Timing) Timing {
	s := Timing{
		Pages:      t.Pages + o.Pages,
		Bytes:      t.Bytes + o.Bytes,
		Wall:       t.Wall + o.Wall,
		CPU:        t.CPU + o.CPU,
		AllocBytes: t.AllocBytes + o.AllocBytes,
		Mallocs:    t.Mallocs + o.Mallocs,
		Latencies:  append(slices.Clip(t.Latencies), o.Latencies...),
	}
	s.P50, s.P99 = Percentile(s.Latencies, 50), Percentile(s.Latencies, 99)
	return s
}

// Percentile returns the p-th percentile (0 < p ≤ 100) of ds by the
// nearest-rank method: the smallest duration that at least p% of ds do not
// exceed. It is 0 for no durations; ds is not modified.
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	sorted := slices.Clone(ds)
	slices.Sort(sorted)
	rank := int(float64(len(sorted))*p/100 + 0.9999999)
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// MBPerSec is megabytes (10⁶ bytes) of pages as published per CPU-second
// (per elapsed second where the CPU time is unknown).
func (t Timing) MBPerSec() float64 {
	if d := t.spent(); d > 0 {
		return float64(t.Bytes) / 1e6 / d.Seconds()
	}
	return 0
}

// PagesPerSec is pages per CPU-second of one core (GOMAXPROCS=1, so the
// process runs on at most one core at a time), or per elapsed second where
// the CPU time is unknown. CPU time does not count the time the process
// waits for a core, so it stays meaningful on a busy, shared machine.
func (t Timing) PagesPerSec() float64 {
	if d := t.spent(); d > 0 {
		return float64(t.Pages) / d.Seconds()
	}
	return 0
}

// spent is the CPU time, or the elapsed time where that is unknown.
func (t Timing) spent() time.Duration {
	if t.CPU > 0 {
		return t.CPU
	}
	return t.Wall
}

// PagesPerWallSec is pages per elapsed second.
func (t Timing) PagesPerWallSec() float64 {
	if t.Wall <= 0 {
		return 0
	}
	return float64(t.Pages) / t.Wall.Seconds()
}

// AllocPerPage is the mean bytes allocated per page.
func (t Timing) AllocPerPage() float64 {
	if t.Pages == 0 {
		return 0
	}
	return float64(t.AllocBytes) / float64(t.Pages)
}

// Time extracts the jobs one after the other with GOMAXPROCS set to 1 and
// measures the elapsed time and the bytes allocated. Jobs for which skip
// returns true (those that timed out before, whose goroutines would keep
// running) are left out. A page that times out here still counts its time.
func Time(f Func, jobs []Job, timeout time.Duration, skip func(i int) bool) Timing {
	_, t := RunTimed(f, jobs, timeout, skip)
	return t
}

// RunTimed is Time that also returns the results, in job order (a skipped
// job has a zero Result).
func RunTimed(f Func, jobs []Job, timeout time.Duration, skip func(i int) bool) ([]Result, Timing) {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	res := make([]Result, len(jobs))
	runtime.GC()
	debug.FreeOSMemory()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0, cpuOK := processCPU()
	start := time.Now()
	n := 0
	var size int64
	lat := make([]time.Duration, 0, len(jobs))
	for i, j := range jobs {
		if skip != nil && skip(i) {
			continue
		}
		res[i] = RunOne(f, j.Raw, j.URL, timeout)
		lat = append(lat, res[i].Dur)
		size += int64(len(j.Raw))
		n++
	}
	wall := time.Since(start)
	cpu1, _ := processCPU()
	runtime.ReadMemStats(&after)
	var cpu time.Duration
	if cpuOK {
		cpu = cpu1 - cpu0
	}
	return res, Timing{
		Pages:      n,
		Bytes:      size,
		Wall:       wall,
		CPU:        cpu,
		AllocBytes: after.TotalAlloc - before.TotalAlloc,
		Mallocs:    after.Mallocs - before.Mallocs,
		Latencies:  lat,
		P50:        Percentile(lat, 50),
		P99:        Percentile(lat, 99),
	}
}
