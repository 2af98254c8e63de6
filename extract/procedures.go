package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// procedures finds "[qualifier] NUMBER [gap] NOUN" and ranges
// "[opener] NUMBER connector NUMBER [gap] NOUN", where NOUN is one of the
// pack's procedure nouns and the gap holds no noun that counts something
// else; then counts that a subset word ("dont", "из них", "منها") ties to a
// count found earlier in the same sentence, with the noun left out. It
// also returns the tokens its counts cover, from the number to the noun:
// the dates stage reads no year there ("2023 greffes").
func (d *doc) procedures() ([]Procedure, []bool) {
	var out []Procedure
	counted := make([]bool, len(d.toks))
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
			counted[k] = true
		}
		out = append(out, p)
		i = end - 1
	}
	return mergeProcedures(out), counted
}

// yearLike reports whether a number reads as a year ("2023"): it then
// needs its noun right after it to be a count.
func (d *doc) yearLike(n number) bool {
	return n.end == n.start+1 && len(d.toks[n.start].Key) == 4 && d.toks[n.start].Kind == lang.Number &&
		n.value >= int64(d.l.YearMin) && n.value <= int64(d.l.YearMax)
}

// aYear reports whether a year-like number follows a word that introduces
// years ("en 2023", "في 2023", "в 2023"): it is then no count at all.
func (d *doc) aYear(n number) bool {
	return d.yearLike(n) && n.start > 0 && d.l.YearBefore[d.toks[n.start-1].Key]
}

// subset reports whether the number at tokens [first, last) is tied by a
// subset word to the procedure noun at token noun of the same sentence,
// and counts nothing else.
func (d *doc) subset(first, last, noun int) bool {
	marker, before := d.l.Subsets.Before(d.toks, first)
	// a subset word may open the next sentence: "... 1 100 трансплантаций.
	// В том числе 240 — детям."
	if !d.sameSentence(noun, first) && !(before && d.sentenceStart(first-len(marker.Keys)) && d.sentencesBetween(noun, first) == 1) {
		return false
	}
	_, after := d.l.Subsets.At(d.toks, last)
	// a list after a count goes on: "dont 86 en chirurgie, 11 en urologie",
	// "47 операций: 15 — плановых, 32 — экстренные"
	// (the item then goes on with a dash or a short preposition, not a
	// noun of its own: ", deux indications" is no count)
	list := first > 0 && (d.punct(first-1, ",") || d.punct(first-1, ":") || d.l.NumberJoin[d.toks[first-1].Key] || d.l.Conjunctions[d.toks[first-1].Key]) &&
		last < len(d.toks) && (d.toks[last].Kind == lang.Punct || d.toks[last].Letters <= 3 && !d.toks[last].Cap)
	if !before && !after && !list {
		return false
	}
	for j := last; j < len(d.toks) && j <= last+d.l.MaxGap; j++ {
		t := d.toks[j]
		if t.Kind == lang.Punct && strings.Contains("—–:.!?;", t.Key) || d.l.ForWhom[t.Key] {
			break // "240 — детям", "60 chez des enfants": what follows says for whom
		}
		if t.Kind == lang.Number {
			break
		}
		if _, _, isNum := d.numberWord(j); isNum {
			break // "contre 29 un an plus tôt": the next figure starts another phrase
		}
		if t.Kind == lang.Word && (d.notCounted(t.Key) || d.procNoun(t.Key)) {
			return false
		}
	}
	return true
}

