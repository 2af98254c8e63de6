package patterns

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/newsx/newsx/lang"
)

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
	var before []Phrase
	for _, ph := range phrases(c, p.Differences.Before, "") {
		before = append(before, glued(clitics, ph)...)
	}
	r.DiffBefore = NewPhrases(before)
	r.DiffAfter = NewPhrases(phrases(c, p.Differences.After, ""))
	var rev []Phrase
	for _, ph := range phrases(c, p.Reverse, "") {
		rev = append(rev, glued(clitics, ph)...)
	}
	r.Reverse = NewPhrases(rev)
	r.ForWhom = newSet(c, p.ForWhom)
	r.Pronouns = newSet(c, p.Pronouns)
	r.Elided = NewPhrases(phrases(c, p.Elided, ""))
	r.TypeReach = p.TypeReach
	if r.Types, err = compileTypes(c, p.Types); err != nil {
		return r, err
	}
	r.TypeStarts = typeStarts(r.Types)
	for _, x := range []struct {
		dst   **regexp.Regexp
		parts []Regex
	}{{&r.Patients, p.Patients}, {&r.Operated, p.Operated}, {&r.Underwent, p.Underwent}, {&r.Grafted, p.Grafted}} {
		if *x.dst, err = tokenRegex(c, x.parts); err != nil {
			return r, err
		}
	}
	for _, o := range p.Organs {
		if o.Organ == "" || len(o.Words) == 0 {
			return r, &Error{File: c, Msg: fmt.Sprintf("procedures.organs: an entry needs an organ and words (organ %q)", o.Organ)}
		}
		re, err := tokenRegex(c, o.Words)
		if err != nil {
			return r, err
		}
		r.Organs = append(r.Organs, LangOrgan{Organ: string(o.Organ), Words: re})
	}
	return r, nil
}

// compileTypes compiles procedures.types in the order that decides: by
// ProcedureTypes, and within a type a rule with an organ first.
func compileTypes(code string, rules []TypeRule) ([]LangTypeRule, error) {
	var out []LangTypeRule
	for _, t := range rules {
		lr := LangTypeRule{Type: string(t.Type), Organ: string(t.Organ)}
		if len(t.Words) == 0 {
			return nil, &Error{File: code, Msg: fmt.Sprintf("procedures.types: the %s rule has no words", t.Type)}
		}
		if t.Type == "" || t.Organ != "" && t.Type != "transplant" {
			return nil, &Error{File: t.Words[0].File, Line: t.Words[0].Line, Msg: fmt.Sprintf("procedures.types: a rule needs a type, and only transplants have an organ (type %q, organ %q)", t.Type, t.Organ)}
		}
		var err error
		if lr.Words, err = typePhrases(t.Words); err != nil {
			return nil, err
		}
		if lr.Unless, err = typePhrases(t.Unless); err != nil {
			return nil, err
		}
		out = append(out, lr)
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := slices.Index(ProcedureTypes, out[i].Type), slices.Index(ProcedureTypes, out[j].Type)
		if ri != rj {
			return ri < rj
		}
		return out[i].Organ != "" && out[j].Organ == ""
	})
	return out, nil
}

// typePhrases compiles phrases of whole-word regexes split by spaces.
func typePhrases(words []Regex) ([][]*regexp.Regexp, error) {
	var out [][]*regexp.Regexp
	for _, w := range words {
		var ph []*regexp.Regexp
		for _, part := range strings.Fields(lang.FoldString(w.Src)) {
			re, err := regexp.Compile(`^(?i:` + part + `)$`)
			if err != nil {
				return nil, w.errorf("bad regex: " + err.Error())
			}
			ph = append(ph, re)
		}
		if len(ph) > 0 {
			out = append(out, ph)
		}
	}
	return out, nil
}

// typeStarts joins the first word of every phrase of the type rules into
// one regex, so that a word no rule starts with is told in one cached
// look-up (Class).
func typeStarts(rules []LangTypeRule) *regexp.Regexp {
	var alts []string
	for _, r := range rules {
		for _, set := range [][][]*regexp.Regexp{r.Words, r.Unless} {
			for _, ph := range set {
				alts = append(alts, "(?:"+ph[0].String()+")")
			}
		}
	}
	if len(alts) == 0 {
		return nil
	}
	return regexp.MustCompile(strings.Join(alts, "|"))
}
