package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// atomicFile is the output of -o: a temporary file beside the target that replaces it
// only once everything is written and synced, so the target holds either its old
// contents or the complete new ones, never a part.
type atomicFile struct {
	*os.File
	path string // the target
	done bool
}

// createAtomic starts writing a replacement for path.
func createAtomic(path string) (*atomicFile, error) {
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		// Replace the file the link points to, not the link.
		if path, err = filepath.EvalSymlinks(path); err != nil {
			return nil, fmt.Errorf("-o: %w", err)
		}
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("-o %s: not a regular file", path)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("-o: %w", err)
	}
	return &atomicFile{File: f, path: path}, nil
}

// commit syncs the temporary file and renames it over the target, keeping the target's
// permissions when it exists (0644 otherwise).
func (a *atomicFile) commit() error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(a.path); err == nil {
		mode = fi.Mode().Perm()
	}
	err := errors.Join(a.Chmod(mode), a.Sync())
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.Name(), a.path)
	}
	if err != nil {
		os.Remove(a.Name())
		a.done = true
		return fmt.Errorf("-o: %w", err)
	}
	a.done = true
	// Make the rename itself durable; some systems cannot sync a directory, which is
	// not worth failing for once the data is in place.
	if d, err := os.Open(filepath.Dir(a.path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// abort removes the temporary file, leaving the target untouched. It does nothing after
// commit.
func (a *atomicFile) abort() {
	if a.done {
		return
	}
	a.done = true
	a.Close()
	os.Remove(a.Name())
}
