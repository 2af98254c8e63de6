package score

import (
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"gopkg.in/yaml.v3"
)

const factGold = `
language: fr
institutions:
  - aliases: ["hôpital universitaire La Rabta", "La Rabta"]
cities:
  - name: Tunis
    aliases: ["تونس", "Тунис"]
procedures:
  - count: 3
    qualifier: exact
    type: transplant
    organ: liver
    institution: ["hôpital universitaire La Rabta", "La Rabta"]
    city: Tunis
    when: "2023-06"
  - count: 10
    qualifier: exact
    type: surgery
    institution: null
    city: null
    when: null
  - count: 7
    qualifier: exact
    when: "2014/2023"
  - count: 12
    qualifier: exact
  - count: 99
    qualifier: exact
    optional: true
    type: other
`

func readGold(t *testing.T, s string) *Gold {
	t.Helper()
	var g Gold
	if err := yaml.Unmarshal([]byte(s), &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

func str(s string) *string { return &s }

func TestGoldFactKeysAbsentOrNull(t *testing.T) {
	g := readGold(t, factGold)
	p := g.Procedures
	if !p[0].Keys["organ"] || *p[0].Organ != "liver" || len(p[0].Institution) != 2 || *p[0].When != "2023-06" {
		t.Errorf("full fact: %+v", p[0])
	}
	if !p[1].Keys["institution"] || p[1].Institution != nil || !p[1].Keys["city"] || p[1].City != nil || p[1].Keys["organ"] {
		t.Errorf("explicit nulls are keys, absent organ is not: %+v", p[1].Keys)
	}
	if len(p[2].Keys) != 1 || !p[2].Keys["when"] || len(p[3].Keys) != 0 {
		t.Errorf("absent keys: %+v %+v", p[2].Keys, p[3].Keys)
	}
}

func TestFactsAccuracy(t *testing.T) {
	g := readGold(t, factGold)
	preds := []Fact{
		// all right: institution by the Dice rule, city by a gold alias
		{Type: str("transplant"), Organ: str("liver"), Institution: str("hôpital La Rabta"), City: str("تونس"), When: str("2023-06")},
		// type right, null institution right, a city where gold has null wrong, null when right
		{Type: str("surgery"), City: str("Tunis")},
		// when wrong; nothing else scored
		{When: str("2023")},
		// gold carries no fact: not scored
		{},
	}
	a := &Article{}
	got := facts(preds, g, [][2]int{{0, 0}, {1, 1}, {2, 2}, {3, 3}}, a)
	want := map[string]Ratio{
		"type":        {OK: 2, Seen: 2},
		"institution": {OK: 2, Seen: 2},
		"city":        {OK: 1, Seen: 2},
		"when":        {OK: 2, Seen: 3},
		"all":         {OK: 1, Seen: 3},
	}
	for _, f := range FactAttrs {
		if got[f] != want[f] {
			t.Errorf("%s = %+v, want %+v", f, got[f], want[f])
		}
	}
	if len(a.Misses) != 2 {
		t.Errorf("misses = %q, want the city and the when", a.Misses)
	}
}

func TestFactsTypeNeedsOrganAndDistinctiveInstitution(t *testing.T) {
	g := readGold(t, factGold)
	preds := []Fact{{Type: str("transplant"), Organ: str("kidney"), Institution: str("hôpital universitaire Farhat Hached"),
		City: str("Tunis"), When: str("2023-06")}}
	got := facts(preds, g, [][2]int{{0, 0}}, &Article{})
	if got["type"].OK != 0 || got["institution"].OK != 0 || got["city"].OK != 1 || got["all"].OK != 0 {
		t.Errorf("wrong organ and another hospital: %+v", got)
	}
}

func TestCompareRecordWithoutFactsIsNull(t *testing.T) {
	g := readGold(t, factGold)
	rec := extract.Record{Language: "fr", Procedures: []extract.Procedure{
		{Count: 3, Qualifier: "exact"}, {Count: 10, Qualifier: "exact"}, {Count: 99, Qualifier: "exact"},
	}}
	a := Compare(rec, g)
	// a record without fact keys is null: right only where gold says null (count 10), never on type
	want := map[string]Ratio{
		"type":        {OK: 0, Seen: 2},
		"institution": {OK: 1, Seen: 2},
		"city":        {OK: 1, Seen: 2},
		"when":        {OK: 1, Seen: 2},
		"all":         {OK: 0, Seen: 2},
	}
	for _, f := range FactAttrs {
		if a.Facts[f] != want[f] {
			t.Errorf("%s = %+v, want %+v", f, a.Facts[f], want[f])
		}
	}
	s := NewSummary()
	s.Add(a)
	if s.FactFailure(0) != "" || s.FactFailure(0.5) == "" {
		t.Errorf("--min-fact: %q at 0, %q at 0.5", s.FactFailure(0), s.FactFailure(0.5))
	}
	if f := s.FactAttrFailures(0.5); len(f) != 1 || !strings.HasPrefix(f[0], "fact type ") {
		t.Errorf("--min-fact-attr 0.5: %q, want type alone", f)
	}
	if f := s.FactAttrFailures(0); len(f) != 0 {
		t.Errorf("--min-fact-attr 0: %q, want none", f)
	}
}
