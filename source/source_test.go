package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, data, want, err string
	}{
		{"utf8", "Dix opérations", "Dix opérations", ""},
		{"bom", "\xef\xbb\xbfDix", "Dix", ""},
		{"empty", "", "", "empty file"},
		{"whitespace", " \n\t ", "", "empty file"},
		{"binary", "\x89PNG\x00\x00", "", "binary file"},
		{"latin1", "op\xe9rations", "", "not valid UTF-8"},
		{"truncated utf8", "opé"[:3], "", "not valid UTF-8"},
	}
	for _, tt := range tests {
		got, err := Text([]byte(tt.data))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestExpandWalksSorted(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a/z.txt", "a/y.md", "c.TXT"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "dangling.txt"))
	var got []string
	for _, in := range Expand([]string{dir, filepath.Join(dir, "missing.txt")}, []string{".txt"}) {
		rel, _ := filepath.Rel(dir, in.Path)
		if in.Err != nil {
			rel += " (error)"
		}
		got = append(got, rel)
	}
	want := "[a/z.txt b.txt c.TXT dangling.txt (error) missing.txt (error)]"
	if s := strings.Join(got, " "); "["+s+"]" != want {
		t.Errorf("Expand = [%s], want %s", s, want)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"Dix", "\xef\xbb\xbf", "\x00", "op\xe9"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Text(data)
		if err == nil && strings.TrimSpace(s) == "" {
			t.Errorf("empty text accepted")
		}
	})
}
