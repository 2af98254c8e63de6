package score

import (
	"fmt"
	"sort"

	"github.com/newsx/newsx/extract"
)

// Fields scored, in report order.
var Fields = []string{"institutions", "procedures", "dates", "cities"}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add sums counts.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// P is precision, R recall, F1 their harmonic mean. With nothing to find
// and nothing found, all three are 1.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Article is the score of one record against its gold.
type Article struct {
	Language      string
	LanguageOK    bool
	Fields        map[string]Counts
	QualifierOK   int              // matched procedures whose qualifier agrees
	QualifierSeen int              // matched procedures
	Facts         map[string]Ratio // fact attribute accuracy over matched required counts
	Misses        []string         // "FP cities: Nice", "FN dates: 2023": what -v prints
}

// Compare scores one record.
func Compare(rec extract.Record, g *Gold) Article {
	a := Article{Language: g.Language, LanguageOK: rec.Language == g.Language, Fields: map[string]Counts{}}
	a.Fields["institutions"] = institutions(rec, g, &a)
	var pairs [][2]int
	a.Fields["procedures"], a.QualifierOK, a.QualifierSeen, pairs = procedures(rec, g, &a)
	preds := make([]Fact, len(rec.Procedures))
	for i, p := range rec.Procedures {
		preds[i] = recordFact(p)
	}
	a.Facts = facts(preds, g, pairs, &a)
	a.Fields["dates"] = dates(rec, g, &a)
	a.Fields["cities"] = cities(rec, g, &a)
	return a
}

// match pairs predictions with gold items one to one. sim gives a score
// (> 0 to match); higher scores are paired first.
func match(np, ng int, sim func(p, g int) float64) [][2]int {
	type pair struct {
		p, g int
		s    float64
	}
	var pairs []pair
	for p := 0; p < np; p++ {
		for g := 0; g < ng; g++ {
			if s := sim(p, g); s > 0 {
				pairs = append(pairs, pair{p, g, s})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].s > pairs[j].s })
	usedP, usedG := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, x := range pairs {
		if !usedP[x.p] && !usedG[x.g] {
			usedP[x.p], usedG[x.g] = true, true
			out = append(out, [2]int{x.p, x.g})
		}
	}
	return out
}

// tally pairs predictions with gold items one to one, best matches first,
// then drops optional gold items with the predictions paired to them, and
// the unpaired predictions that match an optional item: finding an optional
// item is not wrong, missing it is not a miss. A prediction that matches a
// required item better is paired with it, not dropped.
func tally(np int, optional []bool, sim func(p, g int) float64) (Counts, [][2]int, []int, []int) {
	all := match(np, len(optional), sim)
	usedP, usedG := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, x := range all {
		usedP[x[0]], usedG[x[1]] = true, true
		if !optional[x[1]] {
			pairs = append(pairs, x)
		}
	}
	var fp, fn []int
	for p := 0; p < np; p++ {
		if usedP[p] {
			continue
		}
		optionalMatch := false
		for g, opt := range optional {
			if opt && sim(p, g) > 0 {
				optionalMatch = true
			}
		}
		if !optionalMatch {
			fp = append(fp, p)
		}
	}
	for g, opt := range optional {
		if !opt && !usedG[g] {
			fn = append(fn, g)
		}
	}
	return Counts{TP: len(pairs), FP: len(fp), FN: len(fn)}, pairs, fp, fn
}

// miss records the unmatched items of a field for -v.
func (a *Article) miss(field string, fp, fn []int, predName, goldName func(int) string) {
	for _, p := range fp {
		a.Misses = append(a.Misses, fmt.Sprintf("FP %s: %s", field, predName(p)))
	}
	for _, g := range fn {
		a.Misses = append(a.Misses, fmt.Sprintf("FN %s: %s", field, goldName(g)))
	}
}

