package aggregate

import (
	"fmt"
	"github.com/newsx/newsx/extract"
	"slices"
	"strconv"
	"strings"
)

// Aggregator sums facts by group, counting each distinct fact (Fact.Key)
// once however many articles report it. It is a partial aggregate: two
// Aggregators built on parts of the input Merge into the one built on
// all of it, in any order (a Beam CombineFn: Add is AddInput, Merge is
// MergeAccumulators, Rows is ExtractOutput), and each is encoded with
// encoding/json (MarshalJSON, UnmarshalJSON).
//
// The reports of one fact may differ in what is not in its key (the city,
// the language, the source, the qualifier): the fact stands in the group
// of its report that knows most, then of the report whose source and
// index hash lowest, and keeps the most precise qualifier (exact, range,
// about, at_least, more_than, at_most, less_than): never the first seen,
// so that the result does not depend on the order of the input.
//
// The zero Aggregator groups nothing (one row of everything) and keeps
// every fact. An Aggregator is not safe for concurrent use.
type Aggregator struct {
	by     []Dim
	filter Filter
	groups [][]string        // distinct group values, one per dim of by
	index  map[string]uint32 // joined group values -> position in groups
	facts  map[factID]entry
	names  map[string]map[string]int64 // institution key -> name -> reports (grouped by institution)
	places map[string]map[string]place // city name -> country -> where (grouped by city)
	made   bool                        // by New (or decoded): the zero Aggregator is not
}

// entry is what an Aggregator keeps of one distinct fact.
type entry struct {
	group     uint32 // its group (of its preferred report)
	rank      uint64 // the preferred report's rank
	reports   int64
	count     int64
	countMax  int64
	qualifier uint8 // position in qualifierOrder
}

// place is a city's coordinates in one country, and how often reported.
type place struct {
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Reports int64   `json:"reports"`
}

// New returns an empty Aggregator grouping by the dims (none: one row of
// everything) and keeping the facts filter keeps.
func New(by []Dim, filter Filter) (*Aggregator, error) {
	for i, d := range by {
		if !d.valid() {
			return nil, fmt.Errorf("unknown dimension %q (want %s)", string(d), dimList())
		}
		if slices.Contains(by[:i], d) {
			return nil, fmt.Errorf("dimension %q named twice", string(d))
		}
	}
	filter.Types = slices.Clone(filter.Types)
	filter.Countries = slices.Clone(filter.Countries)
	if err := filter.Normalize(); err != nil {
		return nil, err
	}
	return &Aggregator{made: true, by: slices.Clone(by), filter: filter, index: map[string]uint32{},
		facts: map[factID]entry{}, names: map[string]map[string]int64{}, places: map[string]map[string]place{}}, nil
}

// By returns the dimensions the Aggregator groups by.
func (a *Aggregator) By() []Dim { return slices.Clone(a.by) }

// Filter returns the Aggregator's filter, normalized.
func (a *Aggregator) Filter() Filter { return a.filter }

// Len returns the number of distinct facts held.
func (a *Aggregator) Len() int { return len(a.facts) }

// Add adds one record: Distinct(Flatten(rec)), each fact the filter keeps
// one report.
func (a *Aggregator) Add(rec extract.Record) {
	facts := Flatten(rec)
	seen := make(map[string]bool, len(facts))
	for _, f := range facts { // Distinct and AddFact, each key built once
		k := f.Key()
		if seen[k] {
			continue
		}
		seen[k] = true
		if a.filter.Keep(f) {
			a.add(idOf(k), f)
		}
	}
}

// AddFact adds one report of a fact, if the filter keeps it: every call
// is one more article reporting it. Add is AddFact over
// Distinct(Flatten(rec)); a caller that adds facts itself (a batch
// pipeline that flattens records in one step and aggregates in another)
// gets the same totals by doing the same.
func (a *Aggregator) AddFact(f Fact) {
	if a.filter.Keep(f) {
		a.add(idOf(f.Key()), f)
	}
}

