package score

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// writeFacts prints the fact attribute accuracies, one row per language:
// accuracy and right/scored for each attribute. Nothing when no gold entry
// carries a fact.
func (s *Summary) writeFacts(w io.Writer) error {
	if all := s.Langs["all"]; all == nil || all.Facts["all"].Seen == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\nlang\tfacts\t%s\t\n", strings.Join(FactAttrs, "\t"))
	for _, k := range s.keys() {
		t := s.Langs[k]
		fmt.Fprintf(tw, "%s\t%d\t", k, t.Facts["all"].Seen)
		for _, f := range FactAttrs {
			r := t.Facts[f]
			fmt.Fprintf(tw, "%.2f %d/%d\t", r.Accuracy(), r.OK, r.Seen)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// FactFailure says why the overall all-attributes accuracy is under min,
// or "" when it is not.
func (s *Summary) FactFailure(min float64) string {
	all := s.Langs["all"]
	if all == nil {
		return ""
	}
	if acc := all.Facts["all"].Accuracy(); acc < min {
		return fmt.Sprintf("all fact accuracy %.2f < %.2f", acc, min)
	}
	return ""
}

// FactAttrFailures says which fact attribute (type, institution, city,
// when), over all languages, has an accuracy under min: none when all
// reach it.
func (s *Summary) FactAttrFailures(min float64) []string {
	all := s.Langs["all"]
	if all == nil {
		return nil
	}
	var out []string
	for _, f := range FactAttrs {
		if r := all.Facts[f]; f != "all" && r.Seen > 0 && r.Accuracy() < min {
			out = append(out, fmt.Sprintf("fact %s accuracy %.3f (%d/%d) < %.2f", f, r.Accuracy(), r.OK, r.Seen, min))
		}
	}
	return out
}
