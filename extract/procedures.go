package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// procedures finds "[qualifier] NUMBER [gap] NOUN" and ranges
// "[opener] NUMBER connector NUMBER [gap] NOUN", where NOUN is one of the
// pack's procedure nouns and the gap holds no noun that counts something else.
func (d *doc) procedures() []Procedure {
	var out []Procedure
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].Kind == lang.Word {
			if n, ok := d.impliedAt(i); ok {
				out = append(out, n)
				continue
			}
		}
		n, ok := d.numberAt(i)
		if !ok || n.decimal {
			continue
		}
		p := Procedure{Count: n.value, Qualifier: "exact"}
		first, last := n.start, n.end
		if n.about {
			p.Qualifier = "about"
		}
		if hi, end, ok := d.rangeEnd(n); ok {
			p.CountMax, p.Qualifier, last = &hi, "range", end
			if op, ok := d.l.RangeOpeners.Before(d.toks, first); ok {
				first -= len(op.Keys)
			}
		} else if !n.alone {
			i = n.end - 1
			continue
		}
		noun, ok := d.nounAfter(last)
		if ok && d.glued(last-1) && d.toks[last].Kind == lang.Word && noun != last {
			ok = false // an ordinal or unit glued to the digits: "5000ème", "1er"
		}
		if !ok {
			i = last - 1
			continue
		}
		if p.Qualifier == "exact" {
			if q, ok := d.l.Qualifiers.Before(d.toks, first); ok {
				p.Qualifier = q.Value
				first -= len(q.Keys)
			}
		}
		m := d.tokSpan(first, noun+1)
		p.Procedure = d.tokSpan(noun, noun+1).Text
		p.Text, p.Start, p.End, p.Mentions = m.Text, m.Start, m.End, []Mention{m}
		for k := n.start; k <= noun; k++ {
			d.claimed[k] = true
		}
		out = append(out, p)
		i = noun
	}
	return mergeProcedures(out)
}

// impliedAt reads a noun that carries its own count (Arabic duals: عمليتين).
func (d *doc) impliedAt(i int) (Procedure, bool) {
	key := d.toks[i].Key
	v, ok := d.l.Implied[key]
	if !ok {
		for _, p := range d.l.CityPrefixes {
			if rest, cut := strings.CutPrefix(key, p); cut {
				if v, ok = d.l.Implied[rest]; ok {
					break
				}
			}
		}
	}
	if !ok {
		return Procedure{}, false
	}
	m := d.tokSpan(i, i+1)
	return Procedure{Count: v, Qualifier: "exact", Procedure: m.Text, Text: m.Text,
		Start: m.Start, End: m.End, Mentions: []Mention{m}}, true
}

// rangeEnd reads "et 5", "à 5", "-5", "و20", "до 5" after a number.
func (d *doc) rangeEnd(n number) (int64, int, bool) {
	j := n.end
	join, ok := d.l.RangeJoin.At(d.toks, j)
	if !ok {
		return 0, 0, false
	}
	hi, ok := d.numberAt(j + len(join.Keys))
	if !ok || hi.decimal || hi.value <= n.value {
		return 0, 0, false
	}
	return hi.value, hi.end, true
}

// nounAfter looks for a procedure noun within the pack's gap after token j.
func (d *doc) nounAfter(j int) (int, bool) {
	gap := 0
	for ; j < len(d.toks) && gap <= d.l.MaxGap; j++ {
		t := d.toks[j]
		if t.Kind != lang.Word {
			if t.Kind == lang.Punct && (t.Key == "(" || t.Key == ")") {
				continue // "Quinze (15) greffes"
			}
			return 0, false
		}
		switch {
		case d.l.ProcNoun.MatchString(t.Key):
			return j, true
		case d.l.NotCounted.MatchString(t.Key):
			return 0, false
		case d.l.GapSkip[t.Key]:
		default:
			gap++
		}
	}
	return 0, false
}

// mergeProcedures keeps one entry per count (an article repeats its figures:
// "dix opérations ... ces dix interventions"), with every mention.
func mergeProcedures(ps []Procedure) []Procedure {
	out := []Procedure{}
	seen := map[[2]int64]int{}
	for _, p := range ps {
		var hi int64 = -1
		if p.CountMax != nil {
			hi = *p.CountMax
		}
		k := [2]int64{p.Count, hi}
		if i, ok := seen[k]; ok {
			out[i].Mentions = append(out[i].Mentions, p.Mentions...)
			if out[i].Qualifier == "exact" {
				out[i].Qualifier = p.Qualifier
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, p)
	}
	return out
}
