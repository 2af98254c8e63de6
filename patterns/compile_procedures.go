package patterns

import "github.com/newsx/newsx/lang"

// compileProcedures compiles procedures: the noun regexes, and the
// phrases around counts; reverse phrases get their clitic forms.
func compileProcedures(c string, p Procedures, clitics []Ending) (LangProcedures, error) {
	r := LangProcedures{Implied: map[string]int64{}}
	var err error
	if r.Nouns, err = tokenRegex(c, p.Nouns); err != nil {
		return r, err
	}
	if r.NotCounted, err = tokenRegex(c, p.NotCounted); err != nil {
		return r, err
	}
	if r.Heads, err = tokenRegex(c, p.Heads); err != nil {
		return r, err
	}
	for w, n := range p.Implied {
		r.Implied[lang.Key(w)] = n
	}
	r.MaxGap = p.MaxGap
	r.Skip = newSet(c, p.Skip)
	r.Subsets = NewPhrases(phrases(c, p.Subsets, ""))
	r.Rates = NewPhrases(phrases(c, p.Rates, ""))
	var rev []Phrase
	for _, ph := range phrases(c, p.Reverse, "") {
		rev = append(rev, glued(clitics, ph)...)
	}
	r.Reverse = NewPhrases(rev)
	r.ForWhom = newSet(c, p.ForWhom)
	r.Elided = NewPhrases(phrases(c, p.Elided, ""))
	return r, nil
}
