package aggregate

import (
	"cmp"
	"slices"
)

// Row is one group's total.
type Row struct {
	By     []Dim    // the Aggregator's dims
	Values []string // the group's value for each dim, "" when unknown
	// Institution is the name most reported for the group's institution
	// key (grouped by institution; ties: the shortest, then the first in
	// byte order).
	Institution string
	// Country, Lat and Lon place the group's city (grouped by city): the
	// country most reported for that name (ties: the first code).
	Country  string
	Lat, Lon float64
	Total
}

// Value returns the row's value for d, "" when unknown or not grouped by.
func (r Row) Value(d Dim) string {
	if i := slices.Index(r.By, d); i >= 0 {
		return r.Values[i]
	}
	return ""
}

// Rows returns one row per group that holds a fact, sorted by the group's
// values in the order of the dims (unknown values last).
func (a *Aggregator) Rows() []Row {
	totals := make(map[uint32]*Total)
	for _, e := range a.facts {
		t := totals[e.group]
		if t == nil {
			t = &Total{}
			totals[e.group] = t
		}
		q := ""
		if int(e.qualifier) < len(qualifierOrder) {
			q = qualifierOrder[e.qualifier]
		}
		t.add(e.count, e.countMax, q, e.reports)
	}
	rows := make([]Row, 0, len(totals))
	for g, t := range totals {
		r := Row{By: a.By(), Values: a.groups[g], Total: *t}
		if k := r.Value(ByInstitution); k != "" {
			r.Institution = topName(a.names[k])
		}
		if c := r.Value(ByCity); c != "" {
			r.Country, r.Lat, r.Lon = topPlace(a.places[c])
		}
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(x, y Row) int {
		for i := range x.Values {
			if c := compareValues(x.Values[i], y.Values[i]); c != 0 {
				return c
			}
		}
		return 0
	})
	return rows
}

// compareValues orders group values, the unknown ("") last.
func compareValues(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return cmp.Compare(a, b)
}

func topName(names map[string]int64) string {
	best, n := "", int64(-1)
	for name, c := range names {
		if c > n || (c == n && (len(name) < len(best) || (len(name) == len(best) && name < best))) {
			best, n = name, c
		}
	}
	return best
}

func topPlace(m map[string]place) (country string, lat, lon float64) {
	n := int64(-1)
	for c, p := range m {
		if p.Reports > n || (p.Reports == n && c < country) {
			country, lat, lon, n = c, p.Lat, p.Lon, p.Reports
		}
	}
	return country, lat, lon
}
