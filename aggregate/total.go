package aggregate

import "strconv"

// Total is the sum of a group's distinct facts, with honest bounds.
type Total struct {
	Facts   int64 `json:"facts"`   // distinct facts, each counted once
	Reports int64 `json:"reports"` // article reports of them: a fact three articles report counts 3
	Min     int64 `json:"min"`     // least the group's procedures add up to
	Max     int64 `json:"max"`     // most they add up to; no bound when Open > 0
	Open    int64 `json:"open"`    // facts with no upper bound ("more_than", "at_least")
	About   int64 `json:"about"`   // approximate facts ("about")
}

// Add adds one distinct fact reported by reports articles: its count with
// the bounds its qualifier gives (see boundsOf).
func (t *Total) Add(f Fact, reports int64) {
	t.add(f.Count, f.CountMax, f.Qualifier, reports)
}

func (t *Total) add(count, countMax int64, qualifier string, reports int64) {
	lo, hi, open, approx := boundsOf(count, countMax, qualifier)
	t.Facts++
	t.Reports += reports
	t.Min += lo
	t.Max += hi
	if open {
		t.Open++
	}
	if approx {
		t.About++
	}
}

// Merge adds u's facts to t's; u must hold other facts than t.
func (t *Total) Merge(u Total) {
	t.Facts += u.Facts
	t.Reports += u.Reports
	t.Min += u.Min
	t.Max += u.Max
	t.Open += u.Open
	t.About += u.About
}

// LowerBound reports whether Min is only a lower bound: some fact has no
// upper one ("more than 100").
func (t Total) LowerBound() bool { return t.Open > 0 }

// Approximate reports whether some fact is approximate ("about 100").
func (t Total) Approximate() bool { return t.About > 0 }

// String writes the total as tables show it: "1150", "~1200" (some count
// approximate), "2300+" (a lower bound), "10-15" (a range: Min to Max).
func (t Total) String() string {
	s := strconv.FormatInt(t.Min, 10)
	switch {
	case t.Open > 0:
		s += "+"
	case t.Max > t.Min:
		s += "-" + strconv.FormatInt(t.Max, 10)
	}
	if t.About > 0 {
		s = "~" + s
	}
	return s
}
