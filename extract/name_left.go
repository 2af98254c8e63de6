package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
)

// leftName extends a Russian-style name leftwards over the adjectives,
// capitalised words and acronyms before its trigger ("Республиканский
// научно-практический центр", "ВКО Многопрофильный центр").
func (d *doc) leftName(start int, named bool, g *gazetteer) (int, bool) {
	first, adjectives, official := start, 0, false
	for j := start - 1; j >= 0; j-- {
		if d.lineBreakBefore(j + 1) {
			break
		}
		if d.punct(j, "-") && j > 0 && d.glued(j-1) && d.glued(j) {
			continue
		}
		t := d.toks[j]
		if t.Kind != lang.Word || d.l.Inst.Stop[t.Key] {
			break
		}
		compound := d.punct(j+1, "-") && d.glued(j)
		acr := d.acronym(j, g)
		capital := t.Cap && !d.sentenceStart(j)
		if !acr && !compound && !capital && !d.adjective(t.Key) {
			break
		}
		if acr || capital || d.placeAdjective(t.Key, g) {
			named = true
		}
		if !acr {
			adjectives++
			official = official || d.l.Inst.Official[t.Key]
		}
		first = j
	}
	if !named && adjectives >= 2 && d.toks[first].Cap && official {
		// "Республиканский специализированный центр ..." opening a
		// sentence; not "Ведущая казахстанская кардиохирургическая
		// клиника", which describes one
		named = true
	}
	return first, named
}

// placeAdjective reports whether a word is an adjective made from a
// gazetteer place (the pack's place_adjectives): "тульского" (Тула),
// "калининградского" (Калининград).
func (d *doc) placeAdjective(key string, g *gazetteer) bool {
	pa := &d.l.Inst.PlaceAdjectives
	if g == nil || len(pa.Endings) == 0 {
		return false
	}
	for _, e := range pa.Endings {
		stem, ok := strings.CutSuffix(key, e)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		for _, s := range pa.Stems {
			if base, ok := strings.CutSuffix(stem, s.From); ok && len(g.lookup(base+s.To)) > 0 {
				return true
			}
		}
	}
	return false
}

// leftWord decides whether word j continues a name of the left grammar
// after its trigger: a capitalised word, half of a compound, a word after
// an opener, an adjective or a genitive ("больницы Сеульского
// национального университета"), or another trigger. A genitive acronym
// ("центр онкоурологии КазНИИОиР") is the parent organisation, a name of
// its own, and ends this one.
func (s *nameScan) leftWord(j int, isTrig bool) (ok, specific bool) {
	d, t := s.d, s.d.toks[j]
	if !s.afterJoin && j > s.end && d.acronym(j, s.gaz) {
		return false, false
	}
	if t.Cap {
		return s.capital(t.Key)
	}
	// (word clears s.conjunction before asking, so its AfterAnd term never
	// holds here: kept as it was in named, for no output change)
	return s.compound(j) || s.opened(j) || d.adjective(t.Key) || d.genitive(t.Key) || isTrig ||
		s.conjunction && hasSuffix(t.Key, d.l.Inst.AfterAnd), false
}
