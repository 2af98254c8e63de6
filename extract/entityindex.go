package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// entityIndex finds the first entity a mention joins without comparing it
// with every entity: comparing each mention with each entity was quadratic
// (20,000 distinct hospitals in 1.3 MB took 97 s). It answers exactly what
// the scan answered: the lowest-numbered entity that
//  1. holds every content key of the mention,
//  2. has only keys the mention holds,
//  3. (an acronym) has a mention whose initials spell it, or
//  4. (same kind) shares its name proper one way or the other.
//
// An article names a few dozen organisations at most: up to linearMax
// entities a scan answers, with no index to keep; past it the index is
// built and kept.
type entityIndex struct {
	ents    []*entity
	indexed bool
	keys    setIndex         // content keys (1, 2)
	core    setIndex         // names proper (4)
	initial map[string][]int // substrings of mention initials (3)
	seen    map[int]map[string]bool
}

// linearMax is the number of entities up to which find scans them all.
var linearMax = 64

// maxInitials bounds the substrings of a mention's initials indexed for
// acronyms; a longer acronym is looked for by a scan.
const maxInitials = 16

func newEntityIndex() *entityIndex {
	return &entityIndex{keys: newSetIndex(), core: newSetIndex(), initial: map[string][]int{}, seen: map[int]map[string]bool{}}
}

// find returns the entity the mention joins, or nil.
func (x *entityIndex) find(h instHit, keys, core map[string]bool) *entity {
	if !x.indexed {
		for _, e := range x.ents {
			if joins(h, keys, core, e) {
				return e
			}
		}
		return nil
	}
	best := -1
	better := func(id int) bool { return best < 0 || id < best }
	consider := func(id int) {
		if better(id) {
			best = id
		}
	}
	if id, ok := x.keys.first(keys, x.keySet, nil); ok {
		consider(id)
	}
	if h.kind == "organization" {
		if id, ok := x.acronym(h.acronym, better); ok {
			consider(id)
		}
	} else {
		sameKind := func(id int) bool { return x.ents[id].inst.Kind == h.kind }
		if id, ok := x.core.first(core, x.coreSet, sameKind); ok {
			consider(id)
		}
	}
	if best < 0 {
		return nil
	}
	return x.ents[best]
}

func (x *entityIndex) keySet(id int) map[string]bool  { return x.ents[id].keys }
func (x *entityIndex) coreSet(id int) map[string]bool { return x.ents[id].core }

// acronym finds the first entity with a mention whose initials hold a.
func (x *entityIndex) acronym(acronym string, better func(int) bool) (int, bool) {
	a := strings.ToLower(acronym)
	n := utf8.RuneCountInString(a)
	if n < 2 {
		return 0, false
	}
	if n > maxInitials {
		for id, e := range x.ents {
			if !better(id) {
				break
			}
			if initialsOf(acronym, e.initials) {
				return id, true
			}
		}
		return 0, false
	}
	if ids := x.initial[a]; len(ids) > 0 {
		return ids[0], true
	}
	return 0, false
}

// joins reports whether a mention joins entity e: the scan's rule.
func joins(h instHit, keys, core map[string]bool, e *entity) bool {
	return subset(keys, e.keys) || subset(e.keys, keys) || h.kind == "organization" && initialsOf(h.acronym, e.initials) ||
		h.kind != "organization" && h.kind == e.inst.Kind && (subset(core, e.core) || subset(e.core, core))
}

// add numbers a new entity; past linearMax entities, it builds the index.
func (x *entityIndex) add(e *entity) *entity {
	e.id = len(x.ents)
	x.ents = append(x.ents, e)
	if !x.indexed && len(x.ents) > linearMax {
		x.indexed = true
		for _, old := range x.ents {
			x.keys.grow(old.id, map[string]bool{}, old.keys)
			if len(old.core) > 0 {
				x.core.grow(old.id, map[string]bool{}, old.core)
			}
			for _, s := range old.initials {
				x.indexInitials(old.id, s)
			}
		}
	}
	return e
}