// reverseNoun finds a procedure noun named before (or, after a colon,
// just after) the number at tokens [first, last) by a reverse phrase of the
// same sentence: "le nombre de greffes varie entre 50 et 60", "58 : nombre
// de transplantations". The number must count nothing else itself.
func (d *doc) reverseNoun(first, last int) (int, bool) {
	if last < len(d.toks) && d.toks[last].Kind == lang.Word && !d.l.GapSkip[d.toks[last].Key] && d.notCounted(d.toks[last].Key) {
		return 0, false
	}
	nounOf := func(k int) (int, bool) {
		ph, ok := d.l.Reverse.At(d.toks, k)
		if !ok {
			return 0, false
		}
		for j := k + len(ph.Keys); j < len(d.toks) && j <= k+len(ph.Keys)+1; j++ {
			if d.toks[j].Kind == lang.Word && d.procNoun(d.toks[j].Key) {
				return j, true
			}
		}
		return 0, false
	}
	if d.punct(last, ":") {
		return nounOf(last + 1)
	}
	for k := first - 1; k >= 0 && k >= first-14; k-- {
		if !d.sameSentence(k, first) {
			return 0, false
		}
		if noun, ok := nounOf(k); ok {
			// nothing else counted between the noun and the number
			for j := noun + 1; j < first; j++ {
				if d.toks[j].Kind == lang.Number {
					return 0, false
				}
			}
			return noun, true
		}
	}
	return 0, false
}

// rate reports whether a rate phrase ("par million") follows within a few
// words of token j.
func (d *doc) rate(j int) bool {
	for k := j; k < len(d.toks) && k < j+5; k++ {
		if _, ok := d.l.Rates.At(d.toks, k); ok {
			return true
		}
	}
	return false
}

// percent reports whether a percent sign follows token j: "40 %" is a share.
// The signs are Unicode's: percent, Arabic percent (U+066A), per mille.
func (d *doc) percent(j int) bool {
	return j < len(d.toks) && (d.punct(j, "%") || d.punct(j, "\u066a") || d.punct(j, "‰"))
}

// sentencesBetween counts sentence ends between tokens a < b.
func (d *doc) sentencesBetween(a, b int) int {
	s := d.sentences()
	return int(s[min(b, len(s)-1)] - s[a])
}

// sameSentence reports whether no sentence end lies between tokens a < b.
func (d *doc) sameSentence(a, b int) bool { return d.sentencesBetween(a, b) == 0 }

// sentences numbers the sentence of every token, once per document: a
// sentence ends at ". ! ? ;" and at line breaks.
func (d *doc) sentences() []int32 {
	if d.sentence == nil {
		d.sentence = make([]int32, len(d.toks)+1)
		n := int32(0)
		for j := range d.toks {
			if t := d.toks[j]; j > 0 && d.lineBreakBefore(j) || t.Kind == lang.Punct && (t.Key == "." || t.Key == "!" || t.Key == "?" || t.Key == ";") {
				n++
			}
			d.sentence[j] = n
		}
		d.sentence[len(d.toks)] = n
	}
	return d.sentence
}

// impliedAt reads a noun that carries its own count (Arabic duals: عمليتين).
func (d *doc) impliedAt(i int) (Procedure, bool) {
	v, ok := d.l.Implied[d.toks[i].Key]
	if !ok {
		for _, c := range d.unglued(i) {
			if v, ok = d.l.Implied[c.key]; ok {
				break
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
	if !ok || hi.decimal || hi.huge || hi.value <= n.value {
		return 0, 0, false
	}
	return hi.value, hi.end, true
}

// nounAfter looks for a procedure noun within the pack's gap after token
// j (right after it when tight).
func (d *doc) nounAfter(j int, tight bool) (int, bool) {
	gap, maxGap := 0, d.l.MaxGap
	if tight {
		maxGap = 0
	}
	for ; j < len(d.toks) && gap <= maxGap; j++ {
		t := d.toks[j]
		if t.Kind != lang.Word {
			if t.Kind == lang.Punct && (t.Key == "(" || t.Key == ")") && !tight {
				continue // "Quinze (15) greffes"
			}
			return 0, false
		}
		if _, _, isNum := d.numberWord(j); isNum {
			return 0, false
		}
		switch {
		case d.procNoun(t.Key):
			return j, true
		case d.head(t.Key):
			// "26 حالة زرع", "12 cas de greffe": the head counts what follows
			for k := j + 1; k < len(d.toks) && k <= j+2 && d.toks[k].Kind == lang.Word; k++ {
				if d.procNoun(d.toks[k].Key) {
					return k, true
				}
			}
			return 0, false
		case d.notCounted(t.Key):
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
