package extract

import "sort"

// tokensOf returns the tokens [start, end) that a mention covers, from the
// token its first code point is in (a mention may start after a clitic
// glued to its word: "بالمستشفى").
func (d *doc) tokensOf(m Mention) (int, int) {
	cps := d.cpStarts()
	s := sort.SearchInts(cps, m.Start+1) - 1
	e := sort.SearchInts(cps, m.End)
	s = max(s, 0)
	return s, max(e, s+1)
}

// cpStart is the code point offset in the original text where token i
// starts.
func (d *doc) cpStart(i int) int { return d.cpStarts()[i] }

// cpStarts lists where each token starts in code points of the original
// text, computed on first use.
func (d *doc) cpStarts() []int {
	if d.cps == nil {
		starts := make([]int, len(d.toks))
		for i, t := range d.toks {
			starts[i] = t.Start
		}
		d.cps = d.t.CodePoints(starts)
	}
	return d.cps
}

// gluedBefore returns the letters of token i before code point cp: a
// clitic glued to a mention that starts inside its word ("ب" of "بوهران").
func (d *doc) gluedBefore(i, cp int) string {
	text, start, _ := d.t.Evidence(d.toks[i].Start, d.toks[i].End)
	r := []rune(text)
	return string(r[:min(max(cp-start, 0), len(r))])
}