// absorb adds a mention's keys, name proper and initials to e.
func (x *entityIndex) absorb(e *entity, keys, core map[string]bool, initials string, hasInitials bool) {
	if x.indexed {
		x.keys.grow(e.id, e.keys, keys)
	} else {
		for k := range keys {
			e.keys[k] = true
		}
	}
	if len(e.core) == 0 && len(core) > 0 {
		e.core = map[string]bool{}
		if x.indexed {
			x.core.grow(e.id, e.core, core)
		} else {
			for k := range core {
				e.core[k] = true
			}
		}
	}
	if !hasInitials {
		return
	}
	seen := x.seen[e.id]
	if seen == nil {
		seen = map[string]bool{}
		x.seen[e.id] = seen
	}
	if seen[initials] {
		return
	}
	seen[initials] = true
	e.initials = append(e.initials, initials)
	if x.indexed {
		x.indexInitials(e.id, initials)
	}
}

// indexInitials files the substrings of one mention's initials under id.
func (x *entityIndex) indexInitials(id int, initials string) {
	r := []rune(initials)
	for i := range r {
		for j := i + 2; j <= len(r) && j-i <= maxInitials; j++ {
			s := string(r[i:j])
			x.initial[s] = insertID(x.initial[s], id)
		}
	}
}

// setIndex finds sets that hold a given set, or that it holds.
type setIndex struct {
	posting map[string][]int // key -> ids of the sets holding it, ascending
	exact   map[string][]int // a whole set, joined -> ids, ascending
}

func newSetIndex() setIndex {
	return setIndex{posting: map[string][]int{}, exact: map[string][]int{}}
}

// maxSubsets bounds the subsets of a mention's set looked up by their
// signature (2^8); a larger set counts along the posting lists instead.
const maxSubsetKeys = 8

// first returns the lowest id whose set holds s or is held by s (and is
// non-empty), among those that ok accepts (nil: all).
func (x setIndex) first(s map[string]bool, set func(int) map[string]bool, ok func(int) bool) (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	accept := func(id int) bool { return ok == nil || ok(id) }
	best := -1
	// sets holding s: along the shortest posting list of s's keys
	var shortest []int
	first := true
	for k := range s {
		if l := x.posting[k]; first || len(l) < len(shortest) {
			shortest, first = l, false
		}
	}
	for _, id := range shortest {
		if subset(s, set(id)) && accept(id) {
			best = id
			break
		}
	}
	// sets held by s
	sorted := sortedKeys(s)
	if len(sorted) <= maxSubsetKeys {
		for mask := 1; mask < 1<<len(sorted); mask++ {
			var parts []string
			for i, k := range sorted {
				if mask&(1<<i) != 0 {
					parts = append(parts, k)
				}
			}
			for _, id := range x.exact[strings.Join(parts, "\x00")] {
				if best >= 0 && id >= best {
					break
				}
				if accept(id) {
					best = id
					break
				}
			}
		}
	} else {
		count := map[int]int{}
		for _, k := range sorted {
			for _, id := range x.posting[k] {
				count[id]++
			}
		}
		for id, n := range count {
			if n == len(set(id)) && (best < 0 || id < best) && accept(id) {
				best = id
			}
		}
	}
	return best, best >= 0
}

// grow adds keys to the set of id (held by the caller as have).
func (x setIndex) grow(id int, have, keys map[string]bool) {
	added := false
	for k := range keys {
		if !have[k] {
			if !added && len(have) > 0 {
				sig := strings.Join(sortedKeys(have), "\x00")
				x.exact[sig] = removeID(x.exact[sig], id)
			}
			have[k], added = true, true
			x.posting[k] = insertID(x.posting[k], id)
		}
	}
	if added {
		sig := strings.Join(sortedKeys(have), "\x00")
		x.exact[sig] = insertID(x.exact[sig], id)
	}
}

func sortedKeys(s map[string]bool) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// insertID adds id to an ascending list, once.
func insertID(ids []int, id int) []int {
	i := sort.SearchInts(ids, id)
	if i < len(ids) && ids[i] == id {
		return ids
	}
	ids = append(ids, 0)
	copy(ids[i+1:], ids[i:])
	ids[i] = id
	return ids
}

func removeID(ids []int, id int) []int {
	i := sort.SearchInts(ids, id)
	if i < len(ids) && ids[i] == id {
		return append(ids[:i], ids[i+1:]...)
	}
	return ids
}