func (a *Aggregator) add(id factID, f Fact) {
	a.init()
	vals := make([]string, len(a.by))
	for i, d := range a.by {
		vals[i] = f.Value(d)
	}
	e := entry{group: a.group(vals), rank: f.rank(), reports: 1, count: f.Count,
		countMax: f.CountMax, qualifier: uint8(qualifierRank(f.Qualifier))}
	if f.Qualifier == Range && f.CountMax <= f.Count {
		e.countMax = 0
	}
	a.merge(id, e)
	if f.InstitutionKey != "" && slices.Contains(a.by, ByInstitution) {
		addCount(a.names, f.InstitutionKey, f.Institution, 1)
	}
	if f.City != "" && slices.Contains(a.by, ByCity) {
		m := a.places[f.City]
		if m == nil {
			m = map[string]place{}
			a.places[f.City] = m
		}
		p := m[f.Country]
		p.Lat, p.Lon = f.Lat, f.Lon
		p.Reports++
		m[f.Country] = p
	}
}

// init makes the zero Aggregator ready.
func (a *Aggregator) init() {
	if a.facts == nil {
		a.index, a.facts = map[string]uint32{}, map[factID]entry{}
		a.names, a.places = map[string]map[string]int64{}, map[string]map[string]place{}
	}
}

// merge folds e into the entry of id.
func (a *Aggregator) merge(id factID, e entry) {
	a.init()
	old, ok := a.facts[id]
	if ok {
		e.reports += old.reports
		if old.rank < e.rank {
			e.group, e.rank = old.group, old.rank
		}
		e.qualifier = min(e.qualifier, old.qualifier)
	}
	a.facts[id] = e
}

// group returns the position of vals in groups, adding them if new.
func (a *Aggregator) group(vals []string) uint32 {
	var b strings.Builder
	for _, v := range vals { // length-prefixed: no value can forge another group
		b.WriteString(strconv.Itoa(len(v)))
		b.WriteByte(':')
		b.WriteString(v)
	}
	k := b.String()
	if g, ok := a.index[k]; ok {
		return g
	}
	g := uint32(len(a.groups))
	a.groups = append(a.groups, vals)
	a.index[k] = g
	return g
}

func addCount(m map[string]map[string]int64, k, name string, n int64) {
	c := m[k]
	if c == nil {
		c = map[string]int64{}
		m[k] = c
	}
	c[name] += n
}

// Merge adds b's facts to a's: a fact both hold is one fact, whose reports
// add up. b must group by the same dims with the same filter, unless a is
// the zero Aggregator with nothing added yet: a then takes b's dims and
// filter. b is left unchanged.
func (a *Aggregator) Merge(b *Aggregator) error {
	if !a.made && len(a.facts) == 0 {
		a.made = true
		a.by, a.filter = slices.Clone(b.by), b.filter
		a.filter.Types, a.filter.Countries = slices.Clone(b.filter.Types), slices.Clone(b.filter.Countries)
	}
	if !slices.Equal(a.by, b.by) || !a.filter.equal(&b.filter) {
		return fmt.Errorf("aggregate: cannot merge an aggregate by %v (filter %+v) into one by %v (filter %+v)", b.by, b.filter, a.by, a.filter)
	}
	a.init()
	remap := make([]uint32, len(b.groups))
	for i, vals := range b.groups {
		remap[i] = a.group(vals)
	}
	for id, e := range b.facts {
		e.group = remap[e.group]
		a.merge(id, e)
	}
	for k, names := range b.names {
		for name, n := range names {
			addCount(a.names, k, name, n)
		}
	}
	for city, m := range b.places {
		for country, p := range m {
			am := a.places[city]
			if am == nil {
				am = map[string]place{}
				a.places[city] = am
			}
			q := am[country]
			q.Lat, q.Lon = p.Lat, p.Lon
			q.Reports += p.Reports
			am[country] = q
		}
	}
	return nil
}
