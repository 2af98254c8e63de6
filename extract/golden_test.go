package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden records in testdata/golden")

// TestGolden extracts every fixture article and compares the whole record,
// evidence and offsets included, with its golden JSON. After a deliberate
// change, run `go test ./extract -run Golden -update` and review the diff.
func TestGolden(t *testing.T) {
	e := engine(t)
	articles, _ := filepath.Glob("../testdata/gold/*/*.txt")
	if len(articles) == 0 {
		t.Fatal("no fixture articles")
	}
	for _, path := range articles {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := e.Extract(filepath.ToSlash(strings.TrimPrefix(path, "../")), string(text))
			if err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, string(text), rec)
			got, _ := json.MarshalIndent(rec, "", "  ")
			golden := filepath.Join("../testdata/golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
				t.Errorf("record differs from %s; run `go test ./extract -run Golden -update` and review the diff", golden)
			}
		})
	}
}

// checkOffsets asserts that every mention slices back out of the text.
func checkOffsets(t *testing.T, text string, rec Record) {
	t.Helper()
	runes := []rune(text)
	check := func(m Mention) {
		if m.Start < 0 || m.End > len(runes) || m.Start > m.End || string(runes[m.Start:m.End]) != m.Text {
			t.Errorf("mention %q at [%d,%d) does not slice back out of the text", m.Text, m.Start, m.End)
		}
	}
	for _, x := range rec.Institutions {
		for _, m := range x.Mentions {
			check(m)
		}
	}
	for _, x := range rec.Procedures {
		check(Mention{Text: x.Text, Start: x.Start, End: x.End})
		for _, m := range x.Mentions {
			check(m)
		}
	}
	for _, x := range rec.Dates {
		for _, m := range x.Mentions {
			check(m)
		}
	}
	for _, x := range rec.Cities {
		for _, m := range x.Mentions {
			check(m)
		}
	}
}
