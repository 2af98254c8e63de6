package extract

import (
	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// Which words continue a name: the pack's grammar decides
// (name_right.go, name_left.go, name_definite.go), over the word tests the
// grammars share.

// nameWord asks the pack's grammar whether word j continues the name, and
// whether it makes the name specific (one organisation).
func (s *nameScan) nameWord(j int, isTrig bool) (ok, specific bool) {
	switch s.d.l.Inst.Grammar {
	case patterns.DefiniteGrammar:
		return s.definiteWord(j)
	case patterns.LeftGrammar:
		return s.leftWord(j, isTrig)
	}
	return s.rightWord(j)
}

// capital takes a capitalised word; it names one body unless generic or a
// country: "le premier CHU de France", "société d'État".
func (s *nameScan) capital(key string) (ok, specific bool) {
	return true, !s.d.l.Inst.Generic[key] && (s.gaz == nil || s.gaz.countries[key] == "")
}

// compound reports whether word j is the first half of a hyphenated word
// in a cased script: "сердечно-сосудистой", "hépato-biliaire".
func (s *nameScan) compound(j int) bool {
	d := s.d
	return d.l.Cased && d.punct(j+1, "-") && d.glued(j) && j+2 < len(d.toks) && d.toks[j+2].Kind == lang.Word
}

// opened reports whether word j comes after an opener and before a
// capital: "имени академика В. И. Шумакова".
func (s *nameScan) opened(j int) bool {
	return s.open && j+1 < len(s.d.toks) && s.d.toks[j+1].Cap
}
