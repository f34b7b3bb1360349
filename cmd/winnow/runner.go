package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"
)

// windowPerWorker bounds the reorder window: at most this many inputs per worker are
// between being handed out and being written. Output must follow input order, so a slow
// page holds back the ones after it; four per worker keeps every worker busy past one
// slow page while the memory held stays a few records per worker, however many inputs.
const windowPerWorker = 4

// flushBytes is how much finished output is gathered before one write. Writes carry
// whole records only, so a reader never sees a half line, even if winnow is killed.
const flushBytes = 64 << 10

// The command's heap is small, a few pages in flight, so the collector's default target
// of 100% growth ran a cycle every page or two and took about a fifth of the CPU time of
// a batch (see BENCHMARKS.md). gcPercent lets the heap grow further between cycles, and
// gcSoftLimit keeps that from costing much memory on giant pages. The GOGC and
// GOMEMLIMIT environment variables still override both.
const (
	gcPercent   = 400
	gcSoftLimit = 1 << 30
)

// tuneGC sets the collector for batch extraction, unless the environment sets it.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(gcSoftLimit)
	}
}

// job is one input with its place in the output.
type job struct {
	seq int
	in  input
}

// outcome is a finished input: its record, already encoded, and its failure if any.
type outcome struct {
	seq    int
	source string
	err    error  // the input's failure, also reported on stderr
	out    []byte // complete lines to write
	encErr error  // the record could not be encoded
}

// runBatch reads every input named by c.paths with c.jobs workers and writes one record
// per input, in input order, to stdout or, with -o, atomically to c.output. It returns
// the exit status.
func runBatch(c *config, many bool, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var sink io.Writer = stdout
	var af *atomicFile
	if c.output != "" {
		// An interrupted run leaves the old file as it was, and no temporary file: the
		// signals are caught before the temporary file exists.
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
		defer stop()
		var err error
		if af, err = createAtomic(c.output); err != nil {
			fmt.Fprintln(stderr, "winnow:", err)
			return 1
		}
		defer af.abort() // a no-op after commit
		sink = af
	}
	prog := newProgress(stderr)
	defer prog.stop()

	workers := max(c.jobs, 1)
	window := make(chan struct{}, workers*windowPerWorker)
	jobs := make(chan job, workers)
	results := make(chan outcome, workers)
	go dispatch(ctx, c.paths, stdin, window, jobs)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(ctx, c, many, jobs, results)
		}()
	}
	go func() { wg.Wait(); close(results) }()

	failed, err := collect(ctx, results, window, sink, prog)
	switch {
	case err != nil:
		// Workers still busy (one may be stuck reading a FIFO) are left behind: the
		// process is about to exit.
		cancel()
		fmt.Fprintln(stderr, "winnow:", err)
		return 1
	case ctx.Err() != nil:
		fmt.Fprintln(stderr, "winnow: interrupted")
		return 130
	}
	if af != nil {
		if err := af.commit(); err != nil {
			fmt.Fprintln(stderr, "winnow:", err)
			return 1
		}
	}
	if failed {
		return 1
	}
	return 0
}

// dispatch walks the inputs and hands them out in order. It takes a slot of the reorder
// window before each, so it never runs more than the window ahead of the writer.
func dispatch(ctx context.Context, paths []string, stdin io.Reader, window chan<- struct{}, jobs chan<- job) {
	defer close(jobs)
	seq := 0
	send := func(in input) bool {
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return false
		}
		select {
		case jobs <- job{seq, in}:
		case <-ctx.Done():
			return false
		}
		seq++
		return true
	}
	for _, p := range paths {
		if !eachInput(ctx, p, stdin, send) {
			return
		}
	}
}

// work extracts inputs and encodes their records until jobs is closed.
func work(ctx context.Context, c *config, many bool, jobs <-chan job, results chan<- outcome) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for j := range jobs {
		r := process(j.in, c)
		encErr := encode(w, &buf, c.format, r, many)
		if encErr != nil {
			// Never write a half-encoded record: the input gets a line saying why.
			encode(w, &buf, c.format, &result{source: r.source, err: encErr}, many)
		}
		select {
		case results <- outcome{seq: j.seq, source: r.source, err: r.err, out: bytes.Clone(buf.Bytes()), encErr: encErr}:
		case <-ctx.Done():
			return
		}
	}
}

// encode writes r's record into buf, replacing what buf held.
func encode(w *bufio.Writer, buf *bytes.Buffer, format string, r *result, many bool) error {
	buf.Reset()
	w.Reset(buf)
	err := writeResult(w, format, r, many)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// collect writes outcomes in input order as they complete, freeing a window slot for
// each, and reports whether any input failed. It returns early, with the write error,
// when the output cannot be written, or with no error when ctx is done.
func collect(ctx context.Context, results <-chan outcome, window <-chan struct{}, w io.Writer, prog *progress) (failed bool, err error) {
	pending := make([]*outcome, cap(window))
	next := 0
	var out []byte
	flush := func() error {
		if len(out) == 0 {
			return nil
		}
		_, err := w.Write(out)
		out = out[:0]
		if err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	}
	for {
		var o outcome
		var ok bool
		select {
		case o, ok = <-results:
		case <-ctx.Done():
			return failed, nil
		default:
			// Nothing is ready: write what is finished before waiting.
			if err := flush(); err != nil {
				return true, err
			}
			select {
			case o, ok = <-results:
			case <-ctx.Done():
				return failed, nil
			}
		}
		if !ok {
			return failed, flush()
		}
		pending[o.seq%len(pending)] = &o
		for p := pending[next%len(pending)]; p != nil && p.seq == next; p = pending[next%len(pending)] {
			pending[next%len(pending)] = nil
			next++
			<-window
			switch {
			case p.err != nil:
				prog.report(fmt.Sprintf("winnow: %s: %s", p.source, errText(p.err)))
			case p.encErr != nil:
				prog.report(fmt.Sprintf("winnow: %s: encoding: %v", p.source, p.encErr))
			}
			bad := p.err != nil || p.encErr != nil
			failed = failed || bad
			prog.done(bad)
			out = append(out, p.out...)
			if len(out) >= flushBytes {
				if err := flush(); err != nil {
					return true, err
				}
			}
		}
	}
}
