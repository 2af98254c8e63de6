package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

type cityHit struct {
	start, end int // tokens
	places     []*place
}

// cities finds gazetteer names, undoing the pack's clitics and case
// endings, then picks one place per name: in a country the article
// mentions or whose cities it mentions, else the most populous.
func (d *doc) cities(g *gazetteer) []City {
	var hits []cityHit
	votes := map[string]int{}
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].Kind != lang.Word {
			continue
		}
		words := d.window(i, g.maxWords)
		matched := false
		for w := len(words); w >= 1 && !matched; w-- {
			for _, key := range d.variants(words[:w]) {
				if code, ok := g.countries[key]; ok {
					votes[code] += 2
					if !d.cityContext(i) {
						matched = true // a country, not a city
						i = words[w-1]
						break
					}
				}
				if ps, ok := g.byKey[key]; ok && d.cityAllowed(words[:w], key) {
					hits = append(hits, cityHit{start: i, end: words[w-1] + 1, places: ps})
					matched = true
					i = words[w-1]
					break
				}
			}
		}
	}
	for _, h := range hits {
		if len(h.places) == 1 {
			votes[h.places[0].country]++
		}
	}
	out := []City{}
	index := map[*place]int{}
	for _, h := range hits {
		p := pick(h.places, votes)
		m := d.tokSpan(h.start, h.end)
		if i, ok := index[p]; ok {
			out[i].Mentions = append(out[i].Mentions, m)
			continue
		}
		index[p] = len(out)
		out = append(out, City{Name: p.name, Country: p.country, Lat: p.lat, Lon: p.lon, GeonamesID: p.id, Mentions: []Mention{m}})
	}
	return out
}

func pick(ps []*place, votes map[string]int) *place {
	best := ps[0]
	for _, p := range ps[1:] {
		vp, vb := votes[p.country], votes[best.country]
		if vp > vb || (vp == vb && p.population > best.population) {
			best = p
		}
	}
	return best
}

// window returns the indexes of up to n words from token i, joined by
// spaces or glued hyphens ("Saint-Pétersbourg", "Ростова-на-Дону").
func (d *doc) window(i, n int) []int {
	words := []int{i}
	j := i
	for len(words) < n {
		switch {
		case d.toks[j].SpaceAfter && j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Word && !strings.ContainsRune(d.gap(j), '\n'):
			j++
		case d.glued(j) && j+2 < len(d.toks) && d.punct(j+1, "-") && d.glued(j+1) && d.toks[j+2].Kind == lang.Word:
			j += 2
		default:
			return words
		}
		words = append(words, j)
	}
	return words
}

// variants returns the lookup keys of the words at idx: as written, with a
// clitic cut from the first word, and with case endings undone.
func (d *doc) variants(idx []int) []string {
	forms := make([][]string, len(idx))
	for n, i := range idx {
		key := strings.TrimSuffix(d.toks[i].Key, "'")
		forms[n] = []string{key}
		if n == 0 {
			for _, p := range d.l.CityPrefixes {
				if rest, ok := strings.CutPrefix(key, p); ok && len([]rune(rest)) >= 3 {
					forms[n] = append(forms[n], rest)
				}
			}
		}
		for _, e := range d.l.CityEndings {
			if stem, ok := strings.CutSuffix(key, e.From); ok && len([]rune(stem)) >= 2 {
				forms[n] = append(forms[n], stem+e.To)
			}
		}
	}
	keys := forms[0]
	for _, f := range forms[1:] {
		var next []string
		for _, k := range keys {
			for _, s := range f {
				next = append(next, k+" "+s)
			}
		}
		keys = next
	}
	return keys
}

// cityAllowed applies the pack's guards: in a cased script a name starts
// with a capital; acronyms and stop words are not cities.
func (d *doc) cityAllowed(idx []int, key string) bool {
	first := d.toks[idx[0]]
	if d.l.Cased {
		if !first.Cap || (first.Upper == first.Letters && first.Letters > 1 && len(idx) == 1) {
			return false
		}
	}
	if d.l.CityStop[key] && !d.cityContext(idx[0]) {
		return false
	}
	return true
}

// cityContext reports whether the word before token i calls what follows a
// city ("ville de", "مدينة", "город").
func (d *doc) cityContext(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		t := d.toks[j]
		if t.Kind != lang.Word {
			return false
		}
		if d.l.CityContext[t.Key] {
			return true
		}
	}
	key := d.toks[i].Key
	for _, p := range d.l.CityPrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok && d.l.CityContext[rest] {
			return true
		}
	}
	return false
}
