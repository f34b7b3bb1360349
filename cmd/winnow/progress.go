package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressEvery is how often the progress line is redrawn: often enough to look alive,
// rarely enough to cost nothing.
const progressEvery = 250 * time.Millisecond

// progress reports failures on stderr and, when stderr is a terminal, keeps one line
// there up to date: pages done, pages per second, failures, elapsed time. When stderr is
// a file or a pipe it writes the failure lines only, so logs stay clean.
type progress struct {
	w     io.Writer
	live  bool
	start time.Time
	quit  chan struct{}
	wg    sync.WaitGroup

	mu           sync.Mutex
	pages, fails int
	shown        bool // the progress line is on screen
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, live: isTerminal(w), start: time.Now(), quit: make(chan struct{})}
	if p.live {
		p.wg.Add(1)
		go p.tick()
	}
	return p
}

func (p *progress) tick() {
	defer p.wg.Done()
	t := time.NewTicker(progressEvery)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
			p.mu.Lock()
			p.draw()
			p.mu.Unlock()
		}
	}
}

// draw rewrites the progress line. The caller holds p.mu.
func (p *progress) draw() {
	el := time.Since(p.start)
	rate := float64(p.pages) / max(el.Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r\x1b[Kwinnow: %d pages  %.0f pages/s  %d failed  %s", p.pages, rate, p.fails, el.Round(100*time.Millisecond))
	p.shown = true
}

// report prints one line on stderr, above the progress line.
func (p *progress) report(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
		p.shown = false
	}
	io.WriteString(p.w, line+"\n")
}

// done counts one finished input.
func (p *progress) done(failed bool) {
	p.mu.Lock()
	p.pages++
	if failed {
		p.fails++
	}
	p.mu.Unlock()
}

// stop ends the live line, leaving the final figures on screen.
func (p *progress) stop() {
	if !p.live {
		return
	}
	close(p.quit)
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.pages > 1 || p.shown {
		p.draw()
		io.WriteString(p.w, "\n")
	}
}

// isTerminal reports whether w is a terminal: a character device other than /dev/null.
// It needs no dependency; a serial line or other character device would also pass, where
// a progress line does no harm.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}
