package score

import (
	"testing"

	"github.com/newsx/newsx/extract"
)

func TestDiceComparesFirstFiveLetters(t *testing.T) {
	a := words("ВКО Многопрофильном центре онкологии и хирургии")
	b := words("ВКО Многопрофильный центр онкологии и хирургии")
	if d := dice(a, b); d != 1 {
		t.Errorf("inflected forms: dice = %.2f, want 1", d)
	}
	if d := dice(words("Établissement hospitalier"), words("etablissement Hospitalier!")); d != 1 {
		t.Errorf("case, accents and punctuation: dice = %.2f, want 1", d)
	}
	if d := dice(words("CNSS AMO"), words("AMO")); d < 0.6 || d > 0.7 {
		t.Errorf("dice = %.2f, want 2/3", d)
	}
}

func TestCompare(t *testing.T) {
	g := &Gold{Language: "fr"}
	g.Institutions = append(g.Institutions, struct {
		Aliases  []string `yaml:"aliases"`
		Optional bool     `yaml:"optional"`
	}{Aliases: []string{"Clinique Al Kawtar"}}, struct {
		Aliases  []string `yaml:"aliases"`
		Optional bool     `yaml:"optional"`
	}{Aliases: []string{"département de chirurgie cardiovasculaire"}, Optional: true})
	g.Procedures = append(g.Procedures, GoldProcedure{Count: 5000, Qualifier: "more_than"})
	g.Cities = append(g.Cities, struct {
		Name     string   `yaml:"name"`
		Country  string   `yaml:"country"`
		Aliases  []string `yaml:"aliases"`
		Optional bool     `yaml:"optional"`
	}{Name: "Fes", Country: "MA", Aliases: []string{"Fès"}})
	rec := extract.Record{
		Language: "fr",
		Institutions: []extract.Institution{
			{Name: "clinique Al Kawtar de Fès"},
			{Name: "département de chirurgie cardiovasculaire"}, // optional: neither right nor wrong
			{Name: "Université Carl Gustav Carus"},              // not in gold: a false positive
		},
		Procedures: []extract.Procedure{{Count: 5000, Qualifier: "exact"}, {Count: 4, Qualifier: "exact"}},
		Cities:     []extract.City{{Name: "Fès", Mentions: []extract.Mention{{Text: "Fès"}}}},
	}
	a := Compare(rec, g)
	want := map[string]Counts{
		"institutions": {TP: 1, FP: 1, FN: 0},
		"procedures":   {TP: 1, FP: 1, FN: 0},
		"dates":        {},
		"cities":       {TP: 1},
	}
	for f, w := range want {
		if a.Fields[f] != w {
			t.Errorf("%s = %+v, want %+v", f, a.Fields[f], w)
		}
	}
	if !a.LanguageOK || a.QualifierSeen != 1 || a.QualifierOK != 0 {
		t.Errorf("language %v, qualifier %d/%d", a.LanguageOK, a.QualifierOK, a.QualifierSeen)
	}
	if c := (Counts{}); c.F1() != 1 {
		t.Errorf("nothing to find and nothing found: F1 = %.2f, want 1", c.F1())
	}
}
