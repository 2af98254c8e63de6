package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
)

// Where dates may be: the windows of text around month words and digit
// dates that hold a year, the only text the templates run on.

// dateWindows returns the spans of normalized text worth running the date
// templates on: around month words and digits followed by a separator
// ("12/03/2022", "2023-10-06"). Templates then never scan the whole text,
// as gitleaks runs a rule's regex only where its keywords occur.
func (d *doc) dateWindows() []dateWindow {
	var out []dateWindow
	for i, t := range d.toks {
		named := t.Kind == lang.Word && d.l.MonthWords[t.Key]
		numeric := t.Kind == lang.Number && d.numericDate(i)
		if !named && !numeric {
			continue
		}
		s, e := d.windowAround(t)
		if !hasYear(d.t.Norm[s:e]) {
			continue // every template needs a year: "en mai", "le 7 mars" give none
		}
		if n := len(out); n > 0 && s <= out[n-1].to {
			w := &out[n-1]
			w.to, w.named, w.numeric = max(w.to, e), w.named || named, w.numeric || numeric
			continue
		}
		out = append(out, dateWindow{from: s, to: e, named: named, numeric: numeric})
	}
	return out
}

// dateWindow is a span of normalized text that may hold dates, and what
// kind: month names, digit dates or both.
type dateWindow struct {
	from, to       int
	named, numeric bool
}

// hasYear reports whether s holds four digits in a row.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// numericDate reports whether token i opens "N/N/N", "N.N.N" or "N-N-N".
func (d *doc) numericDate(i int) bool {
	if d.isoMonth(i) {
		return true
	}
	if i+4 >= len(d.toks) || !d.glued(i) || !d.glued(i+1) || !d.glued(i+2) || !d.glued(i+3) {
		return false
	}
	sep := d.toks[i+1]
	return sep.Kind == lang.Punct && strings.Contains("/.-", sep.Key) && d.toks[i+2].Kind == lang.Number &&
		d.toks[i+3].Key == sep.Key && d.toks[i+4].Kind == lang.Number
}

// windowAround returns the bytes of normalized text from 48 before token
// t to 64 after it, on rune boundaries: where a date template around it
// may match.
func (d *doc) windowAround(t lang.Token) (s, e int) {
	const before, after = 48, 64
	s, e = max(t.Start-before, 0), min(t.End+after, d.stop)
	for s > 0 && !utf8.RuneStart(d.t.Norm[s]) {
		s--
	}
	for e < d.stop && !utf8.RuneStart(d.t.Norm[e]) {
		e++
	}
	return s, e
}

// isoMonth reports whether tokens i.. are an ISO month, "2019-07": four
// digits, a hyphen and two digits that end there (no third part).
func (d *doc) isoMonth(i int) bool {
	if i+2 >= len(d.toks) || !d.glued(i) || !d.glued(i+1) || !d.punct(i+1, "-") {
		return false
	}
	y, m := d.toks[i], d.toks[i+2]
	return y.Kind == lang.Number && y.End-y.Start == 4 && m.Kind == lang.Number && m.End-m.Start == 2 &&
		!(d.glued(i+2) && i+3 < len(d.toks) && d.toks[i+3].Kind == lang.Punct)
}
