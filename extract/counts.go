package extract

import (
	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// What a number is besides a count: a year, the first bound of a range; and
// what follows a count that makes it a rate or a share.

// yearLike reports whether a number reads as a year ("2023"): it then
// needs its noun right after it to be a count.
func (d *doc) yearLike(n number) bool {
	return n.end == n.start+1 && len(d.toks[n.start].Key) == 4 && d.toks[n.start].Kind == lang.Number &&
		n.value >= int64(d.l.Years.Min) && n.value <= int64(d.l.Years.Max)
}

// aYear reports whether a year-like number follows a word that introduces
// years ("en 2023", "في 2023", "в 2023"): it is then no count at all.
func (d *doc) aYear(n number) bool {
	return d.yearLike(n) && n.start > 0 && d.l.Years.Before[d.toks[n.start-1].Key]
}

// rangeEnd reads "et 5", "à 5", "-5", "و20", "до 5" after a number. It
// returns the range's ends and its last token: a scale word after the
// second number is the first's too when the first has none ("entre 2 et 3
// millions", "от 10 до 15 тысяч", "ما بين 3 و5 آلاف"), unless that would
// make it the larger.
func (d *doc) rangeEnd(n number) (lo, hi int64, end int, ok bool) {
	j := n.end
	if join, ok := d.l.Ranges.Connectors.At(d.toks, j); ok {
		j += len(join.Keys)
	} else if j >= len(d.toks) || !d.gluedTo(j, d.rangeJoins()) {
		return 0, 0, 0, false // not "وخمسة" either
	}
	h, ok := d.numberAt(j)
	if !ok || h.decimal || h.huge {
		return 0, 0, 0, false
	}
	lo = n.value
	if n.scale == 0 && h.scale > 0 && n.end == n.start+1 && !n.about {
		if v, fits := mulCapped(n.value, h.scale); fits && v < h.value {
			lo = v
		}
	}
	if h.value <= lo {
		return 0, 0, 0, false
	}
	return lo, h.value, h.end, true
}

// rangeJoins returns the one-word range connectors, which may be glued
// before a number word ("ثلاثة وخمسة آلاف").
func (d *doc) rangeJoins() patterns.Set {
	set := patterns.Set{}
	for _, w := range d.l.Clitics {
		if ph, ok := d.l.Ranges.Connectors.Single(w.From); ok && len(ph.Keys) == 1 {
			set[w.From] = true
		}
	}
	return set
}

// rate reports whether a rate phrase ("par million") follows within a few
// words of token j.
func (d *doc) rate(j int) bool {
	for k := j; k < len(d.toks) && k < j+5; k++ {
		if _, ok := d.l.Proc.Rates.At(d.toks, k); ok {
			return true
		}
	}
	return false
}

// inRate reports whether number n is part of a rate phrase ("par million",
// "на 100 тысяч", "لكل مليون"): the unit of a rate, no count.
func (d *doc) inRate(n number) bool {
	for k := max(n.start-3, 0); k <= n.start; k++ {
		if ph, ok := d.l.Proc.Rates.At(d.toks, k); ok && k+len(ph.Keys) > n.start {
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
