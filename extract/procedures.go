package extract

import (
	"github.com/newsx/newsx/lang"
)

// procedures finds "[qualifier] NUMBER [gap] NOUN" and ranges
// "[opener] NUMBER connector NUMBER [gap] NOUN", where NOUN is one of the
// pack's procedure nouns and the gap holds no noun that counts something
// else; then counts that a subset word ("dont", "из них", "منها") ties to a
// count found earlier in the same sentence, with the noun left out; then
// counts of patients operated and of organs transplanted (procpatients.go),
// whose noun is no procedure noun. Each
// mention is one count, in text order, with its tokens; facts ties them to
// who, where and when and merges the mentions of one fact. It also returns
// the tokens its counts cover, from the number to the noun: the dates
// stage reads no year there ("2023 greffes").
func (d *doc) procedures() ([]Procedure, []tokRange, []bool) {
	s := procScan{d: d, lastNoun: -1, counted: make([]bool, len(d.toks))}
	for i := 0; i < len(d.toks); i++ {
		i = s.step(i)
	}
	return s.out, s.spans, s.counted
}

// tokRange is tokens [start, end).
type tokRange struct{ start, end int }

// procScan reads a document's tokens once for counts of procedures.
type procScan struct {
	d        *doc
	out      []Procedure
	spans    []tokRange // each count's tokens
	lastNoun int        // token of the latest procedure noun
	counted  []bool     // tokens of the counts found
}

// step reads token i: a noun with its own count, or a count with its
// noun. It returns the last token read; the scan goes on after it.
func (s *procScan) step(i int) int {
	d := s.d
	if d.toks[i].Kind == lang.Word {
		if p, ok := d.impliedAt(i); ok {
			s.out, s.spans = append(s.out, p), append(s.spans, tokRange{i, i + 1})
			s.lastNoun = i
			return i
		}
		if d.procNoun(d.toks[i].Key) {
			s.lastNoun = i // a subset may refer to procedures named without a count
		}
	}
	n, next, ok := d.countAt(i)
	if !ok {
		return next
	}
	p, first, last, ok := d.countSpan(n)
	if !ok {
		return n.end - 1
	}
	if first > 0 {
		if _, ok := d.l.Proc.Rates.At(d.toks, first-1); ok {
			return last - 1 // "le nombre de greffes par million d'habitants": the number is the rate's
		}
	}
	noun, end := s.noun(n, first, last)
	switch {
	case noun >= 0:
		p.Procedure = d.tokSpan(noun, noun+1).Text
		p.Type, p.Organ = d.procType(first, noun)
		if noun < first { // "из них 700 — на открытом сердце": a part says what it is after it
			if t, o := d.typeAfter(end); typeRank(t) < typeRank(p.Type) {
				p.Type, p.Organ = t, o
			}
		}
	case d.yearLike(n):
		return end
	default:
		if pat, sig, ok := s.patientCount(first, last); ok {
			// patients operated: the count of patients, typed by what
			// says they were operated
			end = pat + 1
			p.Procedure = d.tokSpan(sig, sig+1).Text
			p.Type, p.Organ = d.procType(min(first, sig), max(pat, sig))
			if p.Type == nil {
				t := "surgery"
				p.Type = &t
			}
		} else if organ, o, ok := s.organCount(first, last); ok {
			// organs transplanted: "пересажены: 12 сердец"
			end = organ + 1
			t := "transplant"
			p.Procedure, p.Type, p.Organ = d.tokSpan(organ, organ+1).Text, &t, &o
		} else if prev, ok := s.seriesItem(first, last); ok {
			// the next of a series of dated counts: "de 29 en 2012 à 37 en 2013"
			end = last
			p.Procedure, p.Type, p.Organ = prev.Procedure, prev.Type, prev.Organ
		} else {
			return end
		}
	}
	if d.difference(first, end) {
		return end - 1 // "на восемь тысяч операций меньше": a change, no count
	}
	m := d.tokSpan(first, end)
	p.Text, p.Start, p.End, p.Mentions = m.Text, m.Start, m.End, []Mention{m}
	for k := n.start; k < end; k++ {
		s.counted[k] = true
	}
	s.out, s.spans = append(s.out, p), append(s.spans, tokRange{first, end})
	return end - 1
}

// difference reports whether the count at tokens [first, end) is a change
// between two figures: a phrase of procedures.differences.before right
// before it, or of .after right after it.
func (d *doc) difference(first, end int) bool {
	if _, ok := d.l.Proc.DiffBefore.Before(d.toks, first); ok {
		return true
	}
	_, ok := d.l.Proc.DiffAfter.At(d.toks, end)
	return ok
}

