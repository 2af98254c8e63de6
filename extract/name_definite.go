package extract

import (
	"strings"
	"unicode/utf8"
)

// The definite grammar (institutions.grammar: definite) builds names in a
// script without capitals, by the affixes of the pack's
// institutions.definite: the article, glued prepositions, verb prefixes,
// possessives.

// definiteWord decides whether word j continues a name of the definite
// grammar (Arabic), and whether it makes the name specific, by the affixes
// of the pack's institutions.definite. Words with the article (adjectives,
// genitives) continue it; after an indefinite trigger ("مستشفى ابن سينا")
// or an adjective, bare words are proper names, and a proper name goes on
// over the words of a person's name ("مصطفى باشا", "بشير بن ناصر", "ابن
// باديس"). A word with a glued preposition, a place with a glued locative
// ("بقسنطينة", left to placeAfter) or an imperfect verb ("يستقبل") ends
// it unless the pack's name_starts make it a name word; a possessive ends it.
func (s *nameScan) definiteWord(j int) (ok, specific bool) {
	d := s.d
	key := d.toks[j].Key
	switch {
	case s.definite && !s.sawAdj && j == s.end && s.objectAfterTrigger(key):
		return false, false // "المستشفى الإحصائيات", "المعهد للبدء": a noun after the name
	case d.definite(key):
		s.sawAdj, s.inName, s.complement = true, false, false
		return true, !d.l.Inst.Generic[key]
	case hasPrefix(key, d.l.Inst.Definite.ArticleComplements):
		s.inName, s.complement = false, true
		return true, true // "للأطفال": a complement of the name
	case j == s.end && !s.definite:
		return s.bare(key)
	case s.definite && !s.sawAdj:
		return false, false // "المستشفى يستعد"
	case s.quoted:
		return false, false // `المستشفى الإقليمي "السلامة" حملة`: a quoted name ends on a bare word
	}
	if d.definiteEnd(j, s.gaz) {
		return false, false
	}
	return s.definiteBare(j)
}

// objectAfterTrigger reports whether a word right after a definite trigger
// is no adjective of it: a plural with the article (an adjective of a
// singular noun is never plural), or an article complement ("للبدء").
func (s *nameScan) objectAfterTrigger(key string) bool {
	d := s.d
	g := &d.l.Inst.Definite
	if hasPrefix(key, g.ArticleComplements) {
		return true
	}
	return d.definite(key) && utf8.RuneCountInString(key) >= minAffixed && hasAnySuffix(key, g.Plurals)
}

// definiteEnd reports whether word j, without the article, ends a name
// whatever came before: a place glued to a locative, a word glued to an
// article clitic, a possessive, a number word.
func (d *doc) definiteEnd(j int, gaz *gazetteer) bool {
	key := d.toks[j].Key
	g := &d.l.Inst.Definite
	long := utf8.RuneCountInString(key) >= minAffixed
	if _, isPlace := d.placeAfter(j, gaz); isPlace {
		return true
	}
	if hasPrefix(key, g.ArticleClitics) {
		return true // "بالتنسيق", "والمحسنون"
	}
	if long && hasAnySuffix(key, g.Possessives) {
		return true // a possessive: "حملتها" (its campaign)
	}
	_, _, isNum := d.numberWord(j)
	return isNum // "مؤسسة مجدي يعقوب ... خمسين"
}

// definiteBare decides on a word without the article after an adjective
// or inside a proper name: a month, a complement before a word with the
// article, a person's name go on; a glued preposition or a verb ends it.
func (s *nameScan) definiteBare(j int) (ok, specific bool) {
	d := s.d
	key := d.toks[j].Key
	g := &d.l.Inst.Definite
	long := utf8.RuneCountInString(key) >= minAffixed
	starts := d.nameStart(key)
	if d.l.MonthWords[key] {
		return s.bare(key) // "أول نوفمبر", "20 أوت"
	}
	// a complement before a word with the article continues the name
	// ("مركز قطر لزراعة الأعضاء")
	if long && hasPrefix(key, g.Complements) && j+1 < len(d.toks) && d.definite(d.toks[j+1].Key) {
		s.inName, s.complement = false, true
		return true, true
	}
	// the object of a complement: "للنهوض بزرع الأعضاء"
	if long && s.complement && hasPrefix(key, g.Objects) && j+1 < len(d.toks) && d.definite(d.toks[j+1].Key) {
		s.inName, s.complement = false, false
		return true, true
	}
	s.complement = false
	preposition := long && hasPrefix(key, g.Prepositions)
	verb := long && hasPrefix(key, g.VerbPrefixes)
	if s.inName && !starts && preposition && !hasPrefix(key, g.PersonLetters) {
		return false, false // a preposition glued to a noun: "لعام", "بنسبة"
	}
	if s.inName && (starts || !verb) {
		return s.bare(key) // the rest of a person's name; an imperfect verb ends it ("تجري")
	}

	if starts {
		return s.bare(key) // "بوضياف", "بن"
	}
	if preposition || verb {
		return false, false // "بنسبة", "لتقليص", "يستقبل"
	}
	return s.bare(key)
}

// bare takes a word without the article as a proper name.
func (s *nameScan) bare(key string) (ok, specific bool) {
	s.inName = true
	return true, !s.d.l.Inst.Generic[key]
}

// nameStart reports whether a word is one of the pack's name_starts ("بن",
// or a prefix ending in "*").
func (d *doc) nameStart(key string) bool {
	starts := false
	for _, p := range d.l.Inst.NameStarts {
		if pre, ok := strings.CutSuffix(p, "*"); ok && strings.HasPrefix(key, pre) || key == p {
			starts = true
		}
	}
	return starts
}
