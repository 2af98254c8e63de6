package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// seriesReach is how many tokens may stand between a count and the next
// item of its series.
const seriesReach = 8

// seriesItem reads the number at tokens [first, last) as the next item of
// a series of dated counts with one noun: the count before it in the
// sentence, at most seriesReach tokens away with no noun between, and the
// number itself set against a year ("passé de 29 en 2012 à 37 en 2013",
// "52 человека (в 2023 — 42, в 2024 — 47)", "в 2009-м — 25"). It returns
// the count it goes on from.
func (s *procScan) seriesItem(first, last int) (Procedure, bool) {
	d := s.d
	if len(s.out) == 0 || !d.datedItem(first, last) {
		return Procedure{}, false
	}
	prev, p := s.spans[len(s.spans)-1], s.out[len(s.out)-1]
	if prev.end > first || first-prev.end > seriesReach || !d.sameSentence(prev.start, first) {
		return Procedure{}, false
	}
	for j := prev.end; j < first; j++ {
		if t := d.toks[j]; t.Kind == lang.Word && (d.procNounAt(j) || d.notCounted(t.Key) && j > 0 && d.toks[j-1].Kind == lang.Number && !d.yearAt(j-1)) {
			return Procedure{}, false // another noun: "... 12 greffes, 3 médecins"
		}
	}
	// what follows the item says no other thing is counted
	if last < len(d.toks) && d.toks[last].Kind == lang.Word && d.notCounted(d.toks[last].Key) {
		return Procedure{}, false
	}
	return p, true
}

// datedItem reports whether the number at tokens [first, last) is set
// against a year: a year word and a year right after it ("37 en 2013",
// "42 в 2024"), or a year and a dash or colon right before it ("в 2023 —
// 42", "2009-м — 25").
func (d *doc) datedItem(first, last int) bool {
	if last+1 < len(d.toks) && d.l.Years.Before[d.toks[last].Key] && d.yearAt(last+1) {
		return true
	}
	if first < 2 || d.toks[first-1].Kind != lang.Punct || !strings.Contains("—–-:", d.toks[first-1].Key) {
		return false
	}
	// the year, with at most a glued ending ("2009‑м") between it and the dash
	for k := first - 2; k >= 0 && k >= first-4; k-- {
		if d.yearAt(k) {
			return true
		}
		if t := d.toks[k]; t.Kind == lang.Word && t.Letters > 2 || t.Kind == lang.Number {
			return false
		}
	}
	return false
}
