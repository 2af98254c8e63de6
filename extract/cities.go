package extract

import "github.com/newsx/newsx/lang"

type cityHit struct {
	start, end int // tokens
	cut        int // bytes of a clitic glued to the first token
	places     []*place
	located    bool   // a locative word, clitic or city context stands before it
	common     bool   // also a common word ("Tours", "Владимир"): needs its country in the article
	key        string // the name looked up, folded
}

// cities finds gazetteer names, undoing the pack's clitics and case
// endings, then picks one place per name: in a country the article
// mentions or whose cities it mentions, else the most populous. A small
// place needs a locative before it ("à", "في", "в", "ب"): most small-town
// names that match by chance are common words.
//
// names marks the bytes of institution names: a common word inside one,
// after a locative, is the institution's place ("CHRU de Tours").
func (d *doc) cities(g *gazetteer, names bitmap) []City {
	hits, votes := d.cityHits(g)
	for _, h := range hits {
		// a place of unknown size votes for nothing (keepCities)
		if len(h.places) == 1 && !h.common && !h.places[0].unsized {
			votes[h.places[0].country]++
		}
	}
	return d.keepCities(hits, votes, names)
}

// cityHits reads the gazetteer names of the document, left to right, and
// the votes of the countries and regions it names.
func (d *doc) cityHits(g *gazetteer) ([]cityHit, map[string]int) {
	var hits []cityHit
	votes := map[string]int{}
	lastEnd := -1
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].Kind != lang.Word || d.l.Cased && !d.toks[i].Cap && !d.articleBefore(i) {
			continue // in a cased script, names start with a capital
		}
		h, last, ok := d.cityAt(g, i, lastEnd, votes)
		if ok {
			hits = append(hits, h)
			lastEnd = last
		}
		i = last
	}
	return hits, votes
}

// cityAt reads the longest name at word i: a country or region votes (and
// is skipped, unless a city context stands before it), a place the rules
// allow is a hit. It returns the last token read.
func (d *doc) cityAt(g *gazetteer, i, lastEnd int, votes map[string]int) (cityHit, int, bool) {
	words := d.window(i, g.maxWords)
	levels := d.variants(g, words)
	context := d.cityContext(i) // "ville de", "مدينة", "город" before it
	for w := len(levels); w >= 1; w-- {
		for _, lk := range levels[w-1] {
			if code, ok := g.countries[lk.key]; ok {
				votes[code] += 2
				if !context {
					return cityHit{}, words[w-1], false // a country or region, not a city
				}
			}
			ps := g.lookup(lk.key)
			if len(ps) == 0 {
				continue
			}
			located := context || d.l.City.Locative[lk.clitic] || d.locative(i) || d.listed(lastEnd, i) || d.dateline(i, words[w-1])
			if !d.cityAllowed(words[:w], lk, located) {
				continue
			}
			common := d.l.City.Stop[lk.key] && !context
			return cityHit{start: i, end: words[w-1] + 1, cut: lk.cut, places: ps, located: located, common: common, key: lk.key}, words[w-1], true
		}
	}
	return cityHit{}, i, false
}

// keepCities picks one place per hit by the votes and keeps it if it is
// large, located or its country is in the article; mentions of one place
// are brought together.
func (d *doc) keepCities(hits []cityHit, votes map[string]int, names bitmap) []City {
	out := []City{}
	index := map[*place]int{}
	for _, h := range hits {
		p := pick(h.places, votes, h.key)
		// a place of unknown size (a commune of packs/geo/dz-communes.tsv)
		// needs its country in the article: "La Rabta" in Tunis is no
		// Algerian commune
		if p.unsized && votes[p.country] == 0 {
			continue
		}
		// a small place needs a locative, or a name holding it after a word
		// of it ("مستشفى الشطرة العام", not "au Centre hospitalier"); a
		// common word read as a place needs its country in the article, a
		// great city ("في جدة"), or a locative inside a name ("CHRU de Tours")
		named := d.inName(h, names)
		if p.population < d.l.City.SmallPopulation && !h.located && !(named && p.population >= townPopulation) ||
			h.common && !(named && h.located) && votes[p.country] == 0 && p.population < 1000000 {
			continue
		}
		m := d.span(d.toks[h.start].Start+h.cut, d.toks[h.end-1].End)
		if i, ok := index[p]; ok {
			out[i].Mentions = append(out[i].Mentions, m)
			continue
		}
		index[p] = len(out)
		out = append(out, City{Name: p.name, Country: p.country, Lat: p.lat, Lon: p.lon, GeonamesID: p.id, Mentions: []Mention{m}})
	}
	return out
}

// inName reports whether hit h stands inside an institution's name (names
// marks their bytes) after a word of it, with no word of the pack's
// city_rules.not_after before it in the name ("имени профессора В. Н.
// Сорокина" is a person).
func (d *doc) inName(h cityHit, names bitmap) bool {
	if h.start == 0 || names == nil || !names.all(d.toks[h.start-1].Start, d.toks[h.end-1].End) {
		return false
	}
	for j := h.start - 1; j >= 0 && names.all(d.toks[j].Start, d.toks[j].End); j-- {
		if d.toks[j].Kind == lang.Word && d.inSet(j, d.l.City.NotAfter) {
			return false
		}
	}
	return true
}

// pick chooses among places of one name (key): the one of the country
// with the most votes, then a city that bears the name as its own over one
// that has it as an alternate ("Batna" is Batna, not Patna, whose
// transliterations include "batna"), then the most populous.
func pick(ps []*place, votes map[string]int, key string) *place {
	best := ps[0]
	for _, p := range ps[1:] {
		vp, vb := votes[p.country], votes[best.country]
		op, ob := ownName(p, key), ownName(best, key)
		if vp > vb || vp == vb && (op && !ob || op == ob && p.population > best.population) {
			best = p
		}
	}
	return best
}

// ownNamePopulation is the size from which a place's own name wins over
// another's alternate name: a city, not a village that shares a great
// city's name.
const ownNamePopulation = 100000

// ownName reports whether key is place p's own name, folded, and p is a
// city of ownNamePopulation or more.
func ownName(p *place, key string) bool {
	return p.population >= ownNamePopulation && p.nameKey == key
}
