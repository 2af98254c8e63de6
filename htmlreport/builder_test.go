package htmlreport

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

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
	if len(d.Insts) != 1 || d.Insts[0].Articles != 3 || len(d.Cities) != 1 {
		t.Fatalf("insts %+v cities %+v", d.Insts, d.Cities)
	}
	got := *d.Insts[0].Totals["transplant"]
	if want := (Total{Min: 42, Max: 42, Lower: true, Facts: 2}); got != want {
		t.Errorf("institution total %+v, want %+v", got, want)
	}
	if y := d.Years["2023"]["transplant"]; y == nil || y.Min != 12 {
		t.Errorf("2023: %+v", d.Years["2023"])
	}
	if p := d.Periods["transplant"]; p == nil || p.Min != 30 || !p.Lower {
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
