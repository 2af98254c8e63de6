package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

type cityHit struct {
	start, end int // tokens
	cut        int // bytes of a clitic glued to the first token
	places     []*place
	located    bool // a locative word, clitic or city context stands before it
	common     bool // also a common word ("Tours", "Владимир"): needs its country in the article
}

// lookup is one way of reading a window of words as a name.
type lookup struct {
	key    string
	clitic string // the clitic cut from the first word, if any
	cut    int
}

// cities finds gazetteer names, undoing the pack's clitics and case
// endings, then picks one place per name: in a country the article
// mentions or whose cities it mentions, else the most populous. A small
// place needs a locative before it ("à", "في", "в", "ب"): most small-town
// names that match by chance are common words.
func (d *doc) cities(g *gazetteer) []City {
	var hits []cityHit
	votes := map[string]int{}
	lastEnd := -1
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].Kind != lang.Word || d.l.Cased && !d.toks[i].Cap && !d.articleBefore(i) {
			continue // in a cased script, names start with a capital
		}
		words := d.window(i, g.maxWords)
		levels := d.variants(g, words)
		context := d.cityContext(i) // "ville de", "مدينة", "город" before it
		matched := false
		for w := len(levels); w >= 1 && !matched; w-- {
			for _, lk := range levels[w-1] {
				if code, ok := g.countries[lk.key]; ok {
					votes[code] += 2
					if !context {
						matched = true // a country or region, not a city
						i = words[w-1]
						break
					}
				}
				ps := g.lookup(lk.key)
				if len(ps) == 0 {
					continue
				}
				located := context || d.l.Locative[lk.clitic] || d.locative(i) || d.listed(lastEnd, i) || d.dateline(i, words[w-1])
				if !d.cityAllowed(words[:w], lk, located) {
					continue
				}
				common := d.l.CityStop[lk.key] && !context
				hits = append(hits, cityHit{start: i, end: words[w-1] + 1, cut: lk.cut, places: ps, located: located, common: common})
				matched = true
				lastEnd = words[w-1]
				i = words[w-1]
				break
			}
		}
	}
	for _, h := range hits {
		if len(h.places) == 1 && !h.common {
			votes[h.places[0].country]++
		}
	}
	out := []City{}
	index := map[*place]int{}
	for _, h := range hits {
		p := pick(h.places, votes)
		// a common word read as a place needs its country in the article, or
		// a great city ("في جدة")
		if p.population < d.l.SmallPlace && !h.located || h.common && votes[p.country] == 0 && p.population < 1000000 {
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
		case d.toks[j].SpaceAfter && j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Word && !d.lineBreakBefore(j+1):
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

// variants returns, for each length n of the window at idx, the lookup
// keys of its first n words that the gazetteer knows a name or a name's
// beginning for: as written, with a clitic cut from the first word, and
// with case endings undone. Each level extends the one before, so unknown
// beginnings are dropped at once.
func (d *doc) variants(g *gazetteer, idx []int) [][]lookup {
	var levels [][]lookup
	var prev []lookup
	for n, i := range idx {
		key := strings.TrimSuffix(d.toks[i].Key, "'")
		forms := []string{key}
		for _, e := range d.l.CityEndings {
			if stem, ok := strings.CutSuffix(key, e.From); ok && len(stem) >= 4 {
				forms = append(forms, stem+e.To)
			}
		}
		var next []lookup
		if n == 0 {
			for _, f := range forms {
				next = append(next, lookup{key: f})
			}
			for _, c := range d.unglued(i) {
				if len([]rune(c.key)) >= 3 {
					next = append(next, lookup{key: c.key, clitic: c.from, cut: c.cut})
				}
			}
		} else {
			for _, lk := range prev {
				for _, f := range forms {
					next = append(next, lookup{key: lk.key + " " + f, clitic: lk.clitic, cut: lk.cut})
				}
			}
		}
		var known []lookup
		for _, lk := range next {
			if g.known(lk.key) {
				known = append(known, lk)
			}
		}
		if len(known) == 0 {
			break
		}
		levels = append(levels, known)
		prev = known
	}
	return levels
}

// cityAllowed applies the pack's guards: in a cased script a name starts
// with a capital, and is neither an acronym nor a person's name; stop
// words need a city context.
func (d *doc) cityAllowed(idx []int, lk lookup, located bool) bool {
	first := d.toks[idx[0]]
	key := lk.key
	if d.l.CityContext[key] || d.l.Locative[key] {
		return false // "مدينة", "ville": words that introduce places
	}
	if d.l.Cased {
		// "la Marsa": a lowercase article opens a longer name
		if !first.Cap && !(d.articleBefore(idx[0]) && len(idx) > 1 && d.toks[idx[1]].Cap) {
			return false
		}
		// all capitals: an acronym, unless a long word ("ТАШКЕНТ, 25 сен")
		if first.Upper == first.Letters && len(idx) == 1 && first.Letters < 5 {
			return false
		}
		if len(idx) == 1 && d.personName(idx[0]) {
			return false
		}
	}
	// a common word that is also a place: only with a city word before it,
	// or in a cased script with a locative ("à Tours", "во Владимир")
	// a part of a hyphenated name is not a place: "Croix-Rousse", "Saint-Luc"
	if i, j := idx[0], idx[len(idx)-1]; i > 1 && d.punct(i-1, "-") && d.glued(i-2) && d.glued(i-1) ||
		j+2 < len(d.toks) && d.punct(j+1, "-") && d.glued(j) && d.glued(j+1) && d.toks[j+2].Kind == lang.Word {
		return false
	}
	if d.l.CityStop[key] && !located { // located includes a city context word
		return false
	}
	if d.regionBefore(idx[0]) {
		return false // "wilaya de Mascara", "محافظة كربلاء": the province
	}
	if i := idx[0]; i > 0 && d.toks[i-1].Kind == lang.Word {
		if d.l.NotAfter[d.toks[i-1].Key] {
			return false
		}
		for _, c := range d.unglued(i - 1) {
			if d.l.NotAfter[c.key] {
				return false
			}
		}
	}
	return true
}

// dateline reports whether tokens [i, end] open a line and are followed by
// ":", "-" or "–" ("ERRACHIDIA –", "Oran :"): a dateline names a place.
func (d *doc) dateline(i, end int) bool {
	if !d.lineBreakBefore(i) || end+1 >= len(d.toks) {
		return false
	}
	next := d.toks[end+1]
	return next.Kind == lang.Punct && strings.Contains(":-–—,", next.Key)
}

// articleBefore reports whether token i is a lowercase article of the pack
// ("la" in "à la Marsa").
func (d *doc) articleBefore(i int) bool {
	return d.l.CityArticles[d.toks[i].Key] && i+1 < len(d.toks) && d.toks[i+1].Cap
}

// regionBefore reports whether a region word stands just before token i,
// or before a locative that does ("wilaya de Mascara").
func (d *doc) regionBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		t := d.toks[j]
		if t.Kind != lang.Word {
			return false
		}
		if d.l.Regions[t.Key] {
			return true
		}
		for _, c := range d.unglued(j) {
			if d.l.Regions[c.key] {
				return true
			}
		}
		if !d.l.Locative[t.Key] {
			return false
		}
	}
	return false
}

