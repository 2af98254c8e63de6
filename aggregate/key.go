package aggregate

import (
	"hash/fnv"
	"strconv"
	"strings"
)

// Key is the fact's deduplication key: facts with equal keys are one fact
// reported by several articles (syndicated news), counted once. It joins
// the institution key, type, organ, count, count_max and when. A fact with
// neither institution nor when ("3 operations", no one and no date) could
// be any event: its key adds its source and index, so it stays its
// article's own. The qualifier is not in the key ("150" and "plus de 150"
// in two articles are one fact; see Aggregator for which is kept).
func (f Fact) Key() string {
	var b strings.Builder
	b.WriteString(f.InstitutionKey)
	for _, s := range []string{f.Type, f.Organ, strconv.FormatInt(f.Count, 10), strconv.FormatInt(f.CountMax, 10), f.When} {
		b.WriteByte(0x1f)
		b.WriteString(s)
	}
	if f.InstitutionKey == "" && f.When == "" {
		b.WriteByte(0x1e)
		b.WriteString(f.Source)
		b.WriteByte(0x1f)
		b.WriteString(strconv.Itoa(f.Index))
	}
	return b.String()
}

// Distinct returns the facts without those whose key repeats an earlier
// one's: what one article reports once. The engine already merges the
// mentions of one fact, so this seldom drops anything.
func Distinct(facts []Fact) []Fact {
	seen := make(map[string]bool, len(facts))
	out := facts[:0:0]
	for _, f := range facts {
		k := f.Key()
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// factID is the 128-bit FNV-1a hash of a Key: what an Aggregator keeps per
// distinct fact instead of the key (collisions: about one in 2^64 pairs).
type factID [16]byte

func idOf(key string) factID {
	h := fnv.New128a()
	h.Write([]byte(key))
	var id factID
	h.Sum(id[:0])
	return id
}

// rank orders the reports of one fact to choose, whatever the order they
// come in, the one whose group values stand for it (its city, language,
// source...): the report that knows most (institution, city, when, type),
// then the lowest hash of its source and index. Lower is preferred.
func (f Fact) rank() uint64 {
	unknown := uint64(0)
	for _, s := range []string{f.InstitutionKey, f.City, f.When, f.Type} {
		if s == "" {
			unknown++
		}
	}
	h := fnv.New64a()
	h.Write([]byte(f.Source))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(f.Index)))
	return unknown<<56 | h.Sum64()>>8
}
