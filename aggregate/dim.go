package aggregate

import (
	"fmt"
	"strings"
)

// Dim is what facts can be grouped by.
type Dim string

// The dimensions, in the order Dims lists them.
const (
	ByInstitution Dim = "institution" // the institution's key (rows also give its most reported name)
	ByType        Dim = "type"
	ByOrgan       Dim = "organ"
	ByCity        Dim = "city"
	ByCountry     Dim = "country"
	ByYear        Dim = "year"  // calendar year, or the period of a count over a longer one
	ByMonth       Dim = "month" // calendar month (YYYY-MM), or the period of a count over a longer one
	ByLanguage    Dim = "language"
	BySource      Dim = "source" // the article
)

// Dims lists every dimension.
var Dims = []Dim{ByInstitution, ByType, ByOrgan, ByCity, ByCountry, ByYear, ByMonth, ByLanguage, BySource}

// DefaultBy is the grouping of `newsx stats` without --by.
var DefaultBy = []Dim{ByInstitution, ByType, ByYear}

// ParseDims reads a comma-separated list of dimensions ("institution,
// type,year"), in any case; each may be named once.
func ParseDims(s string) ([]Dim, error) {
	var dims []Dim
	for _, part := range strings.Split(s, ",") {
		d := Dim(strings.ToLower(strings.TrimSpace(part)))
		if d == "" {
			continue
		}
		if !d.valid() {
			return nil, fmt.Errorf("unknown dimension %q (want %s)", string(d), dimList())
		}
		for _, e := range dims {
			if e == d {
				return nil, fmt.Errorf("dimension %q named twice", string(d))
			}
		}
		dims = append(dims, d)
	}
	return dims, nil
}

func (d Dim) valid() bool {
	for _, e := range Dims {
		if e == d {
			return true
		}
	}
	return false
}

func dimList() string {
	names := make([]string, len(Dims))
	for i, d := range Dims {
		names[i] = string(d)
	}
	return strings.Join(names, ", ")
}

// Value is the fact's group value for a dimension, "" when unknown.
func (f Fact) Value(d Dim) string {
	switch d {
	case ByInstitution:
		return f.InstitutionKey
	case ByType:
		return f.Type
	case ByOrgan:
		return f.Organ
	case ByCity:
		return f.City
	case ByCountry:
		return f.Country
	case ByYear:
		return f.Year
	case ByMonth:
		return f.Month
	case ByLanguage:
		return f.Language
	case BySource:
		return f.Source
	}
	return ""
}
