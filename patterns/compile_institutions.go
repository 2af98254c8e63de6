package patterns

import "github.com/newsx/newsx/lang"

// compileInstitutions compiles institutions; max_words defaults to 10.
func compileInstitutions(c string, inst Institutions) (LangInstitutions, error) {
	var l LangInstitutions
	var trig []Phrase
	for _, t := range inst.Triggers {
		trig = append(trig, phrases(c, t.Words, string(t.Kind))...)
	}
	l.Triggers = NewPhrases(trig)
	var known []Phrase
	for _, t := range inst.Known {
		known = append(known, phrases(c, t.Words, string(t.Kind))...)
	}
	l.Known = NewPhrases(known)
	l.Departments = NewPhrases(phrases(c, inst.Departments, "department"))
	l.Connectors = newSet(c, inst.Connectors)
	l.Stop = newSet(c, inst.Stop)
	l.Generic = newSet(c, inst.Generic)
	l.AdjSuffixes = keys(c, inst.AdjSuffixes)
	l.GenitiveSuffixes = keys(c, inst.GenitiveSuffixes)
	l.NounSuffixes = keys(c, inst.NounSuffixes)
	l.Open = newSet(c, inst.Open)
	l.Conjunctions = newSet(c, inst.Conjunctions)
	l.Continuers = newSet(c, inst.Continuers)
	l.NameStarts = keys(c, inst.NameStarts)
	l.SurnameSuffixes = keys(c, inst.SurnameSuffixes)
	l.GivenNames = newSet(c, inst.GivenNames)
	l.PlaceAdjectives.Endings = keys(c, inst.PlaceAdjectives.Endings)
	l.PlaceAdjectives.Stems = endingKeys(inst.PlaceAdjectives.Stems)
	l.Official = newSet(c, inst.Official)
	l.SelfNamed = newSet(c, inst.SelfNamed)
	l.Articles = newSet(c, inst.Articles)
	l.AfterAnd = keys(c, inst.AfterAnd)
	l.Expansions = map[string][]string{}
	for short, long := range inst.Expansions {
		l.Expansions[lang.Key(short)] = lang.Keys(long)
	}
	l.Grammar = inst.Grammar
	var err error
	if l.Definite, err = definite(c, inst.Definite); err != nil {
		return l, err
	}
	l.NotAcronyms = newSet(c, inst.NotAcronyms)
	l.MaxWords = inst.MaxWords
	if l.MaxWords == 0 {
		l.MaxWords = 10
	}
	l.Nominative, err = compileNominative(inst.Nominative)
	return l, err
}

// definite normalizes the definite grammar's affixes as words are. One
// that normalizes to nothing (a lone tatweel) would begin or end every
// word: it is refused, as the loader refuses an empty one.
func definite(code string, d Definite) (Definite, error) {
	out := Definite{
		Article:            lang.Key(d.Article),
		ArticleComplements: keys(code, d.ArticleComplements),
		ArticleClitics:     keys(code, d.ArticleClitics),
		Complements:        keys(code, d.Complements),
		Prepositions:       keys(code, d.Prepositions),
		PersonLetters:      keys(code, d.PersonLetters),
		VerbPrefixes:       keys(code, d.VerbPrefixes),
		Possessives:        keys(code, d.Possessives),
		Plurals:            keys(code, d.Plurals),
		Objects:            keys(code, d.Objects),
		WrittenPossessives: keys(code, d.WrittenPossessives),
	}
	for _, list := range []Affixes{out.ArticleComplements, out.ArticleClitics, out.Complements, out.Prepositions, out.PersonLetters, out.VerbPrefixes, out.Possessives, out.Plurals, out.Objects, out.WrittenPossessives} {
		for _, a := range list {
			if a == "" {
				return Definite{}, &Error{File: code, Msg: "institutions.definite: an affix normalizes to nothing"}
			}
		}
	}
	if out.Article == "" && d.Article != "" {
		return Definite{}, &Error{File: code, Msg: "institutions.definite.article: normalizes to nothing"}
	}
	return out, nil
}
