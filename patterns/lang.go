package patterns

import (
	"regexp"
	"sync"
	"sync/atomic"
)

// Lang is a compiled language pack, shared read-only by all workers. Its
// fields follow the pack's YAML: one field per top-level key, and a
// section's keys under one struct (l.Inst.Connectors is
// institutions.connectors, l.City.Stop is city_rules.stop).
type Lang struct {
	Code     string
	Cased    bool
	classes  sync.Map // token key -> word classes
	classesN atomic.Int64

	Clitics    []Ending
	Numbers    LangNumbers
	Qualifiers *Phrases
	Ranges     LangRanges
	Proc       LangProcedures

	Months     map[string]int
	MonthWords Set // every word of every month name, to find where dates may be
	Dates      []DateRegex
	Years      LangYears
	Relative   LangRelative

	Inst  LangInstitutions
	City  LangCities
	Facts LangFacts
}

// LangNumbers is numbers: compiled.
type LangNumbers struct {
	Words       *Phrases // Value unused; Num is the index into Info
	Info        []NumberInfo
	Connectors  Set
	Joins       Set
	Approximate *Phrases
}

// LangRanges is ranges: compiled.
type LangRanges struct {
	Openers    *Phrases
	Connectors *Phrases
}

// LangProcedures is procedures: compiled.
type LangProcedures struct {
	Nouns      *regexp.Regexp
	NotCounted *regexp.Regexp
	Heads      *regexp.Regexp
	Implied    map[string]int64
	MaxGap     int
	Skip       Set
	Subsets    *Phrases
	Rates      *Phrases
	// DiffBefore and DiffAfter make a count a difference (differences).
	DiffBefore, DiffAfter *Phrases
	Reverse               *Phrases
	ForWhom               Set
	Elided                *Phrases
	Types                 []LangTypeRule // ordered: the first that matches wins
	TypeStarts            *regexp.Regexp // any first word of a type rule's phrase: a prefilter
	TypeReach             int
	Pronouns              Set            // words before a count that refer it to the procedures named last
	Patients              *regexp.Regexp // nouns of people treated
	Operated              *regexp.Regexp // words that say they were operated
	Underwent             *regexp.Regexp // words that say they underwent the procedure named after
	Organs                []LangOrgan    // organ nouns counted as transplants after a Grafted word
	Grafted               *regexp.Regexp
}

// LangOrgan is a procedures.organs entry: compiled.
type LangOrgan struct {
	Organ string
	Words *regexp.Regexp
}

// LangTypeRule is a procedures.types rule: compiled, one regex per word
// of each phrase.
type LangTypeRule struct {
	Type, Organ string
	Words       [][]*regexp.Regexp
	Unless      [][]*regexp.Regexp
}

// LangYears is years: compiled.
type LangYears struct {
	Min       int
	Max       int
	After     Set
	Before    Set
	BareMin   int
	NotBefore *Phrases // phrases before a year that make it no date ("©")
}

// LangRelative is relative_dates: compiled.
type LangRelative struct {
	Phrases   *Phrases // Value is the unit (year, month, day), Num the offset
	Templates []RelativeRegex
}

// Empty reports whether the pack has no relative dates to look for.
func (r LangRelative) Empty() bool {
	return (r.Phrases == nil || len(r.Phrases.byFirst) == 0) && len(r.Templates) == 0
}

// RelativeRegex is a relative_dates template: compiled. Its Named is
// always true: it runs only near month names.
type RelativeRegex struct {
	DateRegex
	Year     int      // years from the publication year, when not Latest
	Latest   bool     // no year given: the latest such date on or before the publication date
	Keywords []string // one is in every match (keywords.go); none: always run
}

// In reports whether lowercased text may hold a match: it holds one of
// the keywords, or there are none.
func (r RelativeRegex) In(lower string) bool { return hasKeyword(lower, r.Keywords) }

// LangInstitutions is institutions: compiled.
type LangInstitutions struct {
	Grammar          Grammar
	Definite         Definite // keys of the definite grammar's affixes
	Triggers         *Phrases // Value is the kind
	Known            *Phrases // bodies named without a trigger; Value is the kind
	Departments      *Phrases
	Connectors       Set
	Stop             Set
	Generic          Set
	AdjSuffixes      []string
	GenitiveSuffixes []string
	NounSuffixes     []string
	Open             Set
	Conjunctions     Set
	Continuers       Set
	NameStarts       []string
	SurnameSuffixes  []string
	GivenNames       Set
	Official         Set
	SelfNamed        Set
	Articles         Set
	AfterAnd         []string
	Expansions       map[string][]string
	PlaceAdjectives  PlaceAdjectives
	NotAcronyms      Set
	MaxWords         int
	Nominative       LangNominative
}

// LangCities is city_rules: compiled.
type LangCities struct {
	Locative        Set
	NotAfter        Set
	Regions         Set
	SmallPopulation int
	Endings         []Ending
	Stop            Set
	Context         Set
	Articles        Set
}
