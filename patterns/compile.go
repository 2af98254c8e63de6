package patterns

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/newsx/newsx/lang"
)

// NumberInfo is a compiled number word.
type NumberInfo struct {
	Value      int64
	Multiplier bool
	Scale      bool
	Alone      bool
}

// DateRegex is a compiled date rule. Re matches any case; Lower matches
// lowercased text, which Go's regexp runs several times faster than a
// case-insensitive alternation of month names.
type DateRegex struct {
	Re        *regexp.Regexp
	Lower     *regexp.Regexp
	Precision string
	Named     bool // uses a month name: runs only where one occurs
}

// Word classes of Lang.Class: which whole-token regexes a word matches.
const (
	ProcNounClass   = 1 << iota // a procedure noun ("opérations")
	NotCountedClass             // a noun that counts something else ("médecins")
	HeadClass                   // a head noun ("cas", "حالة")
)

// Class returns the word classes of a token key. Results are cached: an
// article's words repeat, and a language's vocabulary is bounded.
func (l *Lang) Class(key string) int {
	if c, ok := l.classes.Load(key); ok {
		return c.(int)
	}
	c := 0
	if l.ProcNoun.MatchString(key) {
		c |= ProcNounClass
	}
	if l.NotCounted.MatchString(key) {
		c |= NotCountedClass
	}
	if l.Heads.MatchString(key) {
		c |= HeadClass
	}
	if l.classesN.Load() < 100_000 { // bounded: memory stays flat over any corpus
		l.classesN.Add(1)
		// a copy: the key is a slice of an article, which it would keep alive
		l.classes.Store(strings.Clone(key), c)
	}
	return c
}

// Lang is a compiled language pack, shared read-only by all workers.
type Lang struct {
	Code     string
	Cased    bool
	classes  sync.Map // token key -> word classes
	classesN atomic.Int64

	Numbers     *Phrases // Value unused; Num is the index into NumberInfo
	NumberInfo  []NumberInfo
	NumberJoin  Set
	Clitics     []Ending
	Approximate *Phrases

	Qualifiers   *Phrases
	RangeOpeners *Phrases
	RangeJoin    *Phrases

	ProcNoun   *regexp.Regexp
	NotCounted *regexp.Regexp
	Heads      *regexp.Regexp
	Implied    map[string]int64
	MaxGap     int
	GapSkip    Set
	Subsets    *Phrases
	Rates      *Phrases
	Reverse    *Phrases
	ForWhom    Set
	Elided     *Phrases

	Months      map[string]int
	MonthWords  Set // every word of every month name, to find where dates may be
	Dates       []DateRegex
	YearMin     int
	YearMax     int
	YearAfter   Set
	YearBefore  Set
	YearBareMin int
	YearNot     *Phrases // phrases before a year that make it no date ("©")

	Triggers     *Phrases // Value is the kind
	Departments  *Phrases
	InstJoin     Set
	InstStop     Set
	Generic      Set
	AdjSuffixes  []string
	GenSuffixes  []string
	NounSuffixes []string
	Open         Set
	Conjunctions Set
	Continuers   Set
	NameStarts   []string
	Surnames     []string
	Official     Set
	SelfNamed    Set
	InstArticles Set
	AfterAnd     []string
	Expansions   map[string][]string
	Grammar      Grammar
	Definite     Definite // keys of the definite grammar's affixes
	NotAcronyms  Set
	MaxWords     int

	CityEndings  []Ending
	CityStop     Set
	CityContext  Set
	CityArticles Set
	Locative     Set
	NotAfter     Set
	Regions      Set
	SmallPlace   int
}

