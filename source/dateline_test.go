package source

import (
	"os"
	"path/filepath"
	"testing"
)

// A text that opens on its date (" date 2025-12-07 ...", as pages are
// saved with theirs) gives it as its publication date, before --published;
// a date anywhere else, or an HTML page's own date, does not move it.
func TestTextDate(t *testing.T) {
	for text, want := range map[string]string{
		" date 2025-12-07 В Красноярской краевой больнице сделали 63 операции.": "2025-12-07",
		"date: 2024-03-01\n\nLe CHU d'Oran a réalisé dix greffes.":              "2024-03-01",
		"Le CHU d'Oran a réalisé dix greffes le 2024-03-01.":                    "",
		"dates 2024-03-01 du programme":                                         "",
		"date 2024-3-1 Le CHU":                                                  "",
	} {
		if got := textDate(text); got != want {
			t.Errorf("textDate(%q) = %q, want %q", text, got, want)
		}
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	opts := Options{MaxBytes: 1 << 20, Published: "2020-01-01"}
	for path, want := range map[string]string{
		write("a.txt", " date 2025-12-07 В больнице сделали 63 операции."): "2025-12-07",
		write("b.txt", "В больнице сделали 63 операции."):                  "2020-01-01",
	} {
		a, err := Read(Job{Source: path, Path: path}, opts)
		if err != nil || a.Published != want {
			t.Errorf("%s: published %q (%v), want %q", path, a.Published, err, want)
		}
	}
}
