package patterns

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/newsx/newsx/lang"
)

// NumberInfo is a compiled number word.
type NumberInfo struct {
	Value      int64
	Multiplier bool
	Scale      bool
	Alone      bool
}

// compileNumbers compiles numbers: each word form is a phrase whose Num
// indexes its NumberInfo.
func compileNumbers(c string, p Numbers) LangNumbers {
	var n LangNumbers
	var nums []Phrase
	for _, w := range p.Words {
		alone := w.Alone == nil || *w.Alone
		n.Info = append(n.Info, NumberInfo{Value: w.Value, Multiplier: w.Multiplier, Scale: w.Scale, Alone: alone})
		for _, form := range w.Words {
			nums = append(nums, Phrase{Keys: lang.Keys(form), Num: int64(len(n.Info) - 1)})
		}
	}
	n.Words = NewPhrases(nums)
	n.Connectors = newSet(c, p.Connectors)
	n.Joins = newSet(c, p.Joins)
	var approx []Phrase
	for _, w := range p.Approximate {
		for _, form := range w.Words {
			approx = append(approx, Phrase{Keys: lang.Keys(form), Num: w.Value})
		}
	}
	n.Approximate = NewPhrases(approx)
	return n
}

// compileQualifiers compiles qualifiers, with their clitic forms; an
// unknown qualifier is an error.
func compileQualifiers(c string, p Qualifiers, clitics []Ending) (*Phrases, error) {
	var quals []Phrase
	for q, forms := range p {
		if !slices.Contains(QualifierNames, q) { // a Qualifiers built in Go, not read
			return nil, &Error{File: c, Msg: fmt.Sprintf("unknown qualifier %q", q)}
		}
		for _, f := range forms {
			quals = append(quals, glued(clitics, Phrase{Keys: lang.Keys(f), Value: q})...)
		}
	}
	sort.SliceStable(quals, func(i, j int) bool { return strings.Join(quals[i].Keys, " ") < strings.Join(quals[j].Keys, " ") })
	return NewPhrases(quals), nil
}

// compileRanges compiles ranges; openers get their clitic forms.
func compileRanges(c string, p Ranges, clitics []Ending) LangRanges {
	var openers []Phrase
	for _, ph := range phrases(c, p.Openers, "") {
		openers = append(openers, glued(clitics, ph)...)
	}
	return LangRanges{Openers: NewPhrases(openers), Connectors: NewPhrases(phrases(c, p.Connectors, ""))}
}
