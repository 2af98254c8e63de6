package cmd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file name with a newline or a terminal escape gives one quoted line on
// stderr, so it cannot forge a "newsx: ..." line or drive the terminal;
// ordinary names stay as they are (issue 10, item 7).
func TestBadNamesAreQuoted(t *testing.T) {
	dir := t.TempDir()
	names := []string{
		"a\nnewsx: forged.txt",
		"b\x1b[2Jclear.txt",
		"c\xff.txt",
		"d plain é.txt",
	}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Skipf("file system refuses %q: %v", n, err)
		}
	}
	for _, args := range [][]string{{"extract", dir}, {"detect", dir}, {"detect", "--json", dir}} {
		_, stderr, code := run(t, nil, args...)
		lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
		if code != 1 || len(lines) != 4 {
			t.Fatalf("%s: exit %d, %d lines: %q", args, code, len(lines), stderr)
		}
		want := []string{
			`newsx: "` + dir + `/a\nnewsx: forged.txt": empty file`,
			`newsx: "` + dir + `/b\x1b[2Jclear.txt": empty file`,
			`newsx: ` + dir + `/c\xff.txt: empty file`, // escaped by source, as in the record
			`newsx: ` + dir + `/d plain é.txt: empty file`,
		}
		for i, w := range want {
			if lines[i] != w {
				t.Errorf("%s: line %d\n got %s\nwant %s", args, i, lines[i], w)
			}
		}
	}
}