func institutions(rec extract.Record, g *Gold, a *Article) Counts {
	opt := make([]bool, len(g.Institutions))
	for i, gi := range g.Institutions {
		opt[i] = gi.Optional
	}
	c, _, fp, fn := tally(len(rec.Institutions), opt, func(p, gi int) float64 {
		inst := rec.Institutions[p]
		names := []string{inst.Name}
		for _, m := range inst.Mentions {
			names = append(names, m.Text)
		}
		best := 0.0
		for _, n := range names {
			for _, a := range g.Institutions[gi].Aliases {
				if s := nameDice(n, a); s > best {
					best = s
				}
			}
		}
		if best < 0.6 {
			return 0
		}
		return best
	})
	a.miss("institutions", fp, fn, func(i int) string { return rec.Institutions[i].Name },
		func(i int) string { return g.Institutions[i].Aliases[0] })
	return c
}

// procedures scores counts and qualifiers, and returns the matched
// (prediction, required gold) pairs for the facts.
func procedures(rec extract.Record, g *Gold, a *Article) (Counts, int, int, [][2]int) {
	opt := make([]bool, len(g.Procedures))
	for i, gp := range g.Procedures {
		opt[i] = gp.Optional
	}
	c, pairs, fp, fn := tally(len(rec.Procedures), opt, func(p, gi int) float64 {
		if rec.Procedures[p].Count == g.Procedures[gi].Count {
			return 1
		}
		return 0
	})
	a.miss("procedures", fp, fn, func(i int) string { return rec.Procedures[i].Text },
		func(i int) string { return fmt.Sprint(g.Procedures[i].Count) })
	ok := 0
	for _, x := range pairs {
		if rec.Procedures[x[0]].Qualifier == g.Procedures[x[1]].Qualifier {
			ok++
		} else {
			a.Misses = append(a.Misses, fmt.Sprintf("QUAL %q: %s, gold %s", rec.Procedures[x[0]].Text,
				rec.Procedures[x[0]].Qualifier, g.Procedures[x[1]].Qualifier))
		}
	}
	return c, ok, len(pairs), pairs
}

func dates(rec extract.Record, g *Gold, a *Article) Counts {
	var pred []string
	seen := map[string]bool{}
	for _, d := range rec.Dates {
		if d.Relative {
			continue // FORMAT.md scores absolute dates; "l'an dernier" dated by the publication date is neither hit nor miss
		}
		if !seen[d.Value] {
			seen[d.Value] = true
			pred = append(pred, d.Value)
		}
	}
	var gold []string
	var opt []bool
	seenG := map[string]bool{}
	for _, d := range g.Dates {
		if !seenG[d.Value] {
			seenG[d.Value] = true
			gold = append(gold, d.Value)
			opt = append(opt, d.Optional)
		}
	}
	c, _, fp, fn := tally(len(pred), opt, func(p, gi int) float64 {
		if pred[p] == gold[gi] {
			return 1
		}
		return 0
	})
	a.miss("dates", fp, fn, func(i int) string { return pred[i] }, func(i int) string { return gold[i] })
	return c
}

func cities(rec extract.Record, g *Gold, a *Article) Counts {
	opt := make([]bool, len(g.Cities))
	for i, gc := range g.Cities {
		opt[i] = gc.Optional
	}
	c, _, fp, fn := tally(len(rec.Cities), opt, func(p, gi int) float64 {
		city := rec.Cities[p]
		names := []string{fold(city.Name)}
		for _, m := range city.Mentions {
			names = append(names, fold(m.Text))
		}
		gc := g.Cities[gi]
		for _, al := range append([]string{gc.Name}, gc.Aliases...) {
			for _, n := range names {
				if n == fold(al) {
					return 1
				}
			}
		}
		return 0
	})
	a.miss("cities", fp, fn, func(i int) string {
		return fmt.Sprintf("%s (%s) %q", rec.Cities[i].Name, rec.Cities[i].Country, rec.Cities[i].Mentions[0].Text)
	}, func(i int) string { return g.Cities[i].Name })
	return c
}
