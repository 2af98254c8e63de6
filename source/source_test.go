package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestJobsWalkSortedWithExts(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a/z.txt", "a/y.md", "c.TXT"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "dangling.txt"))
	var got []string
	Jobs([]string{dir, filepath.Join(dir, "missing.txt")}, nil, Options{Exts: []string{".txt"}}, func(j Job) bool {
		rel, _ := filepath.Rel(dir, j.Path)
		if j.Err != nil {
			rel += " (error)"
		}
		got = append(got, rel)
		return true
	})
	want := "[a/z.txt b.txt c.TXT dangling.txt (error) missing.txt (error)]"
	if s := strings.Join(got, " "); "["+s+"]" != want {
		t.Errorf("Jobs = [%s], want %s", s, want)
	}
}
