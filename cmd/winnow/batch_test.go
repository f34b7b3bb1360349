package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writePages writes n pages named 000.html, 001.html, … into dir. Every seventh page is
// long, so that workers finish out of order.
func writePages(t *testing.T, dir string, n int) {
	t.Helper()
	for i := range n {
		body := fmt.Sprintf("<p>Page %03d tells its own short story about the harbour, the boats and the weather this week.</p>", i)
		if i%7 == 0 {
			body = strings.Repeat(body, 400)
		}
		doc := fmt.Sprintf("<html><head><title>Page %03d</title></head><body><article>%s</article></body></html>", i, body)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.html", i)), []byte(doc), 0o644))
	}
}

func sources(recs []map[string]any) []string {
	var s []string
	for _, r := range recs {
		s = append(s, r["source"].(string))
	}
	return s
}

func TestOutputKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, 120)
	one := filepath.Join(dir, "005.html")
	for _, j := range []string{"1", "2", "7"} {
		code, out, errs := runCLI(t, "", "-j", j, dir, one, dir)
		require.Equal(t, 0, code, errs)
		assert.Empty(t, errs, "no progress line when stderr is not a terminal")
		recs := decodeLines(t, out)
		require.Len(t, recs, 241)
		var want []string
		for i := range 120 {
			want = append(want, filepath.Join(dir, fmt.Sprintf("%03d.html", i)))
		}
		want = append(append(append([]string{}, want...), one), want...)
		assert.Equal(t, want, sources(recs), "-j %s", j)
		assert.Equal(t, "Page 042", recs[42]["title"])
		assert.Contains(t, recs[120]["text"], "Page 005 tells")
	}
}

// TestWindowIsBounded holds the first page back and checks that the others are not all
// read meanwhile: the reorder window caps what is in flight, so memory stays flat however
// many inputs follow a slow one.
func TestWindowIsBounded(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, 100)
	first := filepath.Join(dir, "000.html")
	release := make(chan struct{})
	var opened atomic.Int32
	testHookOpen = func(p string) {
		if p == first {
			<-release
			return
		}
		opened.Add(1)
	}
	defer func() { testHookOpen = nil }()
	const workers = 3
	limit := int32(workers*windowPerWorker - 1) // every slot but the held page's
	done := make(chan string)
	go func() {
		_, out, _ := runCLI(t, "", "-j", fmt.Sprint(workers), dir)
		done <- out
	}()
	deadline := time.Now().Add(30 * time.Second) // a loaded machine can be slow
	for opened.Load() < limit && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // room for a runaway dispatcher to show itself
	assert.Equal(t, limit, opened.Load(), "pages read while the first one was held")
	close(release)
	recs := decodeLines(t, <-done)
	require.Len(t, recs, 100)
	assert.Equal(t, first, recs[0]["source"])
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

func TestTruncatedGzip(t *testing.T) {
	dir := t.TempDir()
	full := gzipped(t, strings.Repeat(page, 20))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html.gz"), full, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.html.gz"), full[:len(full)/2], 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.html.gz"), full[:len(full)-4], 0o644)) // no length trailer
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.html.gz"), full[:5], 0o644))           // a cut header
	require.NoError(t, os.WriteFile(filepath.Join(dir, "e.html"), []byte(page), 0o644))
	code, out, errs := runCLI(t, "", dir)
	assert.Equal(t, 1, code)
	recs := decodeLines(t, out)
	require.Len(t, recs, 5)
	assert.Contains(t, recs[0]["text"], "harbour")
	for _, r := range recs[1:4] {
		assert.Contains(t, r["error"], "unexpected EOF", r["source"])
		assert.Nil(t, r["text"], "a truncated page gives no partial text")
		assert.Contains(t, errs, r["source"])
	}
	assert.Contains(t, recs[4]["text"], "harbour")
	assert.Equal(t, 3, strings.Count(errs, "\n"), errs)
}

