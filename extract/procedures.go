package extract

import "github.com/newsx/newsx/lang"

// procedures finds "[qualifier] NUMBER [gap] NOUN" and ranges
// "[opener] NUMBER connector NUMBER [gap] NOUN", where NOUN is one of the
// pack's procedure nouns and the gap holds no noun that counts something
// else; then counts that a subset word ("dont", "из них", "منها") ties to a
// count found earlier in the same sentence, with the noun left out.
func (d *doc) procedures() []Procedure {
	var out []Procedure
	lastNoun := -1 // token of the latest procedure noun
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].Kind == lang.Word {
			if p, ok := d.impliedAt(i); ok {
				out = append(out, p)
				lastNoun = i
				continue
			}
			if d.procNoun(d.toks[i].Key) {
				lastNoun = i // a subset may refer to procedures named without a count
			}
		}
		n, ok := d.numberAt(i)
		if ok && n.decimal {
			i = n.end + 1 // "40,5": the fraction is no number of its own
			continue
		}
		if ok && n.huge {
			i = n.end - 1 // nor is any part of a number past MaxCount
			continue
		}
		if !ok || d.aYear(n) || d.percent(n.end) {
			continue
		}
		p := Procedure{Count: n.value, Qualifier: "exact"}
		first, last := n.start, n.end
		if d.punct(first-1, "(") && d.punct(last, ")") {
			first, last = first-1, last+1 // "أكثر من (250) عملية"
		}
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
		if p.Qualifier == "exact" {
			if q, ok := d.l.Qualifiers.Before(d.toks, first); ok {
				p.Qualifier = q.Value
				first -= len(q.Keys)
			}
		}
		end, ok := d.nounAfter(last, d.yearLike(n))
		if ok && d.glued(last-1) && d.toks[last].Kind == lang.Word && end != last {
			ok = false // an ordinal or unit glued to the digits: "5000ème", "1er"
		}
		if ok && d.rate(end+1) {
			i = end
			continue // "25 greffes par an et par million d'habitants"
		}
		if ok {
			p.Procedure = d.tokSpan(end, end+1).Text
			lastNoun = end
			end++
		} else if lastNoun >= 0 && d.subset(first, last, lastNoun) && !d.yearLike(n) {
			p.Procedure = d.tokSpan(lastNoun, lastNoun+1).Text
			end = last
		} else if ph, ok := d.l.Elided.At(d.toks, last); ok && lastNoun >= 0 && !d.yearLike(n) {
			p.Procedure = d.tokSpan(lastNoun, lastNoun+1).Text
			end = last + len(ph.Keys)
		} else if noun, ok := d.reverseNoun(first, last); ok && !d.yearLike(n) {
			p.Procedure = d.tokSpan(noun, noun+1).Text
			end = last
		} else {
			i = last - 1
			continue
		}
		m := d.tokSpan(first, end)
		p.Text, p.Start, p.End, p.Mentions = m.Text, m.Start, m.End, []Mention{m}
		for k := n.start; k < end; k++ {
			d.claimed[k] = true
		}
		out = append(out, p)
		i = end - 1
	}
	return mergeProcedures(out)
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
