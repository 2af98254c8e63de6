package score

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold case-folds s and drops its diacritics.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimSpace(b.String())
}

// words folds s, drops punctuation and keeps each word's first five letters.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range tokens(s) {
		out[cut(w)] = true
	}
	return out
}

// tokens folds s and splits it into words, dropping punctuation.
func tokens(s string) []string {
	return strings.FieldsFunc(fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// cut keeps a word's first five letters.
func cut(w string) string {
	if r := []rune(w); len(r) > 5 {
		return string(r[:5])
	}
	return w
}

// dice is the token overlap of two word sets.
func dice(a, b map[string]bool) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}
