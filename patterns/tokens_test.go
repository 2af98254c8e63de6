package patterns

import "github.com/newsx/newsx/lang"

// tokens makes tokens of already-folded words, for phrase tests.
func tokens(keys []string) []lang.Token {
	out := make([]lang.Token, len(keys))
	for i, k := range keys {
		out[i] = lang.Token{Key: k, Kind: lang.Word}
	}
	return out
}
