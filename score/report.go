package score

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
)

// Summary adds up article scores per language and overall ("all").
type Summary struct {
	Langs map[string]*Total
}

// Total is the sum over a set of articles.
type Total struct {
	Articles      int
	LanguageOK    int
	Fields        map[string]*Counts
	QualifierOK   int
	QualifierSeen int
	Facts         map[string]*Ratio
}

// NewSummary returns an empty summary.
func NewSummary() *Summary { return &Summary{Langs: map[string]*Total{}} }

// Add counts one article under its gold language and under "all".
func (s *Summary) Add(a Article) {
	for _, key := range []string{a.Language, "all"} {
		t := s.Langs[key]
		if t == nil {
			t = &Total{Fields: map[string]*Counts{}, Facts: map[string]*Ratio{}}
			for _, f := range Fields {
				t.Fields[f] = &Counts{}
			}
			for _, f := range FactAttrs {
				t.Facts[f] = &Ratio{}
			}
			s.Langs[key] = t
		}
		t.Articles++
		if a.LanguageOK {
			t.LanguageOK++
		}
		for f, c := range a.Fields {
			t.Fields[f].Add(c)
		}
		for f, r := range a.Facts {
			t.Facts[f].Add(r)
		}
		t.QualifierOK += a.QualifierOK
		t.QualifierSeen += a.QualifierSeen
	}
}

// LanguageAccuracy is the share of articles whose language was right.
func (t *Total) LanguageAccuracy() float64 { return ratio(t.LanguageOK, t.Articles) }

// keys lists languages in order, "all" last.
func (s *Summary) keys() []string {
	var ks []string
	for k := range s.Langs {
		if k != "all" {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	if _, ok := s.Langs["all"]; ok {
		ks = append(ks, "all")
	}
	return ks
}

// Write prints one row per language and field: P, R, F1 and counts.
func (s *Summary) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "lang\tfield\tP\tR\tF1\tTP\tFP\tFN\t")
	for _, k := range s.keys() {
		t := s.Langs[k]
		fmt.Fprintf(tw, "%s\tlanguage\t\t\t%.2f\t%d/%d\t\t\t\n", k, t.LanguageAccuracy(), t.LanguageOK, t.Articles)
		for _, f := range Fields {
			c := t.Fields[f]
			fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t\n", k, f, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
		}
		fmt.Fprintf(tw, "%s\tqualifier\t\t\t%.2f\t%d/%d\t\t\t\n", k, ratio(t.QualifierOK, t.QualifierSeen), t.QualifierOK, t.QualifierSeen)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return s.writeFacts(w)
}

// Failures lists every language and field under minF1, and languages whose
// detection accuracy is under minLang.
func (s *Summary) Failures(minF1, minLang float64) []string {
	var out []string
	for _, k := range s.keys() {
		t := s.Langs[k]
		if acc := t.LanguageAccuracy(); acc < minLang {
			out = append(out, fmt.Sprintf("%s language accuracy %.2f < %.2f", k, acc, minLang))
		}
		for _, f := range Fields {
			if f1 := t.Fields[f].F1(); f1 < minF1 {
				out = append(out, fmt.Sprintf("%s %s F1 %.2f < %.2f", k, f, f1, minF1))
			}
		}
	}
	return out
}
