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

// Token is a span of normalized text. Its fields are ordered and sized so
// that a token takes 48 bytes: an article is held as one token per word or
// mark, and a text of punctuation has one per byte.
type Token struct {
	Key        string // lowercased text, for lookups
	Start, End int    // byte offsets in the normalized text
	Upper      int32  // number of capital letters
	Letters    int32  // number of runes
	Kind       Kind   //
	Cap        bool   // starts with a capital letter
	SpaceAfter bool   // followed by white space (or the end of text)
}

// maxPunctRun is the longest run of glued punctuation kept as one token
// per mark; the marks after it join the run's last token, whose key then
// matches nothing. No pattern reads more than a few marks in a row, and a
// line of 10 MB of "-" would otherwise be 10 million tokens.
const maxPunctRun = 8

// Tokenize splits normalized text into words, numbers and punctuation.
func Tokenize(s string) []Token {
	toks, _ := TokenizeMax(s, len(s)+1)
	return toks
}

// TokenizeMax splits s as Tokenize does into at most max tokens, and
// returns the byte offset where it stopped (len(s) when it read the whole
// text). The bound keeps an article's memory in proportion to a fixed
// budget, however its text is made.
func TokenizeMax(s string, max int) ([]Token, int) {
	toks := make([]Token, 0, min(len(s)/5, max))
	i, run, stop := 0, 0, len(s) // run: glued punctuation tokens just before i
	for i < len(s) {
		if len(toks) == max {
			// the last token may go on (a run of marks): the text stops
			// where it starts
			stop = toks[max-1].Start
			toks = toks[:max-1]
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if run > 0 && (unicode.IsSpace(r) || r >= '0' && r <= '9' || isLetter(r)) {
			run = 0
		}
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
			toks = append(toks, Token{Start: i, End: j, Kind: Number, Key: s[i:j], Letters: int32(j - i)})
			i = j
		case isLetter(r):
			toks = append(toks, word(s, i))
			i = toks[len(toks)-1].End
		case run >= maxPunctRun:
			last := &toks[len(toks)-1]
			last.End += size
			last.Key = s[last.Start:last.End]
			last.Letters++
			i += size
		default:
			toks = append(toks, Token{Start: i, End: i + size, Kind: Punct, Key: s[i : i+size], Letters: 1})
			run++
			i += size
		}
	}
	if n := len(toks); n > 0 {
		toks[n-1].SpaceAfter = true
	}
	return toks, stop
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
func Keys(phrase string) []string {
	norm := Key(phrase)
	toks := Tokenize(norm)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return keys
}
