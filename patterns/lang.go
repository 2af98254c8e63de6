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

	Inst LangInstitutions
	City LangCities
}

// LangNumbers is numbers: compiled.
type LangNumbers struct {
	Words       *Phrases // Value unused; Num is the index into Info
	Info        []NumberInfo
	Connectors  Set
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
	Reverse    *Phrases
	ForWhom    Set
	Elided     *Phrases
	Types      []LangTypeRule // ordered: the first that matches wins
	TypeReach  int
}

// LangTypeRule is a procedures.types rule: compiled, one regex per word
// of each phrase.
type LangTypeRule struct {
	Type, Organ string
	Words       [][]*regexp.Regexp
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

// LangInstitutions is institutions: compiled.
type LangInstitutions struct {
	Grammar          Grammar
	Definite         Definite // keys of the definite grammar's affixes
	Triggers         *Phrases // Value is the kind
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
	Official         Set
	SelfNamed        Set
	Articles         Set
	AfterAnd         []string
	Expansions       map[string][]string
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
