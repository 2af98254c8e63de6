package extract

import (
	"strings"
	"testing"
)

// TestProcessResolves checks what Process adds to the matchers' lists: the
// reader's facts on every record, a pack or none, and the warning that
// goes with a record matched only in part, the reader's first.
func TestProcessResolves(t *testing.T) {
	e := engine(t)
	fr := "Le CHU de Constantine a réalisé 12 greffes rénales le 3 mars 2023."
	long := fr + " " + strings.Repeat("les patients sont rentrés chez eux ", MaxTokens/5)
	tests := []struct {
		name      string
		a         Article
		lang      string
		truncated bool
		scanned   bool // Record.ScannedTo > 0
		warning   string
	}{
		{"pack", Article{Source: "a", Text: fr, Encoding: "windows-1252", Title: "T", Published: "2023-03-04"}, "fr", false, false, ""},
		{"no pack", Article{Source: "b", Text: "The hospital performed twelve transplants in March, the director of the clinic said.", Encoding: "utf-8", Title: "T", Truncated: true, Warning: "w"}, "en", true, false, "w"},
		{"cut by reader", Article{Source: "c", Text: fr, Truncated: true}, "fr", true, false, ""},
		{"scanned in part", Article{Source: "d", Text: long}, "fr", true, true, "matched up to character"},
		{"reader's warning first", Article{Source: "e", Text: long, Warning: "w"}, "fr", true, true, "w"},
	}
	for _, tt := range tests {
		res, err := e.Process(tt.a)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		r := res.Record
		if r.Source != tt.a.Source || r.Encoding != tt.a.Encoding || r.Title != tt.a.Title || r.Published != tt.a.Published {
			t.Errorf("%s: record %q %q %q %q, want the article's", tt.name, r.Source, r.Encoding, r.Title, r.Published)
		}
		if r.Language != tt.lang || r.Truncated != tt.truncated || (r.ScannedTo > 0) != tt.scanned {
			t.Errorf("%s: language %s, truncated %v, scanned_to %d, want %s, %v, scanned %v", tt.name, r.Language, r.Truncated, r.ScannedTo, tt.lang, tt.truncated, tt.scanned)
		}
		if !strings.HasPrefix(res.Warning, tt.warning) || (tt.warning == "") != (res.Warning == "") {
			t.Errorf("%s: warning %q, want %q...", tt.name, res.Warning, tt.warning)
		}
		if tt.lang == "fr" && len(r.Procedures) != 1 {
			t.Errorf("%s: %d procedures, want 1", tt.name, len(r.Procedures))
		}
	}
}
