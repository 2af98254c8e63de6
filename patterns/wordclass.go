package patterns

import "strings"

// Word classes of Lang.Class: which whole-token regexes a word matches.
const (
	ProcNounClass   = 1 << iota // a procedure noun ("opérations")
	NotCountedClass             // a noun that counts something else ("médecins")
	HeadClass                   // a head noun ("cas", "حالة")
	TypeStartClass              // the first word of a procedures.types phrase ("greffes", "زرع")
)

// Class returns the word classes of a token key. Results are cached: an
// article's words repeat, and a language's vocabulary is bounded.
func (l *Lang) Class(key string) int {
	if c, ok := l.classes.Load(key); ok {
		return c.(int)
	}
	c := 0
	if l.Proc.Nouns.MatchString(key) {
		c |= ProcNounClass
	}
	if l.Proc.NotCounted.MatchString(key) {
		c |= NotCountedClass
	}
	if l.Proc.Heads.MatchString(key) {
		c |= HeadClass
	}
	if l.Proc.TypeStarts != nil && l.Proc.TypeStarts.MatchString(key) {
		c |= TypeStartClass
	}
	if l.classesN.Load() < 100_000 { // bounded: memory stays flat over any corpus
		l.classesN.Add(1)
		// a copy: the key is a slice of an article, which it would keep alive
		l.classes.Store(strings.Clone(key), c)
	}
	return c
}
