//go:build unix

package source

import (
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A walk reads regular files only: a FIFO, a socket or a device with an
// article's name, found directly or through a symlink, is named as skipped
// (it would block, or never end) instead of hanging the batch or vanishing.
func TestJobsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "x", "elsewhere/README": "x"})
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644))
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.md"), 0o644)) // not an article name: not a candidate
	must(t, syscall.Mkfifo(filepath.Join(dir, "elsewhere", "pipe"), 0o644))
	must(t, os.Symlink(filepath.Join(dir, "elsewhere", "pipe"), filepath.Join(dir, "link-to-fifo.txt")))
	must(t, os.Symlink("/dev/null", filepath.Join(dir, "null.txt")))
	l, err := net.Listen("unix", filepath.Join(dir, "sock.txt"))
	must(t, err)
	defer l.Close()

	got := describe(dir, collect([]string{dir}, nil, Options{}))
	want := strings.Join([]string{
		"a.txt",
		"fifo.txt (skipped: a named pipe, not a regular file)",
		"link-to-fifo.txt (skipped: a named pipe, not a regular file)",
		"null.txt (skipped: a device, not a regular file)",
		"sock.txt (skipped: a socket, not a regular file)",
	}, "\n")
	if got != want {
		t.Errorf("Jobs =\n%s\nwant\n%s", got, want)
	}
}

// A FIFO named on the command line is read like stdin: as a stream, up to
// its writer's end.
func TestReadExplicitFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe")
	must(t, syscall.Mkfifo(p, 0o644))
	jobs := collect([]string{p}, nil, Options{})
	if len(jobs) != 1 || jobs[0].Err != nil {
		t.Fatalf("jobs = %+v", jobs)
	}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		io.WriteString(f, "Dix opérations ")
		time.Sleep(20 * time.Millisecond)
		io.WriteString(f, "à Oran.")
		f.Close()
	}()
	done := make(chan struct{})
	var a Article
	var err error
	go func() {
		a, err = Read(jobs[0], Options{})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO did not end with its writer")
	}
	if err != nil || a.Text != "Dix opérations à Oran." {
		t.Errorf("Read = %q, %v", a.Text, err)
	}
}
