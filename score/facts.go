package score

import (
	"fmt"
	"strings"
)

// FactAttrs are the fact attributes scored, in report order; "all" is a
// matched count whose every gold attribute is right.
var FactAttrs = []string{"type", "institution", "city", "when", "all"}

// Ratio is an accuracy: right answers over answers scored.
type Ratio struct{ OK, Seen int }

// Add sums ratios.
func (r *Ratio) Add(o Ratio) { r.OK += o.OK; r.Seen += o.Seen }

// Accuracy is OK/Seen, 1 with nothing scored.
func (r Ratio) Accuracy() float64 { return ratio(r.OK, r.Seen) }

// facts scores the fact attributes of matched (prediction, required gold)
// count pairs, as FORMAT.md's "Facts" section defines: each attribute the
// gold entry carries is scored, and "all" over the pairs whose gold carries
// any.
func facts(preds []Fact, g *Gold, pairs [][2]int, a *Article) map[string]Ratio {
	out := map[string]Ratio{}
	for _, x := range pairs {
		p, gp := preds[x[0]], g.Procedures[x[1]]
		if len(gp.Keys) == 0 {
			continue
		}
		all := true
		check := func(attr string, ok bool, got, want string) {
			r := out[attr]
			r.Seen++
			if ok {
				r.OK++
			} else {
				all = false
				a.Misses = append(a.Misses, fmt.Sprintf("FACT %d %s: %s, gold %s", gp.Count, attr, got, want))
			}
			out[attr] = r
		}
		if gp.Keys["type"] {
			ok := same(p.Type, gp.Type) && (!gp.Keys["organ"] || same(p.Organ, gp.Organ))
			got, want := show(p.Type), show(gp.Type)
			if gp.Keys["organ"] {
				got, want = got+"/"+show(p.Organ), want+"/"+show(gp.Organ)
			}
			check("type", ok, got, want)
		}
		if gp.Keys["institution"] {
			check("institution", institutionRight(p.Institution, gp.Institution),
				show(p.Institution), showList(gp.Institution))
		}
		if gp.Keys["city"] {
			check("city", cityRight(p.City, gp.City, g), show(p.City), show(gp.City))
		}
		if gp.Keys["when"] {
			check("when", same(p.When, gp.When), show(p.When), show(gp.When))
		}
		r := out["all"]
		r.Seen++
		if all {
			r.OK++
		}
		out["all"] = r
	}
	return out
}

// same compares two nullable strings: null is right only against null.
func same(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// institutionRight matches a predicted name against gold aliases by the
// Dice rule of institutions; a nil alias list is null.
func institutionRight(p *string, aliases []string) bool {
	if p == nil || aliases == nil {
		return p == nil && aliases == nil
	}
	for _, al := range aliases {
		if nameDice(*p, al) >= 0.6 {
			return true
		}
	}
	return false
}

// cityRight matches a predicted city against the gold city's name and the
// aliases of the gold cities entry of that name, after folding.
func cityRight(p, want *string, g *Gold) bool {
	if p == nil || want == nil {
		return p == nil && want == nil
	}
	names := []string{*want}
	for _, c := range g.Cities {
		if fold(c.Name) == fold(*want) {
			names = append(names, c.Aliases...)
		}
	}
	for _, n := range names {
		if fold(n) == fold(*p) {
			return true
		}
	}
	return false
}

func show(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func showList(l []string) string {
	if l == nil {
		return "null"
	}
	return "[" + strings.Join(l, "|") + "]"
}
