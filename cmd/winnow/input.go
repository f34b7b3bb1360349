package main

import (
	"compress/gzip"
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

// eachInput calls fn for path: stdin, a file, or every HTML file under a directory, in
// lexical order, without listing the whole tree first. Errors met while walking a
// directory are passed to fn as inputs that fail, so a batch goes on past them.
func eachInput(path string, stdin io.Reader, fn func(input)) error {
	if path == "-" {
		fn(input{source: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
		return nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		fn(fileInput(path))
		return nil
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			failed := err
			fn(input{source: p, open: func() (io.ReadCloser, error) { return nil, failed }})
			if d != nil && d.IsDir() && p != path {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && isHTMLName(d.Name()) {
			fn(fileInput(p))
		}
		return nil
	})
}

// fileInput opens a file, decompressing it when its name ends in .gz.
func fileInput(path string) input {
	return input{source: path, open: func() (io.ReadCloser, error) {
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
