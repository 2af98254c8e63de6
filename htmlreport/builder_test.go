package htmlreport

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
)

func ptr[T any](v T) *T { return &v }

// record is an article of one sentence that reports count kidney
// transplants at the CHU of Oran in when.
func record(source, qual string, count int64, when string) (extract.Record, string) {
	text := "Le CHU d'Oran a réalisé " + "N greffes rénales en 2023."
	start := len([]rune("Le CHU d'Oran a réalisé "))
	return extract.Record{
		Source: source, Language: "fr",
		Institutions: []extract.Institution{{Name: "CHU d'Oran", Key: "chu oran", Kind: "hospital"}},
		Cities:       []extract.City{{Name: "Oran", Country: "DZ", Lat: 35.69, Lon: -0.63}},
		Procedures: []extract.Procedure{{Count: count, Qualifier: qual, Type: ptr("transplant"), Organ: ptr("kidney"),
			Institution: ptr("CHU d'Oran"), City: ptr("Oran"), When: ptr(when), Text: "N greffes", Start: start, End: start + 9}},
	}, text
}

func TestBuilderDedupAndTotals(t *testing.T) {
	b := NewBuilder("t")
	r1, t1 := record("a.txt", "exact", 12, "2023")
	r2, t2 := record("b.txt", "exact", 12, "2023") // syndicated: the same fact
	r3, _ := record("c.jsonl:1", "more_than", 30, "2014/2023")
	b.Add(r1, t1, true)
	b.Add(r2, t2, true)
	b.Add(r3, "", false)
	d := b.Data()
	if len(d.Facts) != 2 || len(d.Facts[0].Evidence) != 2 || d.Dups != 1 {
		t.Fatalf("facts %+v, dups %d", d.Facts, d.Dups)
	}
	if len(d.Insts) != 1 || d.Insts[0].Articles != 3 || len(d.Cities) != 1 || d.Insts[0].Name != "CHU d'Oran" {
		t.Fatalf("insts %+v cities %+v", d.Insts, d.Cities)
	}
	got := d.Insts[0].Totals["transplant"]
	if want := (aggregate.Total{Facts: 2, Reports: 3, Min: 42, Max: 12, Open: 1}); got != want {
		t.Errorf("institution total %+v, want %+v", got, want)
	}
	if y := d.Years["2023"]["transplant"]; y.Min != 12 || y.Facts != 1 {
		t.Errorf("2023: %+v", d.Years["2023"])
	}
	if p := d.Periods["transplant"]; p.Min != 30 || !p.LowerBound() {
		t.Errorf("periods: %+v", d.Periods)
	}
	if s := d.Snippets[d.Facts[0].Evidence[0][1]]; s != [3]string{"Le CHU d'Oran a réalisé ", "N greffes", " rénales en 2023."} {
		t.Errorf("snippet %q", s)
	}
	if s := d.Snippets[d.Facts[1].Evidence[0][1]]; s != [3]string{"", "N greffes", ""} {
		t.Errorf("record-only snippet %q", s)
	}
}

// The page loads nothing: no src, href or url() to anywhere but itself
// (the footer's attribution links are plain links, not loads), and no
// article text can close the data's script element.
func TestWriteSelfContained(t *testing.T) {
	b := NewBuilder("t")
	r, text := record("</script><script>alert(1)</script>.txt", "exact", 12, "2023")
	b.Add(r, text, true)
	var buf bytes.Buffer
	if err := Write(&buf, b.Data()); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if strings.Contains(page, "<script>alert") {
		t.Error("a source name closed the script element")
	}
	for _, re := range []string{`<script[^>]+src=`, `<link`, `url\(`, `<img`, `@import`, `<iframe`} {
		if regexp.MustCompile(re).MatchString(page) {
			t.Errorf("page loads something: %s", re)
		}
	}
	if n := strings.Count(page, "<path d="); n < 150 {
		t.Errorf("%d country outlines", n)
	}
}

// Every fact listed under an institution or a city is one its total
// counts: the page's lists and aggregate's totals agree, report choice
// included (a syndicated fact placed in two cities by two articles).
func TestFactsAgreeWithTotals(t *testing.T) {
	b := NewBuilder("t")
	for i, city := range []string{"Oran", "Alger", "Oran", "Alger", "Alger"} {
		r, text := record(strings.Repeat("x", i)+".txt", "exact", int64(10+i%2), "2023")
		r.Cities[0].Name, r.Procedures[0].City = city, ptr(city)
		if i == 4 {
			r.Procedures[0].City = nil // one report knows less: it never stands for the fact
		}
		b.Add(r, text, true)
	}
	d := b.Data()
	for i, in := range d.Insts {
		n := 0
		for _, f := range d.Facts {
			if f.Inst == i {
				n++
			}
		}
		if sum := sumFacts(in.Totals); int64(n) != sum {
			t.Errorf("%s: %d facts listed, totals count %d", in.Key, n, sum)
		}
	}
	for i, c := range d.Cities {
		n := 0
		for _, f := range d.Facts {
			if f.City == i {
				n++
			}
		}
		if sum := sumFacts(c.Totals); int64(n) != sum {
			t.Errorf("%s: %d facts listed, totals count %d", c.Name, n, sum)
		}
	}
}

func sumFacts(b ByType) int64 {
	var n int64
	for _, t := range b {
		n += t.Facts
	}
	return n
}

// A page of no record, or of records without facts, has empty lists, not
// nulls, for the script to draw.
func TestEmptyData(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, NewBuilder("t").Data()); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"inputs", "types", "articles", "snippets", "facts", "insts", "cities"} {
		if !strings.Contains(buf.String(), `"`+k+`":[]`) {
			t.Errorf("%s is not an empty list", k)
		}
	}
}
