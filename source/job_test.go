package source

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func collect(args []string, stdin io.Reader, opts Options) []Job {
	var out []Job
	Jobs(args, stdin, opts, func(j Job) bool {
		out = append(out, j)
		return true
	})
	return out
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// describe lists jobs as "rel" or "rel (error: ...)" relative to dir.
func describe(dir string, jobs []Job) string {
	var s []string
	for _, j := range jobs {
		rel := j.Source
		if r, err := filepath.Rel(dir, j.Source); err == nil && !strings.HasPrefix(r, "..") {
			rel = r
		}
		if j.Err != nil {
			rel += " (" + j.Err.Error() + ")"
		}
		s = append(s, rel)
	}
	return strings.Join(s, "\n")
}

func TestJobsWalk(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt": "x", "a/z.txt": "x", "a/y.md": "x", "c.TXT": "x", "d.html": "x", "e.HTM": "x",
		"sub/deep/f.txt": "x", "notes.jsonl": "x",
	})
	must(t, os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "dangling.txt")))
	must(t, os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "dangling-dir")))
	must(t, os.Symlink("ignored.md.missing", filepath.Join(dir, "ignored.md"))) // not a candidate: not reported
	must(t, os.Symlink("self.txt", filepath.Join(dir, "self.txt")))             // a loop on itself
	must(t, os.Symlink(dir, filepath.Join(dir, "sub", "up")))                   // a loop to an enclosing folder
	must(t, os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "link-to-a")))

	got := describe(dir, collect([]string{dir, filepath.Join(dir, "missing.txt"), "-", filepath.Join(dir, "a", "y.md")}, strings.NewReader("x"), Options{}))
	want := strings.Join([]string{
		"a/z.txt",
		"b.txt",
		"c.TXT",
		"d.html",
		"dangling-dir (dangling symlink (target " + filepath.Join(dir, "nowhere") + " does not exist))",
		"dangling.txt (dangling symlink (target " + filepath.Join(dir, "nowhere.txt") + " does not exist))",
		"e.HTM",
		"link-to-a/z.txt",
		"self.txt (symlink loop)",
		"sub/deep/f.txt",
		"sub/up (symlink loop (points to an enclosing folder))",
		"missing.txt (no such file or directory)",
		"-",
		"a/y.md", // named explicitly: read whatever its extension
	}, "\n")
	if got != want {
		t.Errorf("Jobs =\n%s\nwant\n%s", got, want)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestJobsStop(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "x", "b.txt": "x", "c/d.txt": "x"})
	n := 0
	Jobs([]string{dir, dir}, nil, Options{}, func(j Job) bool {
		n++
		return n < 2
	})
	if n != 2 {
		t.Errorf("yield called %d times after asking to stop at 2", n)
	}
}

func TestJobsUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reading")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.txt": "x", "locked/a.txt": "x"})
	must(t, os.Chmod(filepath.Join(dir, "locked"), 0))
	defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
	got := describe(dir, collect([]string{dir}, nil, Options{}))
	want := "locked (permission denied)\nok.txt"
	if got != want {
		t.Errorf("Jobs =\n%s\nwant\n%s", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"img.txt": "\x89PNG\r\n\x1a\n\x00\x00", "empty.txt": "\n\n"})
	must(t, os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755))
	tests := []struct {
		job Job
		err string
	}{
		{Job{Source: "x", Path: filepath.Join(dir, "img.txt")}, "binary file (PNG image), not a text article"},
		{Job{Source: "x", Path: filepath.Join(dir, "empty.txt")}, "empty file"},
		{Job{Source: "x", Path: filepath.Join(dir, "none.txt")}, "no such file or directory"},
		{Job{Source: "x", Path: filepath.Join(dir, "folder.txt")}, "is a directory"},
		{Job{Source: "x", Err: io.ErrUnexpectedEOF}, io.ErrUnexpectedEOF.Error()},
	}
	for _, tt := range tests {
		a, err := Read(tt.job, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.err) || a.Source != "x" {
			t.Errorf("%s: err = %v, want %q", tt.job.Path, err, tt.err)
		}
	}
}

func TestMaxBytes(t *testing.T) {
	text := strings.Repeat("Cinq opérations à Sétif. ", 40) // 1040 bytes, "é" at odd places
	latin := encode(t, text, "iso-8859-1")
	utf16 := encode(t, text, "utf-16be-bom")
	tests := []struct {
		name     string
		data     []byte
		opts     Options
		err      string
		wantText string
	}{
		{"fits", []byte(text), Options{MaxBytes: int64(len(text))}, "", text},
		{"too large", []byte(text), Options{MaxBytes: 1000}, "larger than 1000 bytes (use --truncate or --max-bytes)", ""},
		{"default limit in MB", bytes.Repeat([]byte("a"), DefaultMaxBytes+1), Options{}, "larger than 10 MB (use --truncate or --max-bytes)", ""},
		// "Cinq opérations" cut inside "é": the partial character goes.
		{"truncate utf-8", []byte(text), Options{MaxBytes: 8, Truncate: true}, "", "Cinq op"},
		{"truncate latin-1", latin, Options{MaxBytes: 200, Truncate: true}, "", string([]rune(text)[:200])}, // one byte per character
		{"truncate utf-16 odd", utf16, Options{MaxBytes: 15, Truncate: true}, "", "Cinq o"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read(stdinJob(tt.data), tt.opts)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.wantText {
				t.Errorf("text = %q, want %q", a.Text, tt.wantText)
			}
			if a.Truncated != tt.opts.Truncate {
				t.Errorf("truncated = %v", a.Truncated)
			}
		})
	}
}

