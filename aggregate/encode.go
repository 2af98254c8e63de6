package aggregate

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// stateVersion is the version of the encoded form; UnmarshalJSON refuses
// another.
const stateVersion = 1

// state is an Aggregator as encoding/json writes it.
type state struct {
	Version int                         `json:"version"`
	By      []Dim                       `json:"by"`
	Filter  Filter                      `json:"filter"`
	Groups  [][]string                  `json:"groups"`
	Facts   []stateFact                 `json:"facts"`
	Names   map[string]map[string]int64 `json:"names,omitempty"`
	Places  map[string]map[string]place `json:"places,omitempty"`
}

// stateFact is one distinct fact: its hashed key, group, preferred
// report's rank, reports, count, count_max and qualifier.
type stateFact struct {
	ID        string `json:"id"`
	Group     uint32 `json:"g"`
	Rank      uint64 `json:"r"`
	Reports   int64  `json:"n"`
	Count     int64  `json:"c"`
	CountMax  int64  `json:"m,omitempty"`
	Qualifier string `json:"q"`
}

// MarshalJSON encodes the partial aggregate (facts sorted by key hash, so
// that equal aggregates encode alike up to the order of their groups).
func (a *Aggregator) MarshalJSON() ([]byte, error) {
	s := state{Version: stateVersion, By: a.by, Filter: a.filter, Groups: a.groups,
		Facts: make([]stateFact, 0, len(a.facts)), Names: a.names, Places: a.places}
	if s.By == nil {
		s.By = []Dim{}
	}
	if s.Groups == nil {
		s.Groups = [][]string{}
	}
	for id, e := range a.facts {
		q := ""
		if int(e.qualifier) < len(qualifierOrder) {
			q = qualifierOrder[e.qualifier]
		}
		s.Facts = append(s.Facts, stateFact{ID: hex.EncodeToString(id[:]), Group: e.group, Rank: e.rank,
			Reports: e.reports, Count: e.count, CountMax: e.countMax, Qualifier: q})
	}
	slices.SortFunc(s.Facts, func(x, y stateFact) int { return strings.Compare(x.ID, y.ID) })
	return json.Marshal(s)
}

// UnmarshalJSON decodes what MarshalJSON wrote, replacing a's contents.
func (a *Aggregator) UnmarshalJSON(data []byte) error {
	var s state
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	if s.Version != stateVersion {
		return fmt.Errorf("aggregate: encoded version %d, want %d", s.Version, stateVersion)
	}
	b, err := New(s.By, s.Filter)
	if err != nil {
		return fmt.Errorf("aggregate: %v", err)
	}
	for _, vals := range s.Groups {
		if len(vals) != len(b.by) {
			return fmt.Errorf("aggregate: a group has %d values for %d dims", len(vals), len(b.by))
		}
		b.group(vals)
	}
	if len(b.groups) != len(s.Groups) {
		return fmt.Errorf("aggregate: a group is listed twice")
	}
	for _, f := range s.Facts {
		var id factID
		if n, err := hex.Decode(id[:], []byte(f.ID)); err != nil || n != len(id) || len(f.ID) != 2*len(id) {
			return fmt.Errorf("aggregate: fact id %q is not 32 hex digits", f.ID)
		}
		if int(f.Group) >= len(b.groups) {
			return fmt.Errorf("aggregate: fact %s names group %d of %d", f.ID, f.Group, len(b.groups))
		}
		b.merge(id, entry{group: f.Group, rank: f.Rank, reports: f.Reports, count: f.Count,
			countMax: f.CountMax, qualifier: uint8(qualifierRank(f.Qualifier))})
	}
	for k, names := range s.Names {
		for name, n := range names {
			addCount(b.names, k, name, n)
		}
	}
	for city, m := range s.Places {
		b.places[city] = m
	}
	*a = *b
	return nil
}
