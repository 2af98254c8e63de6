package score

import (
	_ "embed"
	"strings"
)

// genericWordsText is a copy of ../shared/gold/generic-words.txt, the words
// that say what kind of body an institution is, not which one. It is project
// data (a word list), kept in the repository and embedded so that CI and
// users score without ../shared. Refresh it from the gold folder when
// FORMAT.md's list changes.
//
//go:embed generic-words.txt
var genericWordsText string

// genericWords holds the list's words as names are compared: folded, the
// Arabic article ال dropped, cut to their first five letters.
var genericWords = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(genericWordsText, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range tokens(line) {
			out[cut(dropArticle(w))] = true
		}
	}
	return out
}()

// dropArticle removes a leading Arabic article ال from a folded word.
func dropArticle(w string) string {
	if r := []rune(w); len(r) > 3 && r[0] == 'ا' && r[1] == 'ل' {
		return string(r[2:])
	}
	return w
}

// nameWords gives a name's word set and its distinctive part: the words
// not on the generic list.
func nameWords(s string) (all, distinct map[string]bool) {
	all, distinct = map[string]bool{}, map[string]bool{}
	for _, w := range tokens(s) {
		all[cut(w)] = true
		if !genericWords[cut(dropArticle(w))] {
			distinct[cut(w)] = true
		}
	}
	return all, distinct
}

// nameDice is the Dice overlap of two institution names by their
// distinctive words, as FORMAT.md defines: generic words are left out
// unless one of the two names has nothing else, then both are compared
// whole.
func nameDice(a, b string) float64 {
	aAll, aDist := nameWords(a)
	bAll, bDist := nameWords(b)
	if len(aDist) == 0 || len(bDist) == 0 {
		return dice(aAll, bAll)
	}
	return dice(aDist, bDist)
}
