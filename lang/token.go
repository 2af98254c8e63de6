package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

const (
	Word   Kind = iota // letters, with a trailing elision apostrophe ("d'")
	Number             // ASCII digits (Arabic-Indic digits are folded before)
	Punct              // any other visible rune, one per token
)

// Token is a span of normalized text.
type Token struct {
	Start, End int    // byte offsets in the normalized text
	Kind       Kind   //
	Key        string // lowercased text, for lookups
	Cap        bool   // starts with a capital letter
	Upper      int    // number of capital letters
	Letters    int    // number of runes
	SpaceAfter bool   // followed by white space (or the end of text)
}

// Tokenize splits normalized text into words, numbers and punctuation.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			if n := len(toks); n > 0 {
				toks[n-1].SpaceAfter = true
			}
			i += size
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, Token{Start: i, End: j, Kind: Number, Key: s[i:j], Letters: j - i})
			i = j
		case isLetter(r):
			toks = append(toks, word(s, i))
			i = toks[len(toks)-1].End
		default:
			toks = append(toks, Token{Start: i, End: i + size, Kind: Punct, Key: s[i : i+size], Letters: 1})
			i += size
		}
	}
	if n := len(toks); n > 0 {
		toks[n-1].SpaceAfter = true
	}
	return toks
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// word reads a run of letters from i; an apostrophe between letters closes
// the token after it, so "d'Annaba" gives "d'" and "Annaba".
func word(s string, i int) Token {
	t := Token{Start: i, Kind: Word}
	lower := true // the text is already its key: no copy needed
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == '\'' && t.Letters > 0 {
			if next, _ := utf8.DecodeRuneInString(s[j+size:]); isLetter(next) {
				t.Letters++
				j += size
			}
			break
		}
		if !isLetter(r) {
			break
		}
		if unicode.IsUpper(r) {
			t.Upper++
			if t.Letters == 0 {
				t.Cap = true
			}
		}
		lower = lower && unicode.ToLower(r) == r
		t.Letters++
		j += size
	}
	t.End, t.Key = j, s[i:j]
	if !lower {
		t.Key = strings.ToLower(t.Key)
	}
	return t
}

// Keys tokenizes a phrase from a pattern pack into lookup keys.
func Keys(code, phrase string) []string {
	norm := Key(code, phrase)
	toks := Tokenize(norm)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return keys
}
