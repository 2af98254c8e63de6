package source

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// unescapeName is the reverse of sourceName, as a user would write it.
func unescapeName(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			if s[i+1] == '\\' {
				b.WriteByte('\\')
				i++
				continue
			}
			if i+3 < len(s) && s[i+1] == 'x' && isHex(s[i+2]) && isHex(s[i+3]) {
				n, _ := strconv.ParseUint(s[i+2:i+4], 16, 8)
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestSourceName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"articles/a.txt", "articles/a.txt"},
		{"مقالات/خبر.txt", "مقالات/خبر.txt"},
		{"caf\xe9.txt", `caf\xe9.txt`},
		{"\xff\xfe", `\xff\xfe`},
		{"a\xed\xa0\x80b", `a\xed\xa0\x80b`}, // an encoded surrogate is not UTF-8
		{`dir\file.txt`, `dir\file.txt`},     // a backslash stays single when unambiguous
		{`a\xe9.txt`, `a\\xe9.txt`},          // ... not before what reads as an escape
		{`a\XfF`, `a\XfF`},                   // only \x is an escape
		{`a\\b`, `a\\\b`},
		{"a\\\xe9", `a\\\xe9`},
		{`end\`, `end\`},
		{`\x4.txt`, `\x4.txt`},
	}
	for _, tt := range tests {
		got := sourceName(tt.in)
		if got != tt.want {
			t.Errorf("sourceName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !utf8.ValidString(got) {
			t.Errorf("sourceName(%q) = %q: not UTF-8", tt.in, got)
		}
		if back := unescapeName(got); back != tt.in {
			t.Errorf("unescape(%q) = %q, want %q", got, back, tt.in)
		}
	}
}

func FuzzSourceName(f *testing.F) {
	for _, s := range []string{"a.txt", "caf\xe9", `a\xe9`, "\\\\\xff", `\x`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := sourceName(s)
		if !utf8.ValidString(got) || unescapeName(got) != s {
			t.Errorf("sourceName(%q) = %q: not UTF-8 or not reversible", s, got)
		}
	})
}

// A file name that is not UTF-8 keeps its bytes in the job's Source (and
// so in the record and in messages), not U+FFFD for every bad byte; Path
// stays the real name.
func TestJobsNonUTF8Names(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "caf\xe9.txt"), []byte("x"), 0o644); err != nil {
		t.Skipf("file system refuses non-UTF-8 names: %v", err)
	}
	writeFiles(t, dir, map[string]string{"b\xff/c.jsonl": "{\"text\": \"x\"}\n"})
	must(t, os.Symlink("\xe9", filepath.Join(dir, "dangling.txt")))
	jobs := collect([]string{dir}, nil, Options{})
	if len(jobs) != 2 || jobs[0].Source != dir+`/caf\xe9.txt` || jobs[0].Path != dir+"/caf\xe9.txt" {
		t.Fatalf("jobs = %+v", jobs)
	}
	if jobs[1].Err == nil || jobs[1].Err.Error() != `dangling symlink (target "\xe9" does not exist)` {
		t.Errorf("dangling link: %v", jobs[1].Err)
	}
	if a, err := Read(jobs[0], Options{}); err != nil || a.Source != dir+`/caf\xe9.txt` {
		t.Errorf("Read: %q %v", a.Source, err)
	}
	jobs = collect([]string{dir}, nil, Options{JSONL: true})
	if len(jobs) != 1 || jobs[0].Source != dir+`/b\xff/c.jsonl:1` {
		t.Errorf("JSONL jobs = %+v", jobs)
	}
}