// Compile builds the matchers of a pack.
func Compile(p *Pack) (*Lang, error) {
	c := p.Language.Src
	l := &Lang{Code: c, Cased: p.Cased, Implied: map[string]int64{}, Months: map[string]int{}, MonthWords: Set{}}

	var nums []Phrase
	for _, w := range p.Numbers.Words {
		alone := w.Alone == nil || *w.Alone
		l.NumberInfo = append(l.NumberInfo, NumberInfo{Value: w.Value, Multiplier: w.Multiplier, Scale: w.Scale, Alone: alone})
		for _, form := range w.Words {
			nums = append(nums, Phrase{Keys: lang.Keys(form), Num: int64(len(l.NumberInfo) - 1)})
		}
	}
	l.Numbers = NewPhrases(nums)
	l.NumberJoin = newSet(c, p.Numbers.Connectors)
	for _, e := range p.Clitics {
		l.Clitics = append(l.Clitics, Ending{From: lang.Key(e.From), To: lang.Key(e.To)})
	}
	var approx []Phrase
	for _, w := range p.Numbers.Approximate {
		for _, form := range w.Words {
			approx = append(approx, Phrase{Keys: lang.Keys(form), Num: w.Value})
		}
	}
	l.Approximate = NewPhrases(approx)

	var quals []Phrase
	for q, forms := range p.Qualifiers {
		if !validQualifier[q] {
			return nil, &Error{File: c, Msg: fmt.Sprintf("unknown qualifier %q", q)}
		}
		for _, f := range forms {
			quals = append(quals, glued(l.Clitics, Phrase{Keys: lang.Keys(f), Value: q})...)
		}
	}
	sort.SliceStable(quals, func(i, j int) bool { return strings.Join(quals[i].Keys, " ") < strings.Join(quals[j].Keys, " ") })
	l.Qualifiers = NewPhrases(quals)
	var openers []Phrase
	for _, ph := range phrases(c, p.Ranges.Openers, "") {
		openers = append(openers, glued(l.Clitics, ph)...)
	}
	l.RangeOpeners = NewPhrases(openers)
	l.Elided = NewPhrases(phrases(c, p.Procedures.Elided, ""))
	l.RangeJoin = NewPhrases(phrases(c, p.Ranges.Connectors, ""))

	var err error
	if l.ProcNoun, err = tokenRegex(c, p.Procedures.Nouns); err != nil {
		return nil, err
	}
	if l.NotCounted, err = tokenRegex(c, p.Procedures.NotCounted); err != nil {
		return nil, err
	}
	if l.Heads, err = tokenRegex(c, p.Procedures.Heads); err != nil {
		return nil, err
	}
	for w, n := range p.Procedures.Implied {
		l.Implied[lang.Key(w)] = n
	}
	l.MaxGap = p.Procedures.MaxGap
	l.GapSkip = newSet(c, p.Procedures.Skip)
	l.Subsets = NewPhrases(phrases(c, p.Procedures.Subsets, ""))
	l.Rates = NewPhrases(phrases(c, p.Procedures.Rates, ""))
	var rev []Phrase
	for _, ph := range phrases(c, p.Procedures.Reverse, "") {
		rev = append(rev, glued(l.Clitics, ph)...)
	}
	l.Reverse = NewPhrases(rev)
	l.ForWhom = newSet(c, p.Procedures.ForWhom)

	for _, m := range p.Months {
		if m.Number < 1 || m.Number > 12 {
			return nil, &Error{File: c, Msg: fmt.Sprintf("month number %d out of 1..12", m.Number)}
		}
		for _, w := range m.Words {
			l.Months[lang.Key(w)] = m.Number
			for _, k := range lang.Keys(w) {
				l.MonthWords[k] = true
			}
		}
	}
	for _, d := range p.Dates {
		re, err := compileDate(c, d.Regex, l.Months)
		if err != nil {
			return nil, err
		}
		lower, err := regexp.Compile(strings.TrimPrefix(lowerPattern(re.String()), "(?i)"))
		if err != nil {
			return nil, &Error{File: d.Regex.File, Line: d.Regex.Line, Msg: "bad regex: " + err.Error()}
		}
		switch d.Precision {
		case "day", "month", "year":
		default:
			return nil, &Error{File: d.Regex.File, Line: d.Regex.Line, Msg: fmt.Sprintf("precision %q is not day, month or year", d.Precision)}
		}
		l.Dates = append(l.Dates, DateRegex{Re: re, Lower: lower, Precision: d.Precision, Named: strings.Contains(d.Regex.Src, "{month}") || strings.Contains(d.Regex.Src, "{month2}")})
	}
	l.YearMin, l.YearMax = p.Years.Min, p.Years.Max
	if l.YearMin == 0 {
		l.YearMin, l.YearMax = 1900, 2100
	}
	l.YearAfter = newSet(c, p.Years.After)
	l.YearBefore = newSet(c, p.Years.Before)
	l.YearBareMin = p.Years.BareMin
	l.YearNot = NewPhrases(phrases(c, p.Years.NotBefore, ""))

	inst := p.Institutions
	var trig []Phrase
	for _, t := range inst.Triggers {
		trig = append(trig, phrases(c, t.Words, t.Kind)...)
	}
	l.Triggers = NewPhrases(trig)
	l.Departments = NewPhrases(phrases(c, inst.Departments, "department"))
	l.InstJoin = newSet(c, inst.Connectors)
	l.InstStop = newSet(c, inst.Stop)
	l.Generic = newSet(c, inst.Generic)
	l.AdjSuffixes = keys(c, inst.AdjSuffixes)
	l.GenSuffixes = keys(c, inst.GenSuffixes)
	l.NounSuffixes = keys(c, inst.NounSuffixes)
	l.Open = newSet(c, inst.Open)
	l.Conjunctions = newSet(c, inst.Conjunctions)
	l.Continuers = newSet(c, inst.Continuers)
	l.NameStarts = keys(c, inst.NameStarts)
	l.Surnames = keys(c, inst.Surnames)
	l.Official = newSet(c, inst.Official)
	l.SelfNamed = newSet(c, inst.SelfNamed)
	l.InstArticles = newSet(c, inst.Articles)
	l.AfterAnd = keys(c, inst.AfterAnd)
	l.Expansions = map[string][]string{}
	for short, long := range inst.Expansions {
		l.Expansions[lang.Key(short)] = lang.Keys(long)
	}
	l.Grammar = inst.Grammar
	if l.Definite, err = definite(c, inst.Definite); err != nil {
		return nil, err
	}
	l.NotAcronyms = newSet(c, inst.NotAcronyms)
	l.MaxWords = inst.MaxWords
	if l.MaxWords == 0 {
		l.MaxWords = 10
	}

	for _, e := range p.CityRules.Endings {
		l.CityEndings = append(l.CityEndings, Ending{From: lang.Key(e.From), To: lang.Key(e.To)})
	}
	l.CityStop = newSet(c, p.CityRules.Stop)
	l.CityContext = newSet(c, p.CityRules.Context)
	l.CityArticles = newSet(c, p.CityRules.Articles)
	l.Locative = newSet(c, p.CityRules.Locative)
	l.NotAfter = newSet(c, p.CityRules.NotAfter)
	l.Regions = newSet(c, p.CityRules.Regions)
	l.SmallPlace = p.CityRules.SmallPopulation
	return l, nil
}