// personName reports whether a capitalised word sits between other
// capitalised words, as first names and surnames do ("Давид Николеишвили"),
// rather than standing alone as a place does.
func (d *doc) personName(i int) bool {
	name := func(j int) bool {
		t := d.toks[j]
		return t.Kind == lang.Word && t.Cap && (t.Upper < t.Letters || roman(t.Key)) && !d.l.CityContext[t.Key] && !d.l.Locative[t.Key]
	}
	// "мэр Москвы Сергей Собянин": a place before a person's full name
	if i+1 < len(d.toks) && d.toks[i].SpaceAfter && name(i+1) && !d.personAhead(i+1) {
		return true // "Hassan II", "Совета Республики", "Давид Николеишвили"
	}
	return i > 0 && d.toks[i-1].SpaceAfter && name(i-1) && !d.sentenceStart(i-1)
}

// locative reports whether the word before token i places what follows
// ("à", "في", "в", "из").
func (d *doc) locative(i int) bool {
	if i == 0 || d.toks[i-1].Kind != lang.Word {
		return false
	}
	if d.l.Locative[d.toks[i-1].Key] {
		return true
	}
	for _, c := range d.unglued(i - 1) {
		if d.l.Locative[c.key] {
			return true
		}
	}
	return false
}

// listed reports whether token i continues a list of places ending at
// token last: "Constantine, El Oued, Annaba", "من وهران وقسنطينة".
func (d *doc) listed(last, i int) bool {
	if last < 0 || i-last > 3 {
		return false
	}
	for j := last + 1; j < i; j++ {
		t := d.toks[j]
		if !(t.Kind == lang.Punct && t.Key == ",") && !d.l.NumberJoin[t.Key] && !d.l.InstJoin[t.Key] && !d.l.Locative[t.Key] {
			return false
		}
	}
	return true
}

// cityContext reports whether one of the two words before token i, or the
// word after it, calls it a city ("ville de", "مدينة", "город", "تونس العاصمة").
func (d *doc) cityContext(i int) bool {
	if i+1 < len(d.toks) && d.l.CityContext[d.toks[i+1].Key] {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if d.toks[j].Kind != lang.Word {
			return false
		}
		if d.l.CityContext[d.toks[j].Key] {
			return true
		}
		for _, c := range d.unglued(j) {
			if d.l.CityContext[c.key] {
				return true
			}
		}
	}
	return false
}
