package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
)

type dateHit struct {
	bs, be int // normalized byte span
	value  string
}

// dates finds the pack's date forms, then bare years, less those inside a
// URL, an e-mail address, a file path or an institution's name; a longer
// match wins over any match it overlaps. It takes what earlier stages
// found: counted, the tokens of procedure counts (their numbers are no
// years), and names, the bytes of institution mentions (a date inside a
// name is the name's). Either may be nil: nothing to skip.
func (d *doc) dates(counted []bool, names bitmap) []Date {
	return d.keepDates(d.stated(d.dateHits(counted), names))
}

// stated drops the hits that are not dates the article states: digits of a
// URL or a file path ("/uploads/2025/02/22-3.jpg") and dates that lie
// within an institution's name ("CHU 1er Novembre 1954 d'Oran").
func (d *doc) stated(hits []dateHit, names bitmap) []dateHit {
	if len(hits) == 0 {
		return hits
	}
	urls := d.locators()
	out := hits[:0]
	for _, h := range hits {
		if !urls.any(h.bs, h.be) && (names == nil || !names.all(h.bs, h.be)) {
			out = append(out, h)
		}
	}
	return out
}

// dateHits lists every date form and bare year, overlaps included.
func (d *doc) dateHits(counted []bool) []dateHit {
	var hits []dateHit
	for _, w := range d.dateWindows() {
		window := d.t.Norm[w.from:w.to]
		lower := strings.ToLower(window)
		for _, rule := range d.l.Dates {
			if rule.Named && !w.named || !rule.Named && !w.numeric {
				continue
			}
			if len(lower) == len(window) {
				hits = append(hits, d.dateMatches(rule.Lower, lower, rule.Precision, w.from)...)
			} else {
				hits = append(hits, d.dateMatches(rule.Re, window, rule.Precision, w.from)...)
			}
		}
	}
	return append(hits, d.bareYears(counted)...)
}

// dateWindows returns the spans of normalized text worth running the date
// templates on: around month words and digits followed by a separator
// ("12/03/2022", "2023-10-06"). Templates then never scan the whole text,
// as gitleaks runs a rule's regex only where its keywords occur.
func (d *doc) dateWindows() []dateWindow {
	const before, after = 48, 64
	var out []dateWindow
	for i, t := range d.toks {
		named := t.Kind == lang.Word && d.l.MonthWords[t.Key]
		numeric := t.Kind == lang.Number && d.numericDate(i)
		if !named && !numeric {
			continue
		}
		s, e := max(t.Start-before, 0), min(t.End+after, d.stop)
		for s > 0 && !utf8.RuneStart(d.t.Norm[s]) {
			s--
		}
		for e < d.stop && !utf8.RuneStart(d.t.Norm[e]) {
			e++
		}
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
	if i+4 >= len(d.toks) || !d.glued(i) || !d.glued(i+1) || !d.glued(i+2) || !d.glued(i+3) {
		return false
	}
	sep := d.toks[i+1]
	return sep.Kind == lang.Punct && strings.Contains("/.-", sep.Key) && d.toks[i+2].Kind == lang.Number &&
		d.toks[i+3].Key == sep.Key && d.toks[i+4].Kind == lang.Number
}

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
			for k, name := range names {
				if name != "" && m[2*k] >= 0 {
					g[name] = d.t.Norm[m[2*k]:m[2*k+1]]
				}
			}
			// a range gives its first end, then its last; the range is the
			// evidence of both
			for _, other := range []string{"day", "month"} {
				if s, ok := g[other+"2"]; ok {
					first := map[string]string{}
					for k, v := range g {
						first[k] = v
					}
					first[other] = s
					if v, ok := d.dateValue(first, precision); ok {
						hits = append(hits, dateHit{m[0], m[1], v})
					}
				}
			}
			if v, ok := d.dateValue(g, precision); ok {
				hits = append(hits, dateHit{m[0], m[1], v})
			}
		}
	}
	return hits
}

// keepDates keeps the longest of overlapping matches and merges repeats.
// Kept spans never overlap (a repeat of the same span aside), so a bitmap of
// the bytes they cover answers "does this hit overlap a kept one?" in the
// hit's own length: linear in the number of hits, where checking every kept
// span was quadratic (633,000 dates in 9.5 MB took 609 s).
func (d *doc) keepDates(hits []dateHit) []Date {
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].be-hits[i].bs > hits[j].be-hits[j].bs })
	var kept []dateHit
	covered := newBitmap(len(d.t.Norm))
	spans := map[[2]int]bool{}
	for _, h := range hits {
		if spans[[2]int{h.bs, h.be}] {
			kept = append(kept, h) // the same span read as a second value
			continue
		}
		if covered.any(h.bs, h.be) {
			continue
		}
		covered.set(h.bs, h.be)
		spans[[2]int{h.bs, h.be}] = true
		kept = append(kept, h)
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].bs < kept[j].bs })
	out := []Date{}
	seen := map[string]int{}
	for _, h := range kept {
		m := d.span(h.bs, h.be)
		if i, ok := seen[h.value]; ok {
			out[i].Mentions = append(out[i].Mentions, m)
			continue
		}
		seen[h.value] = len(out)
		out = append(out, Date{Value: h.value, Text: m.Text, Start: m.Start, End: m.End, Mentions: []Mention{m}})
	}
	return out
}

// boundary reports whether normalized bytes [bs, be) stand as whole words.
func (d *doc) boundary(bs, be int) bool {
	s := d.t.Norm
	if bs > 0 {
		if r := lastRune(s[:bs]); isAlnum(r) {
			return false
		}
	}
	if be < len(s) {
		if r := firstRune(s[be:]); isAlnum(r) {
			return false
		}
	}
	return true
}

func (d *doc) dateValue(g map[string]string, precision string) (string, bool) {
	year, err := strconv.Atoi(g["year"])
	if err != nil || year < d.l.YearMin || year > d.l.YearMax {
		return "", false
	}
	if precision == "year" {
		return fmt.Sprintf("%04d", year), true
	}
	month := 0
	if m, ok := g["month"]; ok {
		month = d.l.Months[lang.Key(m)]
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
		if y < d.l.YearMin || y > d.l.YearMax || y < d.l.YearBareMin && (i == 0 || !d.l.YearBefore[d.toks[i-1].Key]) {
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
			if !d.l.YearAfter[next] && (d.notCounted(next) || d.procNoun(next)) {
				continue
			}
		}
		out = append(out, dateHit{t.Start, t.End, t.Key})
	}
	return out
}
