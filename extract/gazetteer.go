package extract

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
	"github.com/newsx/newsx/patterns/geonames"
)

// place is one gazetteer entry.
type place struct {
	id         int
	name       string
	country    string
	lat, lon   float64
	population int
	// unsized: an overlay place of no recorded size (a commune of
	// packs/geo/dz-communes.tsv), read only where its country is named
	unsized bool
	nameKey string // name folded (lang.NameKey), made once: pick compares it
}

// gazetteer answers name lookups from the pack overlay first (names it
// lists are authoritative, names it blocks are gone), then from the
// precompiled GeoNames index.
type gazetteer struct {
	index     *geonames.Index
	overlay   map[string][]*place
	blocked   map[string]bool
	prefixes  map[string]bool // word prefixes of overlay and country names
	countries map[string]string
	maxWords  int

	mu      sync.Mutex
	places  map[int]*place // decoded GeoNames places
	renamed map[int]*place // overlay entries that rename a GeoNames place

	knownCache  sync.Map // key -> bool: an article's words repeat across articles
	lookupCache sync.Map // key -> []*place
	cached      atomic.Int64
}

// maxCached bounds the lookup caches, so that memory stays flat over any
// number of articles (a few MB at most).
const maxCached = 100_000

// remember caches v under a copy of key: a key is a slice of an article's
// text, and storing it as it is would keep the whole article alive (100,000
// distinct 3 KB articles peaked at 431 MB).
func (g *gazetteer) remember(m *sync.Map, key string, v any) {
	if g.cached.Load() < maxCached {
		g.cached.Add(1)
		m.Store(strings.Clone(key), v)
	}
}

func newGazetteer(index *geonames.Index, overlay *patterns.Gazetteer, countries []geonames.Country) *gazetteer {
	g := &gazetteer{index: index, overlay: map[string][]*place{}, blocked: map[string]bool{},
		prefixes: map[string]bool{}, countries: map[string]string{}, places: map[int]*place{}, renamed: map[int]*place{}, maxWords: 4}
	for _, c := range overlay.Cities {
		pl := &place{id: c.ID, name: c.Name, country: c.Country, lat: c.Lat, lon: c.Lon, population: c.Population,
			unsized: c.ID == 0 && c.Population == 0, nameKey: lang.NameKey(c.Name)}
		if gp, ok := index.Place(c.ID); ok && c.ID != 0 {
			// the overlay's name is the one shown: GeoNames often keeps the
			// local transliteration ("Homyel'") where readers expect "Gomel"
			pl = &place{id: gp.ID, name: c.Name, country: gp.Country, lat: gp.Lat, lon: gp.Lon, population: gp.Population, nameKey: lang.NameKey(c.Name)}
			g.renamed[c.ID] = pl
		}
		for _, n := range append([]string{c.Name}, c.Names...) {
			if k := lang.NameKey(n); len([]rune(k)) >= 3 && !containsPlace(g.overlay[k], pl) {
				g.overlay[k] = append(g.overlay[k], pl)
				g.addPrefixes(k)
			}
		}
	}
	for _, b := range overlay.Block {
		g.blocked[lang.NameKey(b)] = true
	}
	for _, c := range countries {
		g.addCountry(c.Code, c.Names)
	}
	for _, c := range overlay.Countries {
		g.addCountry(c.Code, c.Names)
	}
	return g
}

func (g *gazetteer) addCountry(code string, names []string) {
	for _, n := range names {
		if k := lang.NameKey(n); k != "" {
			g.countries[k] = code
			g.addPrefixes(k)
		}
	}
}

func containsPlace(ps []*place, p *place) bool {
	for _, q := range ps {
		if q.id == p.id && q.name == p.name {
			return true
		}
	}
	return false
}

// addPrefixes records every word prefix of a name key.
func (g *gazetteer) addPrefixes(k string) {
	for i, c := range k {
		if c == ' ' {
			g.prefixes[k[:i]] = true
		}
	}
	g.prefixes[k] = true
	if n := strings.Count(k, " ") + 1; n > g.maxWords {
		g.maxWords = n
	}
}

// lookup returns the places named key.
func (g *gazetteer) lookup(key string) []*place {
	if ps, ok := g.overlay[key]; ok {
		return ps
	}
	if g.blocked[key] {
		return nil
	}
	if v, ok := g.lookupCache.Load(key); ok {
		return v.([]*place)
	}
	var out []*place
	largest := 0
	for _, id := range g.index.IDs(key) {
		if p := g.place(id); p != nil {
			out = append(out, p)
			largest = max(largest, p.population)
		}
	}
	if largest >= townPopulation {
		// a town only fills a gap: it never takes a name from a larger place
		// ("Saïda" is Saïda in Algeria, not Saïdia in Morocco)
		out = slices.DeleteFunc(out, func(p *place) bool { return p.population < townPopulation })
	}
	g.remember(&g.lookupCache, key, out)
	return out
}

// townPopulation is the size under which a place is a town: the gazetteer
// holds towns only where the articles come from (tools/genindex/policy.yaml,
// "places"), and they are read only for names no larger place has. It is
// the population above which GeoNames places are kept everywhere.
const townPopulation = 15000

// known reports whether key is a name, or the first words of one.
func (g *gazetteer) known(key string) bool {
	if g.prefixes[key] {
		return true
	}
	if v, ok := g.knownCache.Load(key); ok {
		return v.(bool)
	}
	k := g.index.HasPrefix(key)
	g.remember(&g.knownCache, key, k)
	return k
}

func (g *gazetteer) place(id int) *place {
	g.mu.Lock()
	defer g.mu.Unlock()
	if p, ok := g.places[id]; ok {
		return p
	}
	if p, ok := g.renamed[id]; ok {
		g.places[id] = p
		return p
	}
	gp, ok := g.index.Place(id)
	if !ok {
		return nil
	}
	p := &place{id: gp.ID, name: gp.Name, country: gp.Country, lat: gp.Lat, lon: gp.Lon, population: gp.Population, nameKey: lang.NameKey(gp.Name)}
	g.places[id] = p
	return p
}
