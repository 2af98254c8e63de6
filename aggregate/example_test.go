package aggregate_test

import (
	"encoding/json"
	"fmt"

	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
)

func ptr(s string) *string { return &s }

// Two workers each total part of the records, encode their partial
// aggregates (as a batch engine ships accumulators), and a third merges
// them: the syndicated report in both parts is one fact.
func ExampleAggregator_Merge() {
	report := func(source string, count int64, qualifier string) extract.Record {
		return extract.Record{Source: source, Language: "fr",
			Institutions: []extract.Institution{{Name: "CHU d'Oran", Key: "chu oran"}},
			Procedures: []extract.Procedure{{Count: count, Qualifier: qualifier, Type: ptr("transplant"),
				Organ: ptr("kidney"), Institution: ptr("CHU d'Oran"), When: ptr("2023")}}}
	}
	by := []aggregate.Dim{aggregate.ByInstitution, aggregate.ByYear}
	var parts [][]byte
	for _, recs := range [][]extract.Record{
		{report("a.txt", 12, "exact"), report("b.txt", 40, "more_than")},
		{report("wire/a.txt", 12, "exact")}, // the same 12 transplants, syndicated
	} {
		a, _ := aggregate.New(by, aggregate.Filter{})
		for _, r := range recs {
			a.Add(r)
		}
		data, _ := json.Marshal(a)
		parts = append(parts, data)
	}
	var total aggregate.Aggregator // the zero Aggregator takes the first part's dims
	for _, data := range parts {
		var part aggregate.Aggregator
		if err := json.Unmarshal(data, &part); err != nil {
			panic(err)
		}
		if err := total.Merge(&part); err != nil {
			panic(err)
		}
	}
	for _, r := range total.Rows() {
		fmt.Println(r.Institution, r.Value(aggregate.ByYear), r.Total, "min", r.Min, "lower bound", r.LowerBound(), "facts", r.Facts, "reports", r.Reports)
	}
	// Output:
	// CHU d'Oran 2023 52+ min 52 lower bound true facts 2 reports 3
}

// Flatten turns a record's counts into facts; Key says which are one fact.
func ExampleFlatten() {
	rec := extract.Record{Source: "a.txt", Language: "ar",
		Cities: []extract.City{{Name: "Oran", Country: "DZ"}},
		Procedures: []extract.Procedure{{Count: 300, Qualifier: "exact", Type: ptr("transplant"),
			City: ptr("Oran"), When: ptr("2014/2023")}}}
	for _, f := range aggregate.Flatten(rec) {
		fmt.Println(f.Count, f.Type, f.City, f.Country, f.Year)
	}
	// Output:
	// 300 transplant Oran DZ 2014/2023
}
