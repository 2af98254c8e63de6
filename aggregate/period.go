package aggregate

import (
	"strings"
	"time"
)

// span is the calendar days a when value covers, both ends inclusive, as
// ISO dates (YYYY-MM-DD, compared as strings); "" is an open end
// ("2007/.." has no end).
type span struct {
	start, end string
	ok         bool // when parsed as an ISO 8601 date or interval
}

// spanOf reads a when value: "2023", "2023-06", "2023-10-06", or an
// interval of two of them, either end possibly open ("..").
func spanOf(when string) span {
	a, b, interval := strings.Cut(when, "/")
	if !interval {
		b = a
	}
	var s span
	var okA, okB bool
	if a == ".." && interval {
		okA = true
	} else {
		s.start, _, okA = bounds(a)
	}
	if b == ".." && interval {
		okB = true
	} else {
		_, s.end, okB = bounds(b)
	}
	s.ok = okA && okB && (s.start != "" || s.end != "")
	return s
}

// bounds returns the first and last day of an ISO date at year, month or
// day precision.
func bounds(d string) (first, last string, ok bool) {
	switch len(d) {
	case 4:
		t, err := time.Parse("2006", d)
		if err != nil {
			return "", "", false
		}
		return t.Format(time.DateOnly), t.AddDate(1, 0, -1).Format(time.DateOnly), true
	case 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return "", "", false
		}
		return t.Format(time.DateOnly), t.AddDate(0, 1, -1).Format(time.DateOnly), true
	case 10:
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return "", "", false
		}
		return d, d, true
	}
	return "", "", false
}

// within returns the calendar unit (the first n bytes of the dates: 4 for a
// year, 7 for a month) that holds the whole span, or "" when it spans more.
func (s span) within(n int) string {
	if !s.ok || s.start == "" || s.end == "" || s.start[:n] != s.end[:n] {
		return ""
	}
	return s.start[:n]
}

// periodValue is the group value of a when for a calendar unit: the unit
// that holds it, else the when itself (its period), "" when unknown.
func periodValue(when string, n int) string {
	if when == "" {
		return ""
	}
	if u := spanOf(when).within(n); u != "" {
		return u
	}
	return when
}
