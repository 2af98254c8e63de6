package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// Relative dates: the pack's relative_dates ("l'an dernier", "вчера",
// "الشهر الماضي", "le 25 avril dernier") resolved against the article's
// publication date. Without one, or with one that cannot be read, there
// are none: nothing is looked for.

// publishedDate reads a publication date as sources give it: an ISO date
// ("2024-05-02", "2024/05/02"), with anything after it (a time:
// "2024-03-11T08:30:00+01:00" is 11 March, the day of the publisher's own
// clock), or an RFC 1123 / RFC 822 date ("Thu, 02 May 2024 10:00:00
// +0200"), in years 1000 to 9999. ok is false for anything else, and then
// the time is zero.
func publishedDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && (s[4] == '-' || s[4] == '/') && s[7] == s[4] && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
		y, ey := strconv.Atoi(s[:4])
		m, em := strconv.Atoi(s[5:7])
		d, ed := strconv.Atoi(s[8:10])
		if ey != nil || em != nil || ed != nil || s[0] == '+' || s[0] == '-' || y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
			return time.Time{}, false
		}
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1000 {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// relativeHits lists the relative dates of the text, resolved against
// pub (zero: none). Phrases are looked up token by token (one map lookup
// each); templates run only in windows around month names that hold one
// of their keywords.
func (d *doc) relativeHits(pub time.Time) []dateHit {
	r := d.l.Relative
	if pub.IsZero() || r.Empty() {
		return nil
	}
	var hits []dateHit
	for i := 0; i < len(d.toks); i++ {
		ph, ok := r.Phrases.At(d.toks, i)
		if !ok {
			continue
		}
		end := i + len(ph.Keys)
		if v, ok := d.shifted(pub, ph.Value, int(ph.Num)); ok {
			hits = append(hits, dateHit{bs: d.toks[i].Start, be: d.toks[end-1].End, value: v, relative: true})
		}
		i = end - 1
	}
	if len(r.Templates) == 0 {
		return hits
	}
	for _, w := range d.monthWindows() {
		window := d.t.Norm[w[0]:w[1]]
		lower := strings.ToLower(window)
		for _, t := range r.Templates {
			if !t.In(lower) {
				continue // none of its keywords: "dernier", "прошлого"
			}
			if len(lower) == len(window) {
				hits = append(hits, d.relativeMatches(t, t.Lower, lower, w[0], pub)...)
			} else {
				hits = append(hits, d.relativeMatches(t, t.Re, window, w[0], pub)...)
			}
		}
	}
	return hits
}

// shifted is pub moved by offset units (year, month or day), at the unit's
// precision, if its year is within the pack's years.
func (d *doc) shifted(pub time.Time, unit string, offset int) (string, bool) {
	var t time.Time
	switch unit {
	case "year":
		t = time.Date(pub.Year()+offset, 1, 1, 0, 0, 0, 0, time.UTC)
	case "month":
		t = time.Date(pub.Year(), pub.Month()+time.Month(offset), 1, 0, 0, 0, 0, time.UTC)
	case "day":
		t = pub.AddDate(0, 0, offset)
	default:
		return "", false
	}
	if t.Year() < d.l.Years.Min || t.Year() > d.l.Years.Max {
		return "", false
	}
	switch unit {
	case "year":
		return fmt.Sprintf("%04d", t.Year()), true
	case "month":
		return fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month())), true
	}
	return t.Format("2006-01-02"), true
}

// monthWindows returns the spans of normalized text around month names,
// merged where they touch: where relative templates may match.
func (d *doc) monthWindows() [][2]int {
	var out [][2]int
	for _, t := range d.toks {
		if t.Kind != lang.Word || !d.l.MonthWords[t.Key] {
			continue
		}
		s, e := d.windowAround(t)
		if n := len(out); n > 0 && s <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], e)
			continue
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// relativeMatches runs one relative template on window, the normalized
// text from byte from (or its lowercase copy, of the same length).
func (d *doc) relativeMatches(t patterns.RelativeRegex, re *regexp.Regexp, window string, from int, pub time.Time) []dateHit {
	var hits []dateHit
	names := re.SubexpNames()
	for _, m := range re.FindAllStringSubmatchIndex(window, -1) {
		if !d.boundary(m[0]+from, m[1]+from) {
			continue
		}
		month, day := 0, 0
		for k, name := range names {
			if m[2*k] < 0 {
				continue
			}
			g := d.t.Norm[m[2*k]+from : m[2*k+1]+from]
			switch name {
			case "month":
				month = d.l.Months[lang.Key(g)]
			case "monthnum":
				month, _ = strconv.Atoi(g)
			case "day":
				day, _ = strconv.Atoi(g)
			}
		}
		if v, ok := d.recurring(t, month, day, pub); ok {
			hits = append(hits, dateHit{bs: m[0] + from, be: m[1] + from, value: v, relative: true})
		}
	}
	return hits
}

// recurring resolves a month (and day) without a year: in the publication
// year plus t.Year, or, for t.Latest, the latest such date on or before
// pub ("le 25 avril dernier" published on 2 May 2024 is 2024-04-25, on 2
// March 2024 it is 2023-04-25; 29 February goes back to a leap year).
func (d *doc) recurring(t patterns.RelativeRegex, month, day int, pub time.Time) (string, bool) {
	if month < 1 || month > 12 || t.Precision == "day" && (day < 1 || day > daysIn(2000, month)) {
		return "", false
	}
	year := pub.Year() + t.Year
	if t.Latest {
		year = pub.Year()
		if month > int(pub.Month()) || month == int(pub.Month()) && t.Precision == "day" && day > pub.Day() {
			year--
		}
		for t.Precision == "day" && day > daysIn(year, month) {
			year--
		}
	}
	if t.Precision == "day" && day > daysIn(year, month) {
		return "", false // 29 февраля прошлого года, not a leap year
	}
	if year < d.l.Years.Min || year > d.l.Years.Max {
		return "", false
	}
	if t.Precision == "month" {
		return fmt.Sprintf("%04d-%02d", year, month), true
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day), true
}
