package geonames

import (
	"slices"
	"testing"
)

func TestEmbeddedIndex(t *testing.T) {
	x := EmbeddedIndex()
	for key, id := range map[string]int{"oran": 2485926, "وهران": 2485926, "санкт петербург": 498817, "bou ismail": 2502939, "алматы": 1526384} {
		if ids := x.IDs(key); !slices.Contains(ids, id) {
			t.Errorf("IDs(%q) = %v, want %d among them", key, ids, id)
		}
	}
	if ids := x.IDs("سنه"); len(ids) != 0 {
		t.Errorf("IDs(سنه) = %v: an untrusted alternate name got in", ids)
	}
	if !x.HasPrefix("санкт") || !x.HasPrefix("oran") || x.HasPrefix("oranx") || x.HasPrefix("zzqx") {
		t.Errorf("HasPrefix answers wrong")
	}
	p, ok := x.Place(2485926)
	if !ok || p.Name != "Oran" || p.Country != "DZ" || p.Population < 500000 {
		t.Errorf("Place(2485926) = %+v, %v", p, ok)
	}
	if _, ok := x.Place(1); ok {
		t.Errorf("Place(1) found")
	}
}

func TestIndexOverData(t *testing.T) {
	x := NewIndex([]byte("a b\t1\na bc\t2,3\nab\t4\n"), []byte(FormatPlace(&Place{ID: 2, Name: "B", ASCII: "B", Country: "FR", Population: 5})))
	if got := x.IDs("a bc"); !slices.Equal(got, []int{2, 3}) {
		t.Errorf("IDs(a bc) = %v", got)
	}
	if x.IDs("a") != nil || !x.HasPrefix("a") || x.HasPrefix("a c") {
		t.Errorf("prefix and exact lookups disagree")
	}
	if p, ok := x.Place(2); !ok || p.Country != "FR" {
		t.Errorf("Place(2) = %+v", p)
	}
}

func BenchmarkIndexLookup(b *testing.B) {
	x := EmbeddedIndex()
	x.IDs("oran")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.IDs("санкт петербург")
		x.HasPrefix("нижний")
	}
}

// BenchmarkIndexCold is the gazetteer's start cost: a fresh index over the
// embedded data and its first lookups (the line tables are built then).
func BenchmarkIndexCold(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		x := NewIndex(namesIdx, placesIdx)
		x.IDs("oran")
		x.Place(2485926)
	}
}