var validQualifier = map[string]bool{
	"exact": true, "more_than": true, "at_least": true, "about": true,
	"less_than": true, "at_most": true, "range": true,
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
	}
	for _, list := range []Affixes{out.ArticleComplements, out.ArticleClitics, out.Complements, out.Prepositions, out.PersonLetters, out.VerbPrefixes, out.Possessives} {
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
			return nil, &Error{File: p.File, Line: p.Line, Msg: "bad regex: " + err.Error()}
		}
		alts[i] = "(?:" + src + ")"
	}
	return regexp.MustCompile(`^(?i:` + strings.Join(alts, "|") + `)$`), nil
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
		return nil, &Error{File: r.File, Line: r.Line, Msg: "bad regex: " + err.Error()}
	}
	return re, nil
}

// Bundle is everything the extractor needs: one compiled pack per language,
// what the language detector is built from, and the gazetteer.
type Bundle struct {
	Langs     map[string]*Lang
	Languages []lang.Spec // one per pack, in folder order
	Gazetteer *Gazetteer
}

// Load reads and compiles every language folder and the geo folder of fsys.
func Load(fsys fs.FS) (*Bundle, error) {
	b := &Bundle{Langs: map[string]*Lang{}, Gazetteer: &Gazetteer{}}
	if g, err := fs.Stat(fsys, GeoDir); err == nil && g.IsDir() {
		if b.Gazetteer, err = LoadGazetteer(fsys, GeoDir); err != nil {
			return nil, err
		}
	}
	packs, dirs, err := loadPacks(fsys)
	if err != nil {
		return nil, err
	}
	for i, p := range packs {
		l, err := Compile(p)
		if err != nil {
			if pe, ok := err.(*Error); ok && pe.File == p.Language.Src {
				pe.File = path.Join(dirs[i], "*.yaml")
			}
			return nil, err
		}
		b.Langs[l.Code] = l
	}
	if b.Languages, err = specs(packs, dirs); err != nil {
		return nil, err
	}
	return b, nil
}
