package patterns

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/newsx/newsx/lang"
)

// DateRegex is a compiled date rule. Re matches any case; Lower matches
// lowercased text, which Go's regexp runs several times faster than a
// case-insensitive alternation of month names.
type DateRegex struct {
	Re        *regexp.Regexp
	Lower     *regexp.Regexp
	Precision string
	Named     bool // uses a month name: runs only where one occurs
}

// compileMonths compiles months: each form's key to its number, and every
// word of every form.
func compileMonths(c string, ms []Month) (map[string]int, Set, error) {
	months, words := map[string]int{}, Set{}
	for _, m := range ms {
		if m.Number < 1 || m.Number > 12 {
			return nil, nil, &Error{File: c, Msg: fmt.Sprintf("month number %d out of 1..12", m.Number)}
		}
		for _, w := range m.Words {
			months[lang.Key(w)] = m.Number
			for _, k := range lang.Keys(w) {
				words[k] = true
			}
		}
	}
	return months, words, nil
}

// compileDates compiles dates: each template with its placeholders
// expanded, and its lowercased twin.
func compileDates(c string, rules []DateRule, months map[string]int) ([]DateRegex, error) {
	var out []DateRegex
	for _, d := range rules {
		dr, err := compileDateRule(c, d, months)
		if err != nil {
			return nil, err
		}
		out = append(out, dr)
	}
	return out, nil
}

// compileDateRule compiles one template and checks its precision.
func compileDateRule(c string, d DateRule, months map[string]int) (DateRegex, error) {
	re, err := compileDate(c, d.Regex, months)
	if err != nil {
		return DateRegex{}, err
	}
	lower, err := regexp.Compile(strings.TrimPrefix(lowerPattern(re.String()), "(?i)"))
	if err != nil {
		return DateRegex{}, d.Regex.errorf("bad regex: " + err.Error())
	}
	switch d.Precision {
	case "day", "month", "year":
	default:
		return DateRegex{}, &Error{File: d.Regex.File, Line: d.Regex.Line, Msg: fmt.Sprintf("precision %q is not day, month or year", d.Precision)}
	}
	return DateRegex{Re: re, Lower: lower, Precision: d.Precision, Named: strings.Contains(d.Regex.Src, "{month}") || strings.Contains(d.Regex.Src, "{month2}")}, nil
}

// withClitics returns a phrase and its forms with each clitic glued to its
// first word, rewritten ones included ("العام الماضي", "والعام الماضي",
// "للعام الماضي" for the clitic لل -> ال).
func withClitics(clitics []Ending, ph Phrase) []Phrase {
	out := []Phrase{ph}
	if len(ph.Keys) == 0 {
		return out
	}
	for _, c := range clitics {
		rest, ok := strings.CutPrefix(ph.Keys[0], c.To)
		if !ok {
			continue
		}
		keys := append([]string{c.From + rest}, ph.Keys[1:]...)
		out = append(out, Phrase{Keys: keys, Value: ph.Value, Num: ph.Num})
	}
	return out
}

// relativeUnits are the units of relative_dates.phrases: each is the
// precision of the date it gives.
var relativeUnits = map[string]bool{"year": true, "month": true, "day": true}

