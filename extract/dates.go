package extract

import (
	"sort"
	"strings"
	"time"
)

type dateHit struct {
	bs, be   int // normalized byte span
	value    string
	relative bool // resolved against the publication date
}

// dates finds the pack's date forms, then bare years, less those inside a
// URL, an e-mail address, a file path or an institution's name; a longer
// match wins over any match it overlaps. It takes what earlier stages
// found: counted, the tokens of procedure counts (their numbers are no
// years), and names, the bytes of institution mentions (a date inside a
// name is the name's). Either may be nil: nothing to skip. pub is the
// publication date that relative dates ("l'an dernier") are resolved
// against; zero: there are none (reldates.go).
func (d *doc) dates(counted []bool, names bitmap, pub time.Time) []Date {
	return d.keepDates(d.stated(append(d.dateHits(counted), d.relativeHits(pub)...), names))
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

// keepDates keeps the longest of overlapping matches and merges repeats,
// relative ones with absolute ones of the same value: a date is relative
// only when every mention of it is (the text never states it outright).
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
			out[i].Relative = out[i].Relative && h.relative
			continue
		}
		seen[h.value] = len(out)
		out = append(out, Date{Value: h.value, Text: m.Text, Start: m.Start, End: m.End, Mentions: []Mention{m}, Relative: h.relative})
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
