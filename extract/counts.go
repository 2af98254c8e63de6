package extract

import "github.com/newsx/newsx/lang"

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

// rangeEnd reads "et 5", "à 5", "-5", "و20", "до 5" after a number.
func (d *doc) rangeEnd(n number) (int64, int, bool) {
	j := n.end
	join, ok := d.l.Ranges.Connectors.At(d.toks, j)
	if !ok {
		return 0, 0, false
	}
	hi, ok := d.numberAt(j + len(join.Keys))
	if !ok || hi.decimal || hi.huge || hi.value <= n.value {
		return 0, 0, false
	}
	return hi.value, hi.end, true
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
