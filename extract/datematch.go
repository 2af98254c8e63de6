package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/newsx/newsx/lang"
)

// Reading dates: a template's matches in a window and their values, and
// bare years.

// dateMatches runs one template on window, the normalized text from byte
// from (or its lowercase copy, of the same length).
func (d *doc) dateMatches(re *regexp.Regexp, window, precision string, from int) []dateHit {
	var hits []dateHit
	names := re.SubexpNames()
	for _, m := range re.FindAllStringSubmatchIndex(window, -1) {
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		if !d.boundary(m[0], m[1]) {
			continue
		}
		{
			g := map[string]string{}
			bs := m[0]
			for k, name := range names {
				if name != "" && m[2*k] >= 0 {
					g[name] = d.t.Norm[m[2*k]:m[2*k+1]]
					// a clitic glued to a month that opens the match is
					// no part of the evidence: "ويونيو 2014"
					if _, cut := d.monthOf(g[name]); cut > 0 && m[2*k] == m[0] {
						bs += cut
					}
				}
			}
			// a range gives its first end, then its last; the range is the
			// evidence of both. "31 جانفي و01 فيفري 2025" has both a first
			// day and a first month.
			first, ranged := map[string]string{}, false
			for k, v := range g {
				first[k] = v
			}
			for _, other := range []string{"day", "month"} {
				if s, ok := g[other+"2"]; ok {
					first[other], ranged = s, true
				}
			}
			if ranged {
				if v, ok := d.dateValue(first, precision); ok {
					hits = append(hits, dateHit{bs: bs, be: m[1], value: v})
				}
			}
			if v, ok := d.dateValue(g, precision); ok {
				hits = append(hits, dateHit{bs: bs, be: m[1], value: v})
			}
		}
	}
	return hits
}

func (d *doc) dateValue(g map[string]string, precision string) (string, bool) {
	year, err := strconv.Atoi(g["year"])
	if err != nil || year < d.l.Years.Min || year > d.l.Years.Max {
		return "", false
	}
	if precision == "year" {
		return fmt.Sprintf("%04d", year), true
	}
	month := 0
	if m, ok := g["month"]; ok {
		month, _ = d.monthOf(m)
	} else if m, ok := g["monthnum"]; ok {
		month, _ = strconv.Atoi(m)
	}
	if month < 1 || month > 12 {
		return "", false
	}
	if precision == "month" {
		return fmt.Sprintf("%04d-%02d", year, month), true
	}
	day, err := strconv.Atoi(g["day"])
	if err != nil || day < 1 || day > daysIn(year, month) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day), true
}

// monthOf is the number of month name w, as written or with one of the
// pack's clitics cut from its start ("ويونيو"), and the bytes cut; 0 when
// w is no month.
func (d *doc) monthOf(w string) (month, cut int) {
	if m := d.l.Months[lang.Key(w)]; m > 0 {
		return m, 0
	}
	for _, c := range d.l.Clitics {
		if rest, ok := strings.CutPrefix(w, c.From); ok && rest != "" {
			if m := d.l.Months[lang.Key(rest)]; m > 0 {
				return m, len(c.From)
			}
		}
	}
	return 0, 0
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// bareYears reads four-digit numbers in the pack's year range that do not
// count something ("2000 médecins") and are not part of a procedure count
// (counted, per token; nil for none).
func (d *doc) bareYears(counted []bool) []dateHit {
	var out []dateHit
	for i, t := range d.toks {
		if t.Kind != lang.Number || len(t.Key) != 4 || counted != nil && counted[i] {
			continue
		}
		y, _ := strconv.Atoi(t.Key)
		if y < d.l.Years.Min || y > d.l.Years.Max || y < d.l.Years.BareMin && (i == 0 || !d.l.Years.Before[d.toks[i-1].Key]) {
			continue
		}
		if d.noticeYear(i) {
			continue // "© 2025", "Copyright 2019-2024"
		}
		// part of a larger figure: "2.000.000", "1,2024"
		if (i > 0 && d.glued(i-1) && d.toks[i-1].Kind == lang.Punct && (d.toks[i-1].Key == "." || d.toks[i-1].Key == ",")) ||
			(d.glued(i) && i+2 < len(d.toks) && (d.punct(i+1, ".") || d.punct(i+1, ",")) && d.glued(i+1) && d.toks[i+2].Kind == lang.Number) {
			continue
		}
		if i+1 < len(d.toks) && d.toks[i+1].Kind == lang.Word {
			next := d.toks[i+1].Key
			if !d.l.Years.After[next] && (d.notCounted(next) || d.procNoun(next)) {
				continue
			}
		}
		out = append(out, dateHit{bs: t.Start, be: t.End, value: t.Key})
	}
	return out
}
