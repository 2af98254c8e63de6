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
		re, err := compileDate(c, d.Regex, months)
		if err != nil {
			return nil, err
		}
		lower, err := regexp.Compile(strings.TrimPrefix(lowerPattern(re.String()), "(?i)"))
		if err != nil {
			return nil, d.Regex.errorf("bad regex: " + err.Error())
		}
		switch d.Precision {
		case "day", "month", "year":
		default:
			return nil, &Error{File: d.Regex.File, Line: d.Regex.Line, Msg: fmt.Sprintf("precision %q is not day, month or year", d.Precision)}
		}
		out = append(out, DateRegex{Re: re, Lower: lower, Precision: d.Precision, Named: strings.Contains(d.Regex.Src, "{month}") || strings.Contains(d.Regex.Src, "{month2}")})
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
