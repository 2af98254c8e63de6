package extract

import (
	"slices"
	"strings"
	"unicode"

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
}

// gazetteer indexes every name of every place by its folded word keys.
type gazetteer struct {
	byKey     map[string][]*place
	prefixes  map[string]bool // word prefixes of names ("санкт", "санкт петербург"), to prune lookups
	countries map[string]string
	maxWords  int
}

// nameKey folds a name to the key used by the index: lowercased words
// joined by single spaces ("Saint-Pétersbourg" -> "saint petersbourg").
func nameKey(name string) (string, string) {
	var words []string
	for _, t := range lang.Tokenize(lang.Key("", name)) {
		if t.Kind != lang.Punct {
			words = append(words, strings.TrimSuffix(t.Key, "'"))
		}
	}
	if len(words) == 0 {
		return "", ""
	}
	return strings.Join(words, " "), words[0]
}

func newGazetteer(places []geonames.Place, overlay *patterns.Gazetteer, countries []geonames.Country) *gazetteer {
	g := &gazetteer{byKey: map[string][]*place{}, prefixes: map[string]bool{}, countries: map[string]string{}}
	policy := map[string]patterns.Policy{}
	for _, p := range overlay.Policy {
		policy[p.Script] = p
	}
	ids := map[int]*place{}
	for i := range places {
		p := &places[i]
		pl := &place{id: p.ID, name: p.Name, country: p.Country, lat: p.Lat, lon: p.Lon, population: p.Population}
		ids[p.ID] = pl
		g.add(pl, p.Name)
		g.add(pl, p.ASCII)
		for _, n := range p.Names {
			if trusted(policy, p, n) {
				g.add(pl, n)
			}
		}
	}
	for _, c := range overlay.Cities {
		pl := ids[c.ID]
		if pl == nil {
			pl = &place{id: c.ID, name: c.Name, country: c.Country, lat: c.Lat, lon: c.Lon, population: c.Population}
		}
		// the overlay is authoritative for the names it lists
		for _, n := range append([]string{c.Name}, c.Names...) {
			if k, _ := nameKey(n); k != "" {
				delete(g.byKey, k)
			}
		}
		g.add(pl, c.Name)
		for _, n := range c.Names {
			g.add(pl, n)
		}
	}
	for _, b := range overlay.Block {
		k, _ := nameKey(b)
		delete(g.byKey, k)
	}
	for _, c := range countries {
		for _, n := range c.Names {
			if k, _ := nameKey(n); k != "" {
				g.countries[k] = c.Code
				g.addPrefixes(k)
			}
		}
	}
	for _, c := range overlay.Countries {
		for _, n := range c.Names {
			if k, _ := nameKey(n); k != "" {
				g.countries[k] = c.Code
				g.addPrefixes(k)
			}
		}
	}
	return g
}

// trusted applies the overlay's policy to an alternate name of p.
func trusted(policy map[string]patterns.Policy, p *geonames.Place, name string) bool {
	pol, ok := policy[script(name)]
	if !ok || p.Feature == "PPLC" {
		return true
	}
	if slices.Contains(pol.Home, p.Country) {
		return p.Population >= pol.HomeMin
	}
	return p.Population >= pol.Min
}

// script names the writing system of a name by its first letter.
func script(name string) string {
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Arabic, r):
			return "arabic"
		case unicode.Is(unicode.Cyrillic, r):
			return "cyrillic"
		case unicode.Is(unicode.Latin, r):
			return "latin"
		}
	}
	return ""
}

// addPrefixes records every word prefix of a name key.
func (g *gazetteer) addPrefixes(k string) {
	for i, c := range k {
		if c == ' ' {
			g.prefixes[k[:i]] = true
		}
	}
	g.prefixes[k] = true
}

func (g *gazetteer) add(p *place, name string) {
	k, _ := nameKey(name)
	if len([]rune(k)) < 3 {
		return
	}
	for _, q := range g.byKey[k] {
		if q == p {
			return
		}
	}
	g.byKey[k] = append(g.byKey[k], p)
	g.addPrefixes(k)
	if n := strings.Count(k, " ") + 1; n > g.maxWords {
		g.maxWords = n
	}
}