func TestVanishingFileAndDirectory(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, 5)
	sub := filepath.Join(dir, "sub")
	require.NoError(t, os.Mkdir(sub, 0o755))
	writePages(t, sub, 3)
	gone := filepath.Join(dir, "002.html")
	// The file is listed, then removed just before a worker opens it; the directory is
	// met by the walk, then removed before it is read: what another process can do to a
	// crawl in progress.
	testHookOpen = func(p string) {
		if p == gone {
			os.Remove(p)
		}
	}
	testHookVisit = func(p string) {
		if p == sub {
			os.RemoveAll(p)
		}
	}
	defer func() { testHookOpen, testHookVisit = nil, nil }()
	code, out, errs := runCLI(t, "", "-j", "2", dir)
	assert.Equal(t, 1, code)
	recs := decodeLines(t, out)
	want := []string{"000.html", "001.html", "002.html", "003.html", "004.html", "sub"}
	require.Len(t, recs, len(want))
	for i, name := range want {
		assert.Equal(t, filepath.Join(dir, name), recs[i]["source"])
	}
	assert.Contains(t, recs[2]["error"], "no such file")
	assert.Contains(t, recs[5]["error"], "no such file")
	assert.Contains(t, recs[3]["text"], "Page 003")
	assert.Equal(t, 2, strings.Count(errs, "\n"), errs)
	assert.Contains(t, errs, gone)
	assert.Contains(t, errs, sub)
}

// TestSpecialFileInDirectory: a FIFO named like a page would block a reader forever.
func TestSpecialFileInDirectory(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.html"), []byte(page), 0o644))
	if err := syscall.Mkfifo(filepath.Join(dir, "b.html"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	code, out, errs := runCLI(t, "", dir)
	assert.Equal(t, 1, code)
	recs := decodeLines(t, out)
	require.Len(t, recs, 2)
	assert.Contains(t, recs[0]["text"], "harbour")
	assert.Contains(t, recs[1]["error"], "not a regular file")
	assert.Contains(t, errs, "b.html")
}

func TestAtomicOutput(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	require.NoError(t, os.Mkdir(pages, 0o755))
	writePages(t, pages, 30)
	target := filepath.Join(dir, "out.jsonl")
	require.NoError(t, os.WriteFile(target, []byte("old\n"), 0o600))
	code, out, errs := runCLI(t, "", "-o", target, pages)
	require.Equal(t, 0, code, errs)
	assert.Empty(t, out, "nothing goes to stdout with -o")
	b, err := os.ReadFile(target)
	require.NoError(t, err)
	recs := decodeLines(t, string(b))
	assert.Len(t, recs, 30)
	fi, err := os.Stat(target)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), "the target keeps its permissions")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 2, "no temporary file left behind")

	// An output that cannot be created fails before any work, touching nothing.
	code, _, errs = runCLI(t, "", "-o", filepath.Join(dir, "no", "such", "dir", "x.jsonl"), pages)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "winnow: -o")
	code, _, errs = runCLI(t, "", "-o", pages, pages)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "not a regular file")
}

// failingWriter accepts n bytes, then fails.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, syscall.ENOSPC
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrorStopsTheBatch(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, 300)
	var errb bytes.Buffer
	code := run([]string{"-j", "2", dir}, strings.NewReader(""), &failingWriter{n: 100}, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "winnow: write: no space left on device")
}

func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	p := &progress{w: &b, live: true, start: time.Now().Add(-2 * time.Second), quit: make(chan struct{})}
	p.done(false)
	p.done(true)
	p.mu.Lock()
	p.draw()
	p.mu.Unlock()
	p.report("winnow: x.html: broken")
	p.stop()
	s := b.String()
	assert.Contains(t, s, "winnow: 2 pages  1 pages/s  1 failed  2s")
	assert.Contains(t, s, "\r\x1b[Kwinnow: x.html: broken\n", "a failure line clears the progress line first")
	assert.True(t, strings.HasSuffix(s, "\n"), "the last progress line is ended")

	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "a file")
	assert.False(t, isTerminal(&b), "a buffer")
	if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		assert.False(t, isTerminal(null), "/dev/null")
		null.Close()
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds the command once for the tests that need a real process: signals,
// pipes, another user's permissions. Its directory is open to all users.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	buildOnce.Do(func() {
		var dir string
		if dir, buildErr = os.MkdirTemp("", "winnow-bin"); buildErr != nil {
			return
		}
		os.Chmod(dir, 0o755)
		binPath = filepath.Join(dir, "winnow")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	require.NoError(t, buildErr)
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// openTempDir makes a directory that any user may enter, for a test that runs the
// command as another user.
func openTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "winnow-test")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	require.NoError(t, os.Chmod(dir, 0o755))
	return dir
}