// countAt reads a number at token i that may be a count. When it is none
// (no number, a fraction, a part of a huge number, a year, a share) it
// returns false and the last token to skip.
func (d *doc) countAt(i int) (number, int, bool) {
	n, ok := d.numberAt(i)
	if ok && n.decimal {
		return n, n.end + 1, false // "40,5": the fraction is no number of its own
	}
	if ok && n.huge {
		return n, n.end - 1, false // nor is any part of a number past MaxCount
	}
	if !ok || d.aYear(n) || d.percent(n.end) || d.inRate(n) {
		return n, i, false
	}
	if k := n.start - 1; k > 0 && d.l.Numbers.Connectors[d.toks[k].Key] && d.glued(k) && d.toks[k-1].Kind == lang.Word {
		if ph, _, isNum := d.numberWord(k - 1); isNum && len(ph.Keys) == 1 {
			// the tail of a number not read whole ("26 ألفا و469"): no count of its own
			return n, n.end - 1, false
		}
	}
	return n, i, true
}

// countSpan qualifies count n: its tokens [first, last) with parentheses,
// the second number and opener of a range, a qualifier before it. A number
// that is neither alone nor opens a range is no count (false).
func (d *doc) countSpan(n number) (p Procedure, first, last int, ok bool) {
	p = Procedure{Count: n.value, Qualifier: "exact"}
	first, last = n.start, n.end
	if d.punct(first-1, "(") && d.punct(last, ")") || d.punct(first-1, "[") && d.punct(last, "]") {
		first, last = first-1, last+1 // "أكثر من (250) عملية", "[1109] قيصرية"
	}
	if n.about {
		p.Qualifier = "about"
	}
	if lo, hi, end, ok := d.rangeEnd(n); ok {
		p.Count, p.CountMax, p.Qualifier, last = lo, &hi, "range", end
		if op, ok := d.l.Ranges.Openers.Before(d.toks, first); ok {
			first -= len(op.Keys)
		}
	} else if !n.alone {
		return p, first, last, false
	}
	if p.Qualifier == "exact" {
		if q, ok := d.l.Qualifiers.Before(d.toks, first); ok {
			p.Qualifier = q.Value
			first -= len(q.Keys)
		}
	}
	return p, first, last, true
}

// noun finds what count n at tokens [first, last) counts: its noun after
// it, else the latest noun tied by a subset word or an elided noun, else a
// noun named before by a reverse phrase. It returns the noun's token and
// the end of the mention; or noun -1 and the last token to skip.
func (s *procScan) noun(n number, first, last int) (noun, end int) {
	d := s.d
	end, ok := d.nounAfter(last, d.yearLike(n))
	if ok && d.glued(last-1) && d.toks[last].Kind == lang.Word && end != last {
		ok = false // an ordinal or unit glued to the digits: "5000ème", "1er"
	}
	if ok && d.rate(end+1) {
		return -1, end // "25 greffes par an et par million d'habitants"
	}
	if ok {
		s.lastNoun = end
		return end, end + 1
	}
	if s.lastNoun >= 0 && d.subset(first, last, s.lastNoun) && !d.yearLike(n) {
		return s.lastNoun, last
	}
	if ph, ok := d.l.Proc.Elided.At(d.toks, last); ok && s.lastNoun >= 0 && !d.yearLike(n) {
		return s.lastNoun, last + len(ph.Keys)
	}
	if s.lastNoun >= 0 && d.pronounBefore(first) && d.sentencesBetween(s.lastNoun, first) <= 1 && !d.yearLike(n) &&
		!(last < len(d.toks) && d.toks[last].Kind == lang.Word && d.notCounted(d.toks[last].Key)) {
		return s.lastNoun, last // "их выполнено девять"
	}
	if noun, ok := d.reverseNoun(first, last); ok && !d.yearLike(n) {
		return noun, last
	}
	return -1, last - 1
}

// pronounBefore reports whether a pronoun of the pack stands within two
// words before token first, in its sentence.
func (d *doc) pronounBefore(first int) bool {
	for k := first - 1; k >= 0 && k >= first-2; k-- {
		if d.toks[k].Kind != lang.Word {
			return false
		}
		if d.l.Proc.Pronouns[d.toks[k].Key] {
			return true
		}
	}
	return false
}
