package aggregate

import (
	"fmt"
	"slices"
	"strings"
)

// Types are the procedure types records give (FORMAT.md).
var Types = []string{"transplant", "cardiac", "cesarean", "joint_replacement", "endoscopic", "surgery", "other"}

// Filter selects facts; its zero value keeps every fact.
type Filter struct {
	Types     []string `json:"types,omitempty"`     // keep these types only
	Countries []string `json:"countries,omitempty"` // keep facts in these countries (ISO 3166-1 alpha-2) only
	// Since and Until (YYYY, YYYY-MM or YYYY-MM-DD) keep the facts whose
	// whole when lies on or after the first day of Since and on or before
	// the last day of Until: a count over 2014/2023 is kept by --since
	// 2014, not by --since 2020, as it cannot be split. A fact without a
	// date, or (for Until) an open one ("2007/.."), is then left out.
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
}

// Normalize checks the filter and puts it in canonical form (lower-case
// types, upper-case countries, both sorted), so that equal filters encode
// alike. New calls it.
func (f *Filter) Normalize() error {
	for i, t := range f.Types {
		t = strings.ToLower(strings.TrimSpace(t))
		if !slices.Contains(Types, t) {
			return fmt.Errorf("unknown type %q (want %s)", t, strings.Join(Types, ", "))
		}
		f.Types[i] = t
	}
	for i, c := range f.Countries {
		c = strings.ToUpper(strings.TrimSpace(c))
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
			return fmt.Errorf("country %q is not a two-letter ISO 3166-1 code (DZ, MA, RU...)", c)
		}
		f.Countries[i] = c
	}
	slices.Sort(f.Types)
	f.Types = slices.Compact(f.Types)
	slices.Sort(f.Countries)
	f.Countries = slices.Compact(f.Countries)
	since, until, err := f.days()
	if err != nil {
		return err
	}
	if since != "" && until != "" && since > until {
		return fmt.Errorf("since %s is after --until %s", f.Since, f.Until)
	}
	return nil
}

// days returns the first day of Since and the last of Until ("" when
// not set).
func (f *Filter) days() (since, until string, err error) {
	var ok bool
	if f.Since != "" {
		if since, _, ok = bounds(f.Since); !ok {
			return "", "", fmt.Errorf("since: %q is not a date YYYY, YYYY-MM or YYYY-MM-DD", f.Since)
		}
	}
	if f.Until != "" {
		if _, until, ok = bounds(f.Until); !ok {
			return "", "", fmt.Errorf("until: %q is not a date YYYY, YYYY-MM or YYYY-MM-DD", f.Until)
		}
	}
	return since, until, nil
}

// Keep reports whether the fact passes the filter. A date that Normalize
// would refuse keeps no fact.
func (f *Filter) Keep(x Fact) bool {
	if len(f.Types) > 0 && !slices.Contains(f.Types, x.Type) {
		return false
	}
	if len(f.Countries) > 0 && !slices.Contains(f.Countries, x.Country) {
		return false
	}
	if f.Since == "" && f.Until == "" {
		return true
	}
	since, until, err := f.days()
	s := spanOf(x.When)
	if err != nil || !s.ok {
		return false
	}
	if since != "" && (s.start == "" || s.start < since) {
		return false
	}
	if until != "" && (s.end == "" || s.end > until) {
		return false
	}
	return true
}

func (f *Filter) equal(g *Filter) bool {
	return slices.Equal(f.Types, g.Types) && slices.Equal(f.Countries, g.Countries) &&
		f.Since == g.Since && f.Until == g.Until
}
