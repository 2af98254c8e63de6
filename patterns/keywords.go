package patterns

import (
	"regexp/syntax"
	"strings"
)

// Keywords of a template, derived from its regex so that the pack states
// them once: the strings one of which every match must contain, as
// gitleaks keeps a rule's keywords to run its regex only where one
// occurs. They are read from the lowercased regex (Lower): the literal
// part of the pattern that every match needs and that has the fewest,
// longest strings ("{day} {month} (?:dernier|passé)" gives dernier and
// passe; "{month} прошлого года" gives "прошлого года"). None (nil) when
// no such part is found: the template then always runs.

// maxKeywords bounds the strings a part may expand to.
const maxKeywords = 32

// regexKeywords returns the keywords of a lowercase regex, or nil.
func regexKeywords(src string) []string {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	var best []string
	score := 0 // the shortest keyword's length: the longer, the rarer
	consider := func(n *syntax.Regexp) {
		set, ok := literalSet(n)
		if !ok || len(set) == 0 {
			return
		}
		short := len(set[0])
		for _, s := range set {
			short = min(short, len(s))
		}
		if short > score {
			best, score = set, short
		}
	}
	for re.Op == syntax.OpCapture && len(re.Sub) == 1 {
		re = re.Sub[0]
	}
	if re.Op == syntax.OpConcat {
		// runs of literal parts in a row make one longer keyword
		var run []*syntax.Regexp
		flush := func() {
			if len(run) > 0 {
				consider(&syntax.Regexp{Op: syntax.OpConcat, Sub: run})
			}
			run = nil
		}
		for _, sub := range re.Sub {
			if _, ok := literalSet(sub); ok {
				run = append(run, sub)
				consider(sub)
				continue
			}
			flush()
		}
		flush()
	} else {
		consider(re)
	}
	return best
}

// literalSet returns every string n matches when they are few and fixed
// (literals, small classes, alternations, optional parts), else ok false.
func literalSet(n *syntax.Regexp) (set []string, ok bool) {
	switch n.Op {
	case syntax.OpLiteral:
		if n.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(n.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(n.Rune); i += 2 {
			for r := n.Rune[i]; r <= n.Rune[i+1]; r++ {
				if len(out) == 4 {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return literalSet(n.Sub[0])
	case syntax.OpQuest:
		sub, ok := literalSet(n.Sub[0])
		if !ok {
			return nil, false
		}
		return append(sub, ""), true
	case syntax.OpAlternate:
		var out []string
		for _, s := range n.Sub {
			sub, ok := literalSet(s)
			if !ok || len(out)+len(sub) > maxKeywords {
				return nil, false
			}
			out = append(out, sub...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range n.Sub {
			sub, ok := literalSet(s)
			if !ok || len(out)*len(sub) > maxKeywords {
				return nil, false
			}
			var next []string
			for _, a := range out {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	case syntax.OpEmptyMatch:
		return []string{""}, true
	}
	return nil, false
}

// hasKeyword reports whether s holds one of keywords (true for none).
func hasKeyword(s string, keywords []string) bool {
	if len(keywords) == 0 {
		return true
	}
	for _, k := range keywords {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}
