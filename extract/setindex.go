package extract

import (
	"sort"
	"strings"
)

// setIndex finds sets that hold a given set, or that it holds.
type setIndex struct {
	posting map[string][]int // key -> ids of the sets holding it, ascending
	exact   map[string][]int // a whole set, joined -> ids, ascending
}

func newSetIndex() setIndex {
	return setIndex{posting: map[string][]int{}, exact: map[string][]int{}}
}

// maxSubsetKeys bounds the subsets of a mention's set looked up by their
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
