package extract

import (
	"strings"
	"unicode/utf8"
)

// The definite grammar (institutions.grammar: definite) builds names in a
// script without capitals, by the affixes of the pack's
// institutions.definite: the article, glued prepositions, verb prefixes,
// possessives.

// definiteNameWord decides whether word j continues a name of the definite
// grammar (Arabic), and whether it makes the name specific, by the affixes
// of the pack's institutions.definite. Words with the article (adjectives,
// genitives) continue it; after an indefinite trigger ("مستشفى ابن سينا")
// or an adjective, bare words are proper names, and a proper name goes on
// over the words of a person's name ("مصطفى باشا", "بشير بن ناصر", "ابن
// باديس"). A word with a glued preposition, a place with a glued locative
// ("بقسنطينة", left to placeAfter) or an imperfect verb ("يستقبل") ends
// it unless the pack's name_starts make it a name word; a possessive ends it.
func (d *doc) definiteNameWord(j int, first, definite bool, sawAdj, inName *bool) (bool, bool) {
	key := d.toks[j].Key
	g := &d.l.Definite
	long := utf8.RuneCountInString(key) >= minAffixed
	bare := func() (bool, bool) { *inName = true; return true, !d.l.Generic[key] }
	switch {
	case d.definite(key):
		*sawAdj, *inName = true, false
		return true, !d.l.Generic[key]
	case hasPrefix(key, g.ArticleComplements):
		*inName = false
		return true, true // "للأطفال": a complement of the name
	case first && !definite:
		return bare()
	case definite && !*sawAdj:
		return false, false // "المستشفى يستعد"
	}
	if _, isPlace := d.placeAfter(j); isPlace {
		return false, false
	}
	if hasPrefix(key, g.ArticleClitics) {
		return false, false // "بالتنسيق", "والمحسنون"
	}
	if long && hasAnySuffix(key, g.Possessives) {
		return false, false // a possessive: "حملتها" (its campaign)
	}
	if _, _, isNum := d.numberWord(j); isNum {
		return false, false // "مؤسسة مجدي يعقوب ... خمسين"
	}
	starts := false
	for _, p := range d.l.NameStarts {
		if pre, ok := strings.CutSuffix(p, "*"); ok && strings.HasPrefix(key, pre) || key == p {
			starts = true
		}
	}
	if d.l.MonthWords[key] {
		return bare() // "أول نوفمبر", "20 أوت"
	}
	// a complement before a word with the article continues the name
	// ("مركز قطر لزراعة الأعضاء")
	if long && hasPrefix(key, g.Complements) && j+1 < len(d.toks) && d.definite(d.toks[j+1].Key) {
		*inName = false
		return true, true
	}
	preposition := long && hasPrefix(key, g.Prepositions)
	verb := long && hasPrefix(key, g.VerbPrefixes)
	if *inName && !starts && preposition && !hasPrefix(key, g.PersonLetters) {
		return false, false // a preposition glued to a noun: "لعام", "بنسبة"
	}
	if *inName && (starts || !verb) {
		return bare() // the rest of a person's name; an imperfect verb ends it ("تجري")
	}

	if starts {
		return bare() // "بوضياف", "بن"
	}
	if preposition || verb {
		return false, false // "بنسبة", "لتقليص", "يستقبل"
	}
	return bare()
}

// definiteWord decides whether word j continues a name of the definite
// grammar: see definiteNameWord.
func (s *nameScan) definiteWord(j int) (ok, specific bool) {
	return s.d.definiteNameWord(j, j == s.end, s.definite, &s.sawAdj, &s.inName)
}
