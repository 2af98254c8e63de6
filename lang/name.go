package lang

import "strings"

// NameKey folds a place name to its lookup key: normalized, lowercased
// words joined by single spaces ("Saint-Pétersbourg" -> "saint petersbourg",
// "L'Ariana" -> "l ariana").
func NameKey(name string) string {
	return strings.Join(NameWords(name), " ")
}

// NameWords returns the words of a name as NameKey folds them, without
// punctuation and without the apostrophe of an elision ("d'Oran" gives
// "d", "oran").
func NameWords(name string) []string {
	var words []string
	for _, t := range Tokenize(Key(name)) {
		if t.Kind != Punct {
			words = append(words, strings.TrimSuffix(t.Key, "'"))
		}
	}
	return words
}
