package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// When a gazetteer name is a city of the article: the rules on the words
// around it (a locative, a city context, a dateline, a list of cities) and
// the readings that make it something else (a person, a region, a common
// word).

// cityAllowed applies the pack's guards: in a cased script a name starts
// with a capital, and is neither an acronym nor a person's name; stop
// words need a city context.
func (d *doc) cityAllowed(idx []int, lk lookup, located bool) bool {
	first := d.toks[idx[0]]
	key := lk.key
	if d.l.City.Context[key] || d.l.City.Locative[key] {
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
	if d.l.City.Stop[key] && !located { // located includes a city context word
		return false
	}
	if d.regionBefore(idx[0]) {
		return false // "wilaya de Mascara", "محافظة كربلاء": the province
	}
	if i := idx[0]; i > 0 && d.toks[i-1].Kind == lang.Word {
		if d.inSet(i-1, d.l.City.NotAfter) {
			return false
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
	return d.l.City.Articles[d.toks[i].Key] && i+1 < len(d.toks) && d.toks[i+1].Cap
}

// regionBefore reports whether a region word stands just before token i,
// or before a locative that does ("wilaya de Mascara").
func (d *doc) regionBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		t := d.toks[j]
		if t.Kind != lang.Word {
			return false
		}
		if d.inSet(j, d.l.City.Regions) {
			return true
		}
		if !d.l.City.Locative[t.Key] {
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
		return t.Kind == lang.Word && t.Cap && (t.Upper < t.Letters || roman(t.Key)) && !d.l.City.Context[t.Key] && !d.l.City.Locative[t.Key]
	}
	// "мэр Москвы Сергей Собянин": a place before a person's full name
	if i+1 < len(d.toks) && d.toks[i].SpaceAfter && name(i+1) && !d.personAhead(i+1) {
		return true // "Hassan II", "Совета Республики", "Давид Николеишвили"
	}
	return i > 0 && d.toks[i-1].SpaceAfter && name(i-1) && !d.sentenceStart(i-1)
}

// locative reports whether the word before token i places what follows
// ("à", "في", "в", "из"), or an article after such a word ("de l'Ariana",
// "à la Marsa"; "L'Alliance" alone places nothing).
func (d *doc) locative(i int) bool {
	if i == 0 || d.toks[i-1].Kind != lang.Word {
		return false
	}
	if d.l.City.Articles[d.toks[i-1].Key] {
		i--
		if i == 0 || d.toks[i-1].Kind != lang.Word {
			return false
		}
	}
	return d.inSet(i-1, d.l.City.Locative)
}

// listed reports whether token i continues a list of places ending at
// token last: "Constantine, El Oued, Annaba", "من وهران وقسنطينة".
func (d *doc) listed(last, i int) bool {
	if last < 0 || i-last > 3 {
		return false
	}
	for j := last + 1; j < i; j++ {
		t := d.toks[j]
		if !(t.Kind == lang.Punct && t.Key == ",") && !d.l.Numbers.Connectors[t.Key] && !d.l.Inst.Connectors[t.Key] && !d.l.City.Locative[t.Key] {
			return false
		}
	}
	return true
}

// cityContext reports whether one of the two words before token i, or the
// word after it, calls it a city ("ville de", "مدينة", "город", "تونس العاصمة").
func (d *doc) cityContext(i int) bool {
	if i+1 < len(d.toks) && d.l.City.Context[d.toks[i+1].Key] {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if d.toks[j].Kind != lang.Word {
			return false
		}
		if d.inSet(j, d.l.City.Context) {
			return true
		}
	}
	return false
}

// inSet reports whether token j's key, as written or with a glued clitic
// cut ("وبمدينة" -> "مدينة"), is one of set.
func (d *doc) inSet(j int, set map[string]bool) bool {
	if set[d.toks[j].Key] {
		return true
	}
	for _, c := range d.unglued(j) {
		if set[c.key] {
			return true
		}
	}
	return false
}