// compileRelative compiles relative_dates: phrases keyed by their words
// (the unit in Value, the offset in Num), and templates that have a month
// name and no year. A template needs {month}: it runs only near month
// names, so that an article without one costs nothing.
func compileRelative(c string, r RelativeDates, months map[string]int, clitics []Ending) (LangRelative, error) {
	var out LangRelative
	var ps []Phrase
	for _, p := range r.Phrases {
		if !relativeUnits[p.Unit.Src] {
			return out, p.Unit.errorf(fmt.Sprintf("unit %q is not year, month or day", p.Unit.Src))
		}
		if len(p.Words) == 0 {
			return out, p.Unit.errorf("a relative phrase needs words")
		}
		if p.Offset < -100 || p.Offset > 100 {
			return out, p.Unit.errorf(fmt.Sprintf("offset %d is not within -100..100", p.Offset))
		}
		for _, ph := range phrases(c, p.Words, p.Unit.Src) {
			ph.Num = int64(p.Offset)
			ps = append(ps, withClitics(clitics, ph)...)
		}
	}
	out.Phrases = NewPhrases(ps)
	for _, t := range r.Templates {
		src := t.Regex.Src
		switch {
		case strings.Contains(src, "{year}"):
			return out, t.Regex.errorf("a relative template has no {year}: the publication date gives it")
		case strings.Contains(src, "{day2}") || strings.Contains(src, "{month2}"):
			return out, t.Regex.errorf("a relative template has no range ({day2}, {month2})")
		case !strings.Contains(src, "{month}"):
			return out, t.Regex.errorf("a relative template needs {month}: it runs only near month names")
		case t.Precision != "day" && t.Precision != "month":
			return out, t.Regex.errorf(fmt.Sprintf("precision %q is not day or month", t.Precision))
		case t.Precision == "day" && !strings.Contains(src, "{day}"):
			return out, t.Regex.errorf("precision day needs {day}")
		}
		dr, err := compileDateRule(c, DateRule{Regex: t.Regex, Precision: t.Precision}, months)
		if err != nil {
			return out, err
		}
		rr := RelativeRegex{DateRegex: dr, Latest: t.Year == nil, Keywords: regexKeywords(dr.Lower.String())}
		if t.Year != nil {
			if *t.Year < -100 || *t.Year > 100 {
				return out, t.Regex.errorf(fmt.Sprintf("year %d is not within -100..100", *t.Year))
			}
			rr.Year = *t.Year
		}
		out.Templates = append(out.Templates, rr)
	}
	return out, nil
}

// compileYears compiles years; no bounds means 1900 to 2100.
func compileYears(c string, p Years) LangYears {
	y := LangYears{Min: p.Min, Max: p.Max}
	if y.Min == 0 {
		y.Min, y.Max = 1900, 2100
	}
	y.After = newSet(c, p.After)
	y.Before = newSet(c, p.Before)
	y.BareMin = p.BareMin
	y.NotBefore = NewPhrases(phrases(c, p.NotBefore, ""))
	return y
}

// lowerPattern lowercases a regex's literal letters, leaving escapes
// ("\\S", "\\P{L}") and group names as they are.
func lowerPattern(src string) string {
	var b strings.Builder
	rs := []rune(src)
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == '\\' && i+1 < len(rs):
			b.WriteRune(rs[i])
			b.WriteRune(rs[i+1])
			i++
			if (rs[i] == 'p' || rs[i] == 'P') && i+1 < len(rs) && rs[i+1] == '{' {
				for i+1 < len(rs) && rs[i] != '}' {
					i++
					b.WriteRune(rs[i])
				}
			}
		case rs[i] == 'P' && i > 0 && rs[i-1] == '?': // "(?P<name>"
			for i < len(rs) && rs[i] != '>' {
				b.WriteRune(rs[i])
				i++
			}
			if i < len(rs) {
				b.WriteRune(rs[i])
			}
		default:
			b.WriteRune(unicode.ToLower(rs[i]))
		}
	}
	return b.String()
}

// compileDate expands a date template's placeholders into named groups.
// {month} matches any word (and the pack's multi-word month names): the
// extractor keeps a match only if the word is a month, which is far
// cheaper than a regex alternation of every month form.
func compileDate(code string, r Regex, months map[string]int) (*regexp.Regexp, error) {
	var multi []string
	for m := range months {
		if strings.Contains(m, " ") {
			multi = append(multi, regexp.QuoteMeta(m))
		}
	}
	sort.Slice(multi, func(i, j int) bool {
		if len(multi[i]) != len(multi[j]) {
			return len(multi[i]) > len(multi[j])
		}
		return multi[i] < multi[j]
	})
	month := strings.Join(append(multi, `\p{L}+`), "|")
	src := lang.FoldString(r.Src)
	src = strings.NewReplacer(
		"{day}", `(?P<day>[0-3]?[0-9])`,
		"{day2}", `(?P<day2>[0-3]?[0-9])`,
		"{monthnum}", `(?P<monthnum>[01]?[0-9])`,
		"{month}", `(?P<month>`+month+`)`,
		"{month2}", `(?P<month2>`+month+`)`,
		"{year}", `(?P<year>(?:1[89]|20)[0-9][0-9])`,
	).Replace(src)
	re, err := regexp.Compile(`(?i)` + src)
	if err != nil {
		return nil, r.errorf("bad regex: " + err.Error())
	}
	return re, nil
}
