package aggregate_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsx/newsx/aggregate"
)

// FuzzWhen: any when value gives a year and a month that are either a
// calendar unit holding it or the when itself, and a filter on any dates
// neither panics nor keeps an undated fact; an aggregate of the fact
// encodes and decodes to the same rows.
func FuzzWhen(f *testing.F) {
	for _, s := range []string{"2023", "2023-06", "2023-10-06", "2014/2023", "2007/..", "../2020", "2024-02-30",
		"2023-07-10/2023-07-14", "/", "..", "2023/", "9999-12-31/..", "0000", "2023-1", "٢٠٢٣"} {
		f.Add(s, "2020", "2023-06")
	}
	f.Fuzz(func(t *testing.T, when, since, until string) {
		if !utf8.ValidString(when) {
			t.Skip("records are JSON: their strings are UTF-8")
		}
		fact := aggregate.Flatten(recordWith(when))[0]
		for _, v := range []struct {
			got string
			n   int
		}{{fact.Year, 4}, {fact.Month, 7}} {
			if v.got != when && (len(v.got) != v.n || !strings.HasPrefix(when, v.got)) {
				t.Errorf("when %q: group value %q", when, v.got)
			}
		}
		filter := aggregate.Filter{Since: since, Until: until}
		if (since != "" || until != "") && when == "" && filter.Keep(fact) {
			t.Errorf("since %q until %q kept an undated fact", since, until)
		}
		a, err := aggregate.New([]aggregate.Dim{aggregate.ByYear, aggregate.ByMonth}, aggregate.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		a.AddFact(fact)
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var b aggregate.Aggregator
		if err := json.Unmarshal(data, &b); err != nil {
			t.Fatalf("%v: %s", err, data)
		}
		if table(a.Rows()) != table(b.Rows()) {
			t.Errorf("when %q: rows change through JSON", when)
		}
	})
}
