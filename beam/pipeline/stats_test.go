package pipeline

import (
	"encoding/json"
	"testing"

	"github.com/newsx/newsx/extract"
)

// checkStats: interim, a straightforward sum over the CLI's records.
func checkStats(t *testing.T, bin string, records, stats []string) {
	t.Helper()
	want := map[string]int64{}
	for _, l := range records {
		var rec extract.Record
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		for _, f := range factsOf(rec) {
			want[f.Group] += f.Count
		}
	}
	got := map[string]int64{}
	for _, l := range stats {
		var row struct {
			Group string
			Count int64
		}
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatal(err)
		}
		got[row.Group] = row.Count
	}
	if len(got) != len(want) {
		t.Errorf("stats: %d groups, want %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("stats %q: %d, want %d", k, got[k], v)
		}
	}
}
