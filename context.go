package winnow

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// cancelCheckNodes is how many nodes the tree-building walk adds between two looks at
// its context: often enough to stop within a millisecond, rarely enough to cost nothing.
const cancelCheckNodes = 4096

// ctxErr returns the context's error, prefixed as the package's errors are, once the
// context is cancelled or past its deadline, and nil before.
func ctxErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("winnow: %w", err)
	}
	return nil
}

// readInput reads all of r, failing with ErrTooLarge past limit bytes (limit < 0: none)
// and with the context's error once ctx is cancelled, checked before every read. When r
// tells its size (a bytes.Reader, a strings.Reader, a bytes.Buffer, a regular file), the
// buffer is allocated once at that size.
func readInput(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	buf := inputBuffer(initialReadSize(r, limit))
	for {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		room := buf[len(buf):cap(buf)]
		if limit >= 0 && int64(len(buf)+len(room)) > limit+1 {
			room = room[:limit+1-int64(len(buf))]
		}
		n, err := r.Read(room)
		buf = buf[:len(buf)+n]
		if limit >= 0 && int64(len(buf)) > limit {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
		}
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("winnow: read: %w", err)
		}
	}
}

// initialReadSize is the size r reports, plus one byte to see the end without growing
// the buffer, within limit; 512 bytes when r does not report one.
func initialReadSize(r io.Reader, limit int64) int {
	size := int64(-1)
	switch v := r.(type) {
	case interface{ Len() int }:
		size = int64(v.Len())
	case *os.File:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	if size < 0 {
		return 512
	}
	if limit >= 0 {
		size = min(size, limit)
	}
	return int(min(size, 1<<30)) + 1
}

// spareInputs holds input buffers that extractions are done with, for the next ones:
// after the table, the page's bytes are the largest allocation of an extraction that is
// not the parser's, and the parsed tree holds copies of its strings, never the bytes.
var spareInputs sync.Pool

// maxSpareInput bounds the buffers kept for reuse: a rare huge page must not keep its
// memory once it is done.
const maxSpareInput = 4 << 20

// inputBuffer returns an empty buffer with room for size bytes, a spare one when there
// is one large enough.
func inputBuffer(size int) []byte {
	if p, ok := spareInputs.Get().(*[]byte); ok && cap(*p) >= size {
		return (*p)[:0]
	}
	return make([]byte, 0, size)
}

// releaseInput hands buf, which readInput returned, over for reuse. Nothing may use buf
// or a slice of it afterwards.
func releaseInput(buf []byte) {
	if cap(buf) <= maxSpareInput {
		buf = buf[:0]
		spareInputs.Put(&buf)
	}
}
