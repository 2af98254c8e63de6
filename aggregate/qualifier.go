package aggregate

// Qualifiers, as records write them (../shared/gold/FORMAT.md).
const (
	Exact    = "exact"
	MoreThan = "more_than"
	AtLeast  = "at_least"
	About    = "about"
	LessThan = "less_than"
	AtMost   = "at_most"
	Range    = "range"
)

// qualifierOrder is which qualifier a fact keeps when its reports differ
// ("150" in one article, "plus de 150" in another): the most precise.
// The choice does not depend on the order reports come in.
var qualifierOrder = []string{Exact, Range, About, AtLeast, MoreThan, AtMost, LessThan}

// preferQualifier returns the qualifier a fact keeps of a and b.
func preferQualifier(a, b string) string {
	ra, rb := qualifierRank(a), qualifierRank(b)
	if ra < rb || (ra == rb && a <= b) {
		return a
	}
	return b
}

func qualifierRank(q string) int {
	for i, x := range qualifierOrder {
		if x == q {
			return i
		}
	}
	return len(qualifierOrder) // unknown: last
}

// boundsOf is what one count adds to a total: its least and greatest
// value (open: no greatest), and whether it is approximate.
//   - exact n: n..n; about n: n..n, approximate; range n-m: n..m
//   - more_than n, at_least n: n.. (a lower bound; "more than 100" adds
//     100, not 101)
//   - less_than n, at_most n: 0..n
//
// An unknown qualifier counts as exact.
func boundsOf(count, countMax int64, qualifier string) (lo, hi int64, open, approx bool) {
	switch qualifier {
	case MoreThan, AtLeast:
		return count, 0, true, false
	case LessThan, AtMost:
		return 0, count, false, false
	case About:
		return count, count, false, true
	case Range:
		if countMax > count {
			return count, countMax, false, false
		}
	}
	return count, count, false, false
}
