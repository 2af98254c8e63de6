package aggregate_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
)

// handRecords reads testdata/hand.jsonl: three hand-written records whose
// totals are checked by hand below. a.txt and b.txt report the same 12
// kidney transplants of CHU d'Oran in 2023 (under two spellings of its
// name: one key); both also say "3 operations" with no institution and
// no date, which stay two facts. a.txt has a range (10 to 15), a "more
// than 5" and 300 transplants over 2014/2023; c.txt "about 20" and "less
// than 7".
func handRecords(t *testing.T) []extract.Record {
	t.Helper()
	f, err := os.Open("testdata/hand.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []extract.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r extract.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	return recs
}

// table writes rows as "value|value|... total facts reports".
func table(rows []aggregate.Row) string {
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%s %s facts=%d reports=%d\n", strings.Join(r.Values, "|"), r.Total, r.Facts, r.Reports)
	}
	return b.String()
}

func aggregateAll(t *testing.T, by string, f aggregate.Filter, recs []extract.Record) *aggregate.Aggregator {
	t.Helper()
	dims, err := aggregate.ParseDims(by)
	if err != nil {
		t.Fatal(err)
	}
	a, err := aggregate.New(dims, f)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		a.Add(r)
	}
	return a
}

func TestHandTotals(t *testing.T) {
	recs := handRecords(t)
	for _, tc := range []struct {
		by     string
		filter aggregate.Filter
		want   string
	}{
		{"institution,type,year", aggregate.Filter{}, `
chu oran|surgery|2023 10-15 facts=1 reports=1
chu oran|transplant|2014/2023 300 facts=1 reports=1
chu oran|transplant|2023 17+ facts=2 reports=3
مركز استشفائي جامعي باتنه|cardiac|2023 ~20 facts=1 reports=1
مركز استشفائي جامعي باتنه|transplant|2024 0-7 facts=1 reports=1
|surgery| 6 facts=2 reports=2
`},
		{"year", aggregate.Filter{}, `
2014/2023 300 facts=1 reports=1
2023 ~47+ facts=4 reports=5
2024 0-7 facts=1 reports=1
 6 facts=2 reports=2
`},
		{"month", aggregate.Filter{}, `
2014/2023 300 facts=1 reports=1
2023 ~37+ facts=3 reports=4
2023-06 10-15 facts=1 reports=1
2024-02 0-7 facts=1 reports=1
 6 facts=2 reports=2
`},
		{"", aggregate.Filter{}, `
 ~353+ facts=8 reports=9
`},
		{"organ,language", aggregate.Filter{Types: []string{"Transplant"}}, `
kidney|ar 0-7 facts=1 reports=1
kidney|fr 312 facts=2 reports=3
liver|fr 5+ facts=1 reports=1
`},
		{"country,city", aggregate.Filter{Countries: []string{"dz"}, Since: "2020"}, `
DZ|Batna ~20-27 facts=2 reports=2
DZ|Oran 27+ facts=3 reports=4
`},
		// a count is kept only when its whole period is within the filter's:
		// 2014/2023 and 2023 end after June 2023
		{"type", aggregate.Filter{Since: "2014", Until: "2023-06"}, `
surgery 10-15 facts=1 reports=1
`},
		{"type", aggregate.Filter{Since: "2014", Until: "2023"}, `
cardiac ~20 facts=1 reports=1
surgery 10-15 facts=1 reports=1
transplant 317+ facts=3 reports=4
`},
	} {
		t.Run(tc.by, func(t *testing.T) {
			a := aggregateAll(t, tc.by, tc.filter, recs)
			if got := table(a.Rows()); got != strings.TrimPrefix(tc.want, "\n") {
				t.Errorf("by %q, %+v:\n%s\nwant:\n%s", tc.by, tc.filter, got, strings.TrimPrefix(tc.want, "\n"))
			}
		})
	}
}

// TestRowNames: an institution row gives the name most reported for its
// key (a.txt's four facts say "CHU d'Oran", b.txt's one "CHU Oran"); a
// city row its country and coordinates.
func TestRowNames(t *testing.T) {
	a := aggregateAll(t, "institution,city", aggregate.Filter{}, handRecords(t))
	r := a.Rows()[0]
	if r.Value(aggregate.ByInstitution) != "chu oran" || r.Institution != "CHU d'Oran" || r.Country != "DZ" || r.Lat != 35.69906 {
		t.Errorf("first row: %q %q %q %v", r.Values, r.Institution, r.Country, r.Lat)
	}
}