// TestUnreadableInputs runs the command where it may not read a file or enter a
// directory. Root may read anything, so as root the command runs as user nobody.
func TestUnreadableInputs(t *testing.T) {
	bin := binary(t)
	dir := openTempDir(t)
	writePages(t, dir, 4)
	locked := filepath.Join(dir, "001.html")
	lockedDir := filepath.Join(dir, "002-sub")
	require.NoError(t, os.Mkdir(lockedDir, 0o755))
	writePages(t, lockedDir, 2)
	require.NoError(t, os.Chmod(locked, 0))
	require.NoError(t, os.Chmod(lockedDir, 0))

	cmd := exec.Command(bin, "-j", "2", dir)
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "stderr: %s", errb.String())
	assert.Equal(t, 1, ee.ExitCode())
	recs := decodeLines(t, out.String())
	want := []string{"000.html", "001.html", "002-sub", "002.html", "003.html"}
	require.Len(t, recs, len(want), out.String())
	for i, name := range want {
		assert.Equal(t, filepath.Join(dir, name), recs[i]["source"])
	}
	assert.Contains(t, recs[1]["error"], "permission denied")
	assert.Contains(t, recs[2]["error"], "permission denied")
	assert.Contains(t, recs[3]["text"], "Page 002")
	assert.Equal(t, 2, strings.Count(errb.String(), "\n"), errb.String())
	assert.Contains(t, errb.String(), locked)
	assert.Contains(t, errb.String(), lockedDir)
}

// TestSIGPIPE pipes a batch into a reader that stops after one line, as `| head -n 1`
// does: the command must end quietly and promptly, and the line read must be whole.
func TestSIGPIPE(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	writePages(t, dir, 400)
	cmd := exec.Command(bin, "-j", "2", dir)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	require.NoError(t, cmd.Start())
	line, err := bufio.NewReader(stdout).ReadBytes('\n')
	require.NoError(t, err)
	var rec map[string]any
	require.NoError(t, json.Unmarshal(line, &rec), "the first line is a whole record")
	assert.Equal(t, filepath.Join(dir, "000.html"), rec["source"])
	stdout.Close()

	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err = <-waited:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the command did not end after its reader went away")
	}
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	ws := ee.Sys().(syscall.WaitStatus)
	assert.True(t, ws.Signaled() && ws.Signal() == syscall.SIGPIPE, "ended by SIGPIPE, as a Unix filter does: %v", ws)
	assert.Empty(t, errb.String(), "no panic, no message")
}

// TestInterruptKeepsOldOutput stops a batch that writes with -o while it waits on a
// FIFO: the old file must be as it was, with no temporary file beside it.
func TestInterruptKeepsOldOutput(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "stuck.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	in := filepath.Join(dir, "a.html")
	require.NoError(t, os.WriteFile(in, []byte(page), 0o644))
	outDir := filepath.Join(dir, "out")
	require.NoError(t, os.Mkdir(outDir, 0o755))
	target := filepath.Join(outDir, "out.jsonl")
	require.NoError(t, os.WriteFile(target, []byte("old\n"), 0o644))

	cmd := exec.Command(bin, "-o", target, in, fifo)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	require.NoError(t, cmd.Start())
	// Wait for the temporary file: the signals are caught by then, the batch is under
	// way, and a worker is blocked on the FIFO.
	deadline := time.Now().Add(30 * time.Second)
	for {
		entries, _ := os.ReadDir(outDir)
		if len(entries) == 2 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no temporary file beside the target")
		}
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	var err error
	select {
	case err = <-waited:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the command did not stop on SIGTERM")
	}
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 130, ee.ExitCode())
	assert.Contains(t, errb.String(), "winnow: interrupted")
	b, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Equal(t, "old\n", string(b))
	entries, err := os.ReadDir(outDir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "the temporary file is removed")
}

func TestJobsFlag(t *testing.T) {
	code, _, errs := runCLI(t, "", "-j", "0", "x.html")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "need at least one worker")
}

// TestSymlinksInDirectory: a link to a page is read; a dangling link and a link to a
// FIFO fail on their own lines.
func TestSymlinksInDirectory(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(t.TempDir(), "real.html")
	require.NoError(t, os.WriteFile(real, []byte(page), 0o644))
	require.NoError(t, os.Symlink(real, filepath.Join(dir, "a.html")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere.html"), filepath.Join(dir, "b.html")))
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	require.NoError(t, os.Symlink(fifo, filepath.Join(dir, "c.html")))
	code, out, _ := runCLI(t, "", dir)
	assert.Equal(t, 1, code)
	recs := decodeLines(t, out)
	require.Len(t, recs, 3)
	assert.Contains(t, recs[0]["text"], "harbour")
	assert.Contains(t, recs[1]["error"], "no such file")
	assert.Contains(t, recs[2]["error"], "not a regular file")
}
