package patterns

import (
	"regexp"
	"strings"

	"github.com/newsx/newsx/lang"
)

// Compile builds the matchers of a pack, one section at a time. Clitics
// come first: qualifiers, range openers and reverse phrases get their
// glued forms; months come before the dates that name them.
func Compile(p *Pack) (*Lang, error) {
	c := p.Language.Src
	l := &Lang{Code: c, Cased: p.Cased}
	l.Clitics = endingKeys(p.Clitics)
	l.Numbers = compileNumbers(c, p.Numbers)
	var err error
	if l.Qualifiers, err = compileQualifiers(c, p.Qualifiers, l.Clitics); err != nil {
		return nil, err
	}
	l.Ranges = compileRanges(c, p.Ranges, l.Clitics)
	if l.Proc, err = compileProcedures(c, p.Procedures, l.Clitics); err != nil {
		return nil, err
	}
	if l.Months, l.MonthWords, err = compileMonths(c, p.Months); err != nil {
		return nil, err
	}
	if l.Dates, err = compileDates(c, p.Dates, l.Months); err != nil {
		return nil, err
	}
	l.Years = compileYears(c, p.Years)
	if l.Relative, err = compileRelative(c, p.RelativeDates, l.Months, l.Clitics); err != nil {
		return nil, err
	}
	if l.Inst, err = compileInstitutions(c, p.Institutions); err != nil {
		return nil, err
	}
	l.City = compileCities(c, p.CityRules)
	l.Facts = compileFacts(c, p.Facts, l.Clitics)
	return l, nil
}

// glued returns a phrase and its forms with each clitic glued to its first
// word ("أكثر من" and "وأكثر من", "بحوالي").
func glued(clitics []Ending, ph Phrase) []Phrase {
	out := []Phrase{ph}
	for _, c := range clitics {
		if c.To != "" || len(ph.Keys) == 0 {
			continue
		}
		keys := append([]string{c.From + ph.Keys[0]}, ph.Keys[1:]...)
		out = append(out, Phrase{Keys: keys, Value: ph.Value, Num: ph.Num})
	}
	return out
}

func keys(code string, words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = lang.Key(w)
	}
	return out
}

func phrases(code string, words []string, value string) []Phrase {
	out := make([]Phrase, 0, len(words))
	for _, w := range words {
		out = append(out, Phrase{Keys: lang.Keys(w), Value: value})
	}
	return out
}

// tokenRegex joins whole-token regexes into one anchored, case-insensitive
// regex; each part is checked alone so an error names its own line.
func tokenRegex(code string, parts []Regex) (*regexp.Regexp, error) {
	if len(parts) == 0 {
		return regexp.MustCompile(`^\b$`), nil // matches nothing that is a token
	}
	alts := make([]string, len(parts))
	for i, p := range parts {
		src := lang.FoldString(p.Src)
		if _, err := regexp.Compile(src); err != nil {
			return nil, p.errorf("bad regex: " + err.Error())
		}
		alts[i] = "(?:" + src + ")"
	}
	return regexp.MustCompile(`^(?i:` + strings.Join(alts, "|") + `)$`), nil
}

// endingKeys returns endings with both sides folded to token keys.
func endingKeys(es []Ending) []Ending {
	var out []Ending
	for _, e := range es {
		out = append(out, Ending{From: lang.Key(e.From), To: lang.Key(e.To)})
	}
	return out
}
