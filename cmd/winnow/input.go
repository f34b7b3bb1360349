package main

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// input is one page to extract: its name as given or found, and how to open it.
type input struct {
	source string
	open   func() (io.ReadCloser, error)
}

// failedInput is an input that fails with err when opened: a path that could not be
// stat'ed or a directory that could not be read. It travels through the batch like any
// other input, so its failure gets its own line, in order.
func failedInput(source string, err error) input {
	return input{source: source, open: func() (io.ReadCloser, error) { return nil, err }}
}

// isDir reports whether path names a directory.
func isDir(path string) bool {
	if path == "-" {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// htmlExts are the file endings read from directories.
var htmlExts = []string{".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz"}

func isHTMLName(name string) bool {
	low := strings.ToLower(name)
	for _, e := range htmlExts {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}

// Test hooks, nil outside tests. testHookVisit runs when the walk meets a path, before
// a directory is read or a file is handed on; testHookOpen runs in a worker just before a
// file is opened. They let tests remove a file or directory at the exact moment a race
// with another process would, without a race.
var testHookVisit, testHookOpen func(path string)

// eachInput calls fn for path: stdin, a file, or every HTML file under a directory, in
// lexical order. Only one directory's entries are held in memory at a time (sorted, as
// lexical order needs), never the whole tree. Whatever cannot be read (a missing path, a
// directory that cannot be entered) is passed to fn as an input that fails, so a batch
// goes on past it. It stops early when fn returns false or ctx is done, and reports
// whether it ran to the end.
func eachInput(ctx context.Context, path string, stdin io.Reader, fn func(input) bool) bool {
	if path == "-" {
		return fn(input{source: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fn(failedInput(path, err))
	}
	if !fi.IsDir() {
		// A path given by name is read whatever it is: a FIFO or /dev/fd/N is legitimate.
		return fn(fileInput(path, false))
	}
	stopped := false
	filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			stopped = true
			return filepath.SkipAll
		}
		if testHookVisit != nil && err == nil {
			testHookVisit(p)
		}
		ok := true
		switch {
		case err != nil:
			// WalkDir reports a directory it cannot read a second time, with d set, after
			// the visit that had no error: this is the only report of it.
			ok = fn(failedInput(p, err))
		case d.IsDir() || !isHTMLName(d.Name()):
		case d.Type().IsRegular():
			ok = fn(fileInput(p, false))
		case d.Type()&fs.ModeSymlink != 0:
			ok = fn(fileInput(p, true))
		default:
			// A FIFO, socket or device named like a page: opening it could block forever.
			ok = fn(failedInput(p, errNotRegular))
		}
		if !ok {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	return !stopped
}

// errNotRegular is the failure of a special file met in a directory.
var errNotRegular = errors.New("not a regular file")

// fileInput opens a file, decompressing it when its name ends in .gz. With regularOnly
// (a symlink found in a directory), the target must be a regular file.
func fileInput(path string, regularOnly bool) input {
	return input{source: path, open: func() (io.ReadCloser, error) {
		if testHookOpen != nil {
			testHookOpen(path)
		}
		if regularOnly {
			fi, err := os.Stat(path)
			if err != nil {
				return nil, err
			}
			if !fi.Mode().IsRegular() {
				return nil, errNotRegular
			}
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		if !strings.HasSuffix(strings.ToLower(path), ".gz") {
			return f, nil
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("gzip: %w", err)
		}
		return gzipFile{zr, f}, nil
	}}
}

type gzipFile struct {
	*gzip.Reader
	f *os.File
}

func (g gzipFile) Close() error {
	g.Reader.Close()
	return g.f.Close()
}
