package extract

import (
	"github.com/newsx/newsx/lang"
)

// procedures finds "[qualifier] NUMBER [gap] NOUN" and ranges
// "[opener] NUMBER connector NUMBER [gap] NOUN", where NOUN is one of the
// pack's procedure nouns and the gap holds no noun that counts something
// else; then counts that a subset word ("dont", "из них", "منها") ties to a
// count found earlier in the same sentence, with the noun left out. Each
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
	noun, end := s.noun(n, first, last)
	if noun < 0 {
		return end
	}
	p.Procedure = d.tokSpan(noun, noun+1).Text
	p.Type, p.Organ = d.procType(first, noun)
	m := d.tokSpan(first, end)
	p.Text, p.Start, p.End, p.Mentions = m.Text, m.Start, m.End, []Mention{m}
	for k := n.start; k < end; k++ {
		s.counted[k] = true
	}
	s.out, s.spans = append(s.out, p), append(s.spans, tokRange{first, end})
	return end - 1
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
	return n, i, true
}

// countSpan qualifies count n: its tokens [first, last) with parentheses,
// the second number and opener of a range, a qualifier before it. A number
// that is neither alone nor opens a range is no count (false).
func (d *doc) countSpan(n number) (p Procedure, first, last int, ok bool) {
	p = Procedure{Count: n.value, Qualifier: "exact"}
	first, last = n.start, n.end
	if d.punct(first-1, "(") && d.punct(last, ")") {
		first, last = first-1, last+1 // "أكثر من (250) عملية"
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
	if noun, ok := d.reverseNoun(first, last); ok && !d.yearLike(n) {
		return noun, last
	}
	return -1, last - 1
}