type countingReader struct {
	r io.ReadCloser
	n *int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}

func (c countingReader) Close() error { return c.r.Close() }

// A 50 MB single-line file is never read past MaxBytes+1 bytes, whether
// it is skipped or truncated.
func TestHugeFileBoundedRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	must(t, err)
	chunk := bytes.Repeat([]byte("Dix opérations. "), 1<<16) // 1 MiB + 64 KiB
	for written := 0; written < 50<<20; written += len(chunk) {
		_, err := f.Write(chunk)
		must(t, err)
	}
	must(t, f.Close())

	var read int64
	orig := openFile
	defer func() { openFile = orig }()
	openFile = func(p string) (io.ReadCloser, int64, error) {
		rc, size, err := orig(p)
		if err != nil {
			return nil, 0, err
		}
		return countingReader{rc, &read}, size, nil
	}
	const limit = 1 << 20
	for _, truncate := range []bool{false, true} {
		read = 0
		a, err := Read(Job{Source: p, Path: p}, Options{MaxBytes: limit, Truncate: truncate})
		if read > limit+1 {
			t.Errorf("truncate=%v: read %d bytes, limit %d", truncate, read, limit+1)
		}
		if !truncate {
			if err == nil || !strings.Contains(err.Error(), "larger than 1 MB") {
				t.Errorf("err = %v", err)
			}
			continue
		}
		if err != nil || !a.Truncated || len(a.Text) > limit || !strings.HasPrefix(a.Text, "Dix opérations. ") {
			t.Errorf("truncated read: %v %v %d", err, a.Truncated, len(a.Text))
		}
	}
}

// Hidden files and folders (.git/, .DS_Store, .foo.txt) are not walked,
// and not reported; named on the command line, they are read.
func TestJobsHidden(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "x", ".foo.txt": "x", ".DS_Store": "x", ".git/HEAD.txt": "x", "sub/.cache/b.txt": "x",
		".hidden/c.txt": "x", ".hidden/.d.txt": "x",
	})
	must(t, os.Symlink("nowhere.txt", filepath.Join(dir, ".dangling.txt")))
	got := describe(dir, collect([]string{dir, filepath.Join(dir, ".foo.txt"), filepath.Join(dir, ".hidden")}, nil, Options{}))
	want := "a.txt\n.foo.txt\n.hidden/c.txt"
	if got != want {
		t.Errorf("Jobs =\n%s\nwant\n%s", got, want)
	}
}

// A folder that gives no job at all (empty, or only other files) is one
// job error: a run over it must not succeed silently with no output.
func TestJobsNoArticles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"notes/a.md": "x", "notes/b.pdf": "x", "notes/.c.txt": "x", "full/d.txt": "x", "lines/e.jsonl": "\n",
	})
	must(t, os.Mkdir(filepath.Join(dir, "empty"), 0o755))
	args := []string{filepath.Join(dir, "empty"), filepath.Join(dir, "notes"), filepath.Join(dir, "full")}
	got := describe(dir, collect(args, nil, Options{}))
	want := strings.Join([]string{
		"empty (no articles found (looked for *.txt, *.html, *.htm; hidden files skipped))",
		"notes (no articles found (looked for *.txt, *.html, *.htm; hidden files skipped))",
		"full/d.txt",
	}, "\n")
	if got != want {
		t.Errorf("Jobs =\n%s\nwant\n%s", got, want)
	}
	// a JSONL folder whose files hold no line: each file says so
	jobs := collect([]string{filepath.Join(dir, "lines")}, nil, Options{JSONL: true})
	if len(jobs) != 1 || !errors.Is(jobs[0].Err, errNoLines) {
		t.Errorf("JSONL folder of empty files: %s", describe(dir, jobs))
	}
	jobs = collect([]string{filepath.Join(dir, "empty")}, nil, Options{JSONL: true})
	if len(jobs) != 1 || !errors.Is(jobs[0].Err, ErrNoArticles) || !strings.Contains(jobs[0].Err.Error(), "*.jsonl, *.ndjson") {
		t.Errorf("empty JSONL folder: %s", describe(dir, jobs))
	}
}
