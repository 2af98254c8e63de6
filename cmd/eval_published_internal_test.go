package cmd

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsx/newsx/score"
)

// A gold file's `published` becomes the article's publication date, which
// the extraction copies to Record.Published; without it the text has none.
func TestGoldArticlePublished(t *testing.T) {
	dir := t.TempDir()
	txt := "L'an dernier, le CHU de Batna a réalisé 40 interventions.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "a.gold.yaml")
	for _, tt := range []struct{ yaml, want string }{
		{"language: fr\npublished: \"2024-03-11\"\n", "2024-03-11"},
		{"language: fr\n", ""},
	} {
		if err := os.WriteFile(gold, []byte(tt.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		g, err := score.ReadGold(gold)
		if err != nil {
			t.Fatal(err)
		}
		if g.Published != tt.want {
			t.Errorf("ReadGold(%q).Published = %q, want %q", tt.yaml, g.Published, tt.want)
		}
		a, err := goldArticle(gold, g)
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != tt.want || a.Text != txt {
			t.Errorf("goldArticle(%q): Published %q, text %q; want %q and the file's text", tt.yaml, a.Published, a.Text, tt.want)
		}
		e, err := loadEngine("", io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		res, err := e.Process(a)
		if err != nil {
			t.Fatal(err)
		}
		if res.Record.Published != tt.want {
			t.Errorf("record Published = %q, want %q", res.Record.Published, tt.want)
		}
	}
	if _, err := goldArticle(filepath.Join(dir, "missing.gold.yaml"), &score.Gold{}); err == nil {
		t.Error("goldArticle without its text: no error")
	}
}
