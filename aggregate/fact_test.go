package aggregate_test

import (
	"testing"

	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
)

// TestFlatten: one fact per procedures[] entry, with the institution's key
// and the city's country looked up by name, and the year and month of its
// date (or its period).
func TestFlatten(t *testing.T) {
	recs := handRecords(t)
	facts := aggregate.Flatten(recs[0])
	if len(facts) != 5 {
		t.Fatalf("%d facts, want 5", len(facts))
	}
	f := facts[0]
	if f.InstitutionKey != "chu oran" || f.Institution != "CHU d'Oran" || f.Country != "DZ" || f.Lat != 35.69906 ||
		f.Year != "2023" || f.Month != "2023" || f.Source != "a.txt" || f.Index != 0 || f.Text != "12 greffes rénales" {
		t.Errorf("first fact: %+v", f)
	}
	if f := facts[2]; f.Year != "2023" || f.Month != "2023-06" || f.CountMax != 15 {
		t.Errorf("range fact: %+v", f)
	}
	if f := facts[3]; f.Year != "2014/2023" || f.Month != "2014/2023" {
		t.Errorf("interval fact: year %q month %q", f.Year, f.Month)
	}
	if f := facts[4]; f.InstitutionKey != "" || f.Country != "" || f.Year != "" {
		t.Errorf("fact without institution: %+v", f)
	}
	// the same fact in b.txt, under another spelling of the name: one key
	if facts[0].Key() != aggregate.Flatten(recs[1])[0].Key() {
		t.Error("a syndicated fact has another key")
	}
	// no institution and no date: each article's own
	if facts[4].Key() == aggregate.Flatten(recs[1])[1].Key() {
		t.Error("two facts with neither institution nor date share a key")
	}
}

func TestPeriods(t *testing.T) {
	for _, tc := range []struct{ when, year, month string }{
		{"2023-10-06", "2023", "2023-10"},
		{"2024-01/2024-03", "2024", "2024-01/2024-03"},
		{"2023-07-10/2023-07-14", "2023", "2023-07"},
		{"2011-04/..", "2011-04/..", "2011-04/.."},
		{"2022-12/2023-01", "2022-12/2023-01", "2022-12/2023-01"},
		{"", "", ""},
		{"someday", "someday", "someday"},
	} {
		f := aggregate.Flatten(recordWith(tc.when))[0]
		if f.Year != tc.year || f.Month != tc.month {
			t.Errorf("%q: year %q month %q, want %q %q", tc.when, f.Year, f.Month, tc.year, tc.month)
		}
	}
}

func TestParseDims(t *testing.T) {
	d, err := aggregate.ParseDims(" Institution, type ,year")
	if err != nil || len(d) != 3 || d[0] != aggregate.ByInstitution {
		t.Errorf("ParseDims: %v %v", d, err)
	}
	for _, bad := range []string{"hospital", "type,type"} {
		if _, err := aggregate.ParseDims(bad); err == nil {
			t.Errorf("ParseDims(%q): no error", bad)
		}
	}
}

func TestFilterChecks(t *testing.T) {
	for _, f := range []aggregate.Filter{
		{Types: []string{"dialysis"}}, {Countries: []string{"DZA"}}, {Since: "2023-13"},
		{Until: "23"}, {Since: "2024", Until: "2023"},
	} {
		if _, err := aggregate.New(nil, f); err == nil {
			t.Errorf("%+v: no error", f)
		}
	}
}

func recordWith(when string) extract.Record {
	var w *string
	if when != "" {
		w = &when
	}
	return extract.Record{Source: "x", Procedures: []extract.Procedure{{Count: 1, Qualifier: "exact", When: w}}}
}

// TestFilterDates: --since and --until keep the facts whose whole period
// lies within them, at any precision; dates that are no dates are refused.
func TestFilterDates(t *testing.T) {
	for _, tc := range []struct {
		since, until, when string
		keep               bool
	}{
		{"2024-02", "2024-02", "2024-02-29", true},
		{"2023-02-28", "", "2023-02", false},
		{"", "2023-02-28", "2023-02", true},
		{"", "2023-02-27", "2023-02", false},
		{"2014", "2023", "2014/2023", true},
		{"2015", "", "2014/2023", false},
		{"2007", "", "2007/..", true},
		{"", "2030", "2007/..", false},
		{"2020", "", "", false},
	} {
		f := aggregate.Filter{Since: tc.since, Until: tc.until}
		fact := aggregate.Flatten(recordWith(tc.when))[0]
		if got := f.Keep(fact); got != tc.keep {
			t.Errorf("since %q until %q, when %q: keep %v, want %v", tc.since, tc.until, tc.when, got, tc.keep)
		}
	}
	for _, bad := range []string{"2023-02-29", "2024-00", "20x4", "2024-1-01"} {
		if _, err := aggregate.New(nil, aggregate.Filter{Since: bad}); err == nil {
			t.Errorf("since %q: no error", bad)
		}
	}
}

// TestDistinct: a record that lists one fact twice reports it once, by Add
// or by AddFact over Distinct.
func TestDistinct(t *testing.T) {
	rec := handRecords(t)[1]
	rec.Procedures = append(rec.Procedures, rec.Procedures...)
	facts := aggregate.Flatten(rec)
	if len(facts) != 4 || len(aggregate.Distinct(facts)) != 3 { // the undated, unplaced "3 operations" are two facts
		t.Fatalf("%d facts, %d distinct", len(facts), len(aggregate.Distinct(facts)))
	}
	a, _ := aggregate.New(nil, aggregate.Filter{})
	a.Add(rec)
	b, _ := aggregate.New(nil, aggregate.Filter{})
	for _, f := range aggregate.Distinct(facts) {
		b.AddFact(f)
	}
	if got, want := table(a.Rows()), " 18 facts=3 reports=3\n"; got != want || table(b.Rows()) != want {
		t.Errorf("Add: %q, AddFact: %q, want %q", got, table(b.Rows()), want)
	}
}
