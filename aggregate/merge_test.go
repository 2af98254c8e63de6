package aggregate_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
)

// goldenRecords reads the fixtures' records (testdata/golden), each twice
// under a second source name: syndicated copies.
func goldenRecords(t *testing.T) []extract.Record {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/golden/*.json")
	if len(paths) == 0 {
		t.Fatal("no golden records")
	}
	var recs []extract.Record
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var r extract.Record
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatal(err)
		}
		copy := r
		copy.Source = "syndicated/" + r.Source
		recs = append(recs, r, copy)
	}
	return recs
}

// roundTrip encodes and decodes a partial aggregate, as a batch engine
// does between workers.
func roundTrip(t *testing.T, a *aggregate.Aggregator) *aggregate.Aggregator {
	t.Helper()
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var b aggregate.Aggregator
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	return &b
}

// TestMergeAnyOrder: splitting the records into parts, aggregating each,
// encoding them and merging in any order gives the rows of one pass, and
// so does the input in reverse order (the kept group of a fact reported
// twice does not depend on which came first).
func TestMergeAnyOrder(t *testing.T) {
	recs := append(goldenRecords(t), handRecords(t)...)
	for _, by := range []string{"institution,type,year", "city,month", "source", "language,country,organ", ""} {
		t.Run(by, func(t *testing.T) {
			want := table(aggregateAll(t, by, aggregate.Filter{}, recs).Rows())
			reversed := slices.Clone(recs)
			slices.Reverse(reversed)
			if got := table(aggregateAll(t, by, aggregate.Filter{}, reversed).Rows()); got != want {
				t.Errorf("reversed input:\n%s\nwant:\n%s", got, want)
			}
			for _, parts := range []int{2, 3, 7} {
				var partials []*aggregate.Aggregator
				for i := 0; i < parts; i++ {
					var part []extract.Record
					for j := i; j < len(recs); j += parts {
						part = append(part, recs[j])
					}
					partials = append(partials, roundTrip(t, aggregateAll(t, by, aggregate.Filter{}, part)))
				}
				slices.Reverse(partials)
				// the zero Aggregator takes the dims of the first it merges
				var total aggregate.Aggregator
				for _, p := range partials {
					if err := total.Merge(p); err != nil {
						t.Fatal(err)
					}
				}
				if got := table(roundTrip(t, &total).Rows()); got != want {
					t.Errorf("%d parts merged:\n%s\nwant:\n%s", parts, got, want)
				}
			}
		})
	}
}

// TestSyndicatedOnce: each golden record read twice under two names gives
// the totals of one reading, with twice the reports.
func TestSyndicatedOnce(t *testing.T) {
	recs := goldenRecords(t)
	var once []extract.Record
	for i := 0; i < len(recs); i += 2 {
		once = append(once, recs[i])
	}
	twice := aggregateAll(t, "institution,type,year", aggregate.Filter{}, recs).Rows()
	single := aggregateAll(t, "institution,type,year", aggregate.Filter{}, once).Rows()
	if len(twice) != len(single) {
		t.Fatalf("%d rows, want %d", len(twice), len(single))
	}
	for i := range twice {
		a, b := twice[i], single[i]
		// facts with neither institution nor date are each article's own
		// (key.go): their row adds up every reading
		own := a.Value(aggregate.ByInstitution) == "" && a.Value(aggregate.ByYear) == ""
		if !slices.Equal(a.Values, b.Values) || !own && (a.Min != b.Min || a.Max != b.Max || a.Open != b.Open || a.About != b.About) {
			t.Errorf("row %q: %s, want %s", a.Values, a.Total, b.Total)
		}
		// facts with neither institution nor date stay each article's own
		if a.Value(aggregate.ByInstitution) != "" && a.Reports != 2*b.Reports {
			t.Errorf("row %q: %d reports, want %d", a.Values, a.Reports, 2*b.Reports)
		}
	}
}

func TestMergeRefusesOtherDims(t *testing.T) {
	a, _ := aggregate.New([]aggregate.Dim{aggregate.ByType}, aggregate.Filter{})
	b, _ := aggregate.New([]aggregate.Dim{aggregate.ByYear}, aggregate.Filter{})
	if err := a.Merge(b); err == nil {
		t.Error("merged aggregates by type and by year")
	}
	c, _ := aggregate.New([]aggregate.Dim{aggregate.ByType}, aggregate.Filter{Types: []string{"cardiac"}})
	if err := a.Merge(c); err == nil {
		t.Error("merged aggregates with different filters")
	}
}
