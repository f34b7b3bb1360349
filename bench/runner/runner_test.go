package runner

import (
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunOne(t *testing.T) {
	ok := func(raw []byte, url string) (*Output, error) {
		return &Output{Text: string(raw), Title: url}, nil
	}
	r := RunOne(ok, []byte("body"), "http://x/", time.Second)
	if r.Failed() || r.Out.Text != "body" || r.Out.Title != "http://x/" {
		t.Errorf("ok: %+v", r)
	}
	r = RunOne(func([]byte, string) (*Output, error) { return nil, errors.New("boom") }, nil, "", time.Second)
	if !r.Failed() || r.Err != "boom" || r.Panic || r.Timeout || r.Out.Text != "" {
		t.Errorf("error: %+v", r)
	}
	r = RunOne(func([]byte, string) (*Output, error) { panic("bad page") }, nil, "", time.Second)
	if !r.Failed() || !r.Panic || !strings.Contains(r.Err, "bad page") {
		t.Errorf("panic: %+v", r)
	}
	r = RunOne(func([]byte, string) (*Output, error) { return nil, nil }, nil, "", 0)
	if !r.Failed() {
		t.Errorf("nil output: %+v", r)
	}
	release := make(chan struct{})
	defer close(release)
	r = RunOne(func([]byte, string) (*Output, error) {
		<-release
		return &Output{Text: "late"}, nil
	}, nil, "", 20*time.Millisecond)
	if !r.Failed() || !r.Timeout || r.Out.Text != "" {
		t.Errorf("timeout: %+v", r)
	}
}

func TestRunAll(t *testing.T) {
	jobs := make([]Job, 50)
	for i := range jobs {
		jobs[i] = Job{Raw: []byte{byte(i)}}
	}
	var calls atomic.Int32
	f := func(raw []byte, _ string) (*Output, error) {
		calls.Add(1)
		if raw[0]%10 == 3 {
			panic("three")
		}
		return &Output{Text: string(rune('A' + raw[0]%26))}, nil
	}
	last := 0
	res := RunAll(f, jobs, 4, time.Second, func(d int) { last = d })
	if len(res) != 50 || calls.Load() != 50 || last != 50 {
		t.Fatalf("got %d results, %d calls, progress %d", len(res), calls.Load(), last)
	}
	for i, r := range res {
		if i%10 == 3 {
			if !r.Panic {
				t.Errorf("job %d should have panicked", i)
			}
			continue
		}
		if r.Out.Text != string(rune('A'+i%26)) {
			t.Errorf("job %d out of order: %q", i, r.Out.Text)
		}
	}
}

func TestTime(t *testing.T) {
	jobs := []Job{{Raw: []byte("a")}, {Raw: []byte("b")}, {Raw: []byte("c")}}
	f := func(raw []byte, _ string) (*Output, error) {
		b := make([]byte, 1<<20)
		b[0] = raw[0]
		// burn some CPU so that the process CPU time moves
		x := 0
		for i := 0; i < 20_000_000; i++ {
			x += i ^ int(b[i&0xfffff])
		}
		b[1] = byte(x)
		return &Output{Text: string(b[:1])}, nil
	}
	tm := Time(f, jobs, time.Second, func(i int) bool { return i == 1 })
	if tm.Pages != 2 || tm.Wall <= 0 {
		t.Fatalf("timing = %+v", tm)
	}
	if tm.AllocBytes < 2<<20 {
		t.Errorf("alloc %d < 2 MiB", tm.AllocBytes)
	}
	if _, ok := processCPU(); ok && tm.CPU <= 0 {
		t.Errorf("no CPU time measured: %+v", tm)
	}
	if tm.PagesPerSec() <= 0 || tm.PagesPerWallSec() <= 0 || tm.AllocPerPage() < 1<<20 {
		t.Errorf("derived: %v %v", tm.PagesPerSec(), tm.AllocPerPage())
	}
	if tm.Bytes != 2 || len(tm.Latencies) != 2 || tm.P50 <= 0 || tm.P99 < tm.P50 {
		t.Errorf("bytes %d, latencies %v, p50 %v, p99 %v: want the two timed pages' sizes and times", tm.Bytes, tm.Latencies, tm.P50, tm.P99)
	}
	sum := tm.Add(tm)
	if sum.Pages != 4 || sum.AllocBytes != 2*tm.AllocBytes || sum.Bytes != 4 || len(sum.Latencies) != 4 {
		t.Errorf("Add = %+v", sum)
	}
	if len(tm.Latencies) != 2 {
		t.Errorf("Add changed its receiver's latencies: %v", tm.Latencies)
	}
	if (Timing{Pages: 2, Wall: 4 * time.Second, CPU: time.Second}).PagesPerSec() != 2 ||
		(Timing{Pages: 2, Wall: 4 * time.Second}).PagesPerSec() != 0.5 {
		t.Error("PagesPerSec should use CPU time, else wall time")
	}
	if (Timing{}).PagesPerSec() != 0 || (Timing{}).AllocPerPage() != 0 {
		t.Error("zero timing")
	}
}

func TestErrorKeepsMetadata(t *testing.T) {
	r := RunOne(func([]byte, string) (*Output, error) {
		return &Output{Text: "junk", Title: "T"}, errors.New("no content")
	}, nil, "", time.Second)
	if !r.Failed() || r.Out.Text != "" || r.Out.Title != "T" {
		t.Errorf("got %+v", r)
	}
}

func TestRunTimed(t *testing.T) {
	jobs := []Job{{Raw: []byte("a")}, {Raw: []byte("b")}}
	res, tm := RunTimed(func(raw []byte, _ string) (*Output, error) {
		return &Output{Text: string(raw)}, nil
	}, jobs, time.Second, nil)
	if tm.Pages != 2 || res[0].Out.Text != "a" || res[1].Out.Text != "b" {
		t.Errorf("RunTimed = %+v, %+v", res, tm)
	}
}

func TestPercentile(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = 100 - i // 100, 99, …, 1: unsorted on purpose
	}
	for _, c := range []struct {
		ds   []time.Duration
		p    float64
		want time.Duration
	}{
		{nil, 50, 0},
		{ms(7), 99, 7 * time.Millisecond},
		{ms(3, 1, 2), 50, 2 * time.Millisecond},
		{ms(4, 1, 3, 2), 50, 2 * time.Millisecond}, // nearest rank: the 2nd of 4
		{ms(hundred...), 50, 50 * time.Millisecond},
		{ms(hundred...), 99, 99 * time.Millisecond},
		{ms(hundred...), 100, 100 * time.Millisecond},
	} {
		orig := slices.Clone(c.ds)
		if got := Percentile(c.ds, c.p); got != c.want {
			t.Errorf("Percentile(%v, %v) = %v, want %v", c.ds, c.p, got, c.want)
		}
		if !slices.Equal(orig, c.ds) {
			t.Errorf("Percentile reordered its input")
		}
	}
}

func TestMBPerSec(t *testing.T) {
	if got := (Timing{Bytes: 3e6, CPU: 2 * time.Second, Wall: time.Hour}).MBPerSec(); got != 1.5 {
		t.Errorf("MBPerSec by CPU time = %v, want 1.5", got)
	}
	if got := (Timing{Bytes: 3e6, Wall: 3 * time.Second}).MBPerSec(); got != 1 {
		t.Errorf("MBPerSec by wall time = %v, want 1", got)
	}
	if (Timing{Bytes: 5}).MBPerSec() != 0 {
		t.Error("MBPerSec with no time should be 0")
	}
}
