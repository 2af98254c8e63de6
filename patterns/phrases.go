package patterns

import (
	"sort"

	"github.com/newsx/newsx/lang"
)

// Phrase is a sequence of token keys with a value attached.
type Phrase struct {
	Keys  []string
	Value string
	Num   int64
}

// Phrases finds pack phrases in token streams, longest first.
type Phrases struct {
	byFirst map[string][]Phrase
	byLast  map[string][]Phrase
}

// NewPhrases indexes phrases.
func NewPhrases(ps []Phrase) *Phrases {
	p := &Phrases{byFirst: map[string][]Phrase{}, byLast: map[string][]Phrase{}}
	for _, ph := range ps {
		if len(ph.Keys) == 0 {
			continue
		}
		p.byFirst[ph.Keys[0]] = append(p.byFirst[ph.Keys[0]], ph)
		last := ph.Keys[len(ph.Keys)-1]
		p.byLast[last] = append(p.byLast[last], ph)
	}
	for _, m := range []map[string][]Phrase{p.byFirst, p.byLast} {
		for k := range m {
			sort.SliceStable(m[k], func(i, j int) bool { return len(m[k][i].Keys) > len(m[k][j].Keys) })
		}
	}
	return p
}

// At returns the longest phrase starting at toks[i].
func (p *Phrases) At(toks []lang.Token, i int) (Phrase, bool) {
	if i >= len(toks) {
		return Phrase{}, false
	}
	for _, ph := range p.byFirst[toks[i].Key] {
		if i+len(ph.Keys) <= len(toks) && keysAt(toks, i, ph.Keys) {
			return ph, true
		}
	}
	return Phrase{}, false
}

// Before returns the longest phrase ending just before toks[end].
func (p *Phrases) Before(toks []lang.Token, end int) (Phrase, bool) {
	if end <= 0 || end > len(toks) {
		return Phrase{}, false
	}
	for _, ph := range p.byLast[toks[end-1].Key] {
		start := end - len(ph.Keys)
		if start >= 0 && keysAt(toks, start, ph.Keys) {
			return ph, true
		}
	}
	return Phrase{}, false
}

func keysAt(toks []lang.Token, i int, keys []string) bool {
	for j, k := range keys {
		if toks[i+j].Key != k {
			return false
		}
	}
	return true
}

// Set is a set of single-token keys.
type Set map[string]bool

func newSet(code string, words []string) Set {
	s := Set{}
	for _, w := range words {
		s[lang.Key(w)] = true
	}
	return s
}

// Single returns the one-token phrase whose key is key.
func (p *Phrases) Single(key string) (Phrase, bool) {
	for _, ph := range p.byFirst[key] {
		if len(ph.Keys) == 1 {
			return ph, true
		}
	}
	return Phrase{}, false
}

// AtKey is At with the first token's key replaced by first (a word with its
// clitic cut: "بالمستشفى" looked up as "المستشفى").
func (p *Phrases) AtKey(first string, toks []lang.Token, i int) (Phrase, bool) {
	for _, ph := range p.byFirst[first] {
		if i+len(ph.Keys) <= len(toks) && keysAt(toks[i+1:], 0, ph.Keys[1:]) {
			return ph, true
		}
	}
	return Phrase{}, false
}
