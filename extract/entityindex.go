package extract

import (
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
