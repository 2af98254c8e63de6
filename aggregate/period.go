package aggregate

import (
	"fmt"
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
// day precision ("2024" gives 2024-01-01 and 2024-12-31). It parses by
// hand: stats reads it for every fact.
func bounds(d string) (first, last string, ok bool) {
	if len(d) < 4 || !digits(d, 0, 4) {
		return "", "", false
	}
	switch {
	case len(d) == 4:
		return d + "-01-01", d + "-12-31", true
	case len(d) == 7 && d[4] == '-' && digits(d, 5, 7):
		m := int(d[5]-'0')*10 + int(d[6]-'0')
		if m < 1 || m > 12 {
			return "", "", false
		}
		return d + "-01", fmt.Sprintf("%s-%02d", d, monthDays(atoi(d[:4]), m)), true
	case len(d) == 10 && d[4] == '-' && d[7] == '-' && digits(d, 5, 7) && digits(d, 8, 10):
		m, day := atoi(d[5:7]), atoi(d[8:10])
		if m < 1 || m > 12 || day < 1 || day > monthDays(atoi(d[:4]), m) {
			return "", "", false
		}
		return d, d, true
	}
	return "", "", false
}

// digits reports whether d[i:j] is all ASCII digits.
func digits(d string, i, j int) bool {
	for ; i < j; i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// monthDays is the number of days of a month.
func monthDays(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
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
