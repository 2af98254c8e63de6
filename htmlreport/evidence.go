package htmlreport

import (
	"strings"
	"unicode"
)

// maxSide bounds the context kept on each side of the matched words, in
// code points: a sentence is cut there (with "…") when it runs longer.
const maxSide = 220

// Snippet is what a fact's evidence shows: the matched words and the text
// around them, cut at sentence ends. Before and After are empty when only
// the matched text is known (records read without their article).
type Snippet struct {
	Before, Match, After string
}

// snippet cuts the sentence around text[start:end] (offsets in code
// points, as in the record). Offsets outside the text give the match alone.
func snippet(text []rune, start, end int, match string) Snippet {
	if start < 0 || end > len(text) || start > end {
		return Snippet{Match: match}
	}
	from := start
	for from > 0 && start-from < maxSide && !sentenceEnd(text, from-1) {
		from--
	}
	to := end
	for to < len(text) && to-end < maxSide && !sentenceEnd(text, to-1) {
		to++
	}
	before, after := trimSpace(string(text[from:start]), true), trimSpace(string(text[end:to]), false)
	if from > 0 && !sentenceEnd(text, from-1) {
		before = "…" + before
	}
	if to < len(text) && !sentenceEnd(text, to-1) {
		after += "…"
	}
	return Snippet{Before: before, Match: string(text[start:end]), After: after}
}

// sentenceEnd reports whether a sentence ends at text[i]: a line break, or
// a full stop, question or exclamation mark (Latin or Arabic) followed by
// a space or the end of the text. "3.5" does not end one, nor a full stop
// after an initial or a common abbreviation ("Н. В.", "2023 г.", "им.",
// "M.", "Dr.").
func sentenceEnd(text []rune, i int) bool {
	switch text[i] {
	case '\n', '\r', '\u2029':
		return true
	case '!', '?', '؟', '…', '۔':
		return i+1 >= len(text) || unicode.IsSpace(text[i+1])
	case '.':
		if i+1 < len(text) && !unicode.IsSpace(text[i+1]) {
			return false
		}
		w := i
		for w > 0 && unicode.IsLetter(text[w-1]) {
			w--
		}
		word := strings.ToLower(string(text[w:i]))
		return !(len([]rune(word)) == 1 || abbreviations[word])
	}
	return false
}

// abbreviations end in a full stop that ends no sentence (lower case).
var abbreviations = map[string]bool{
	"гг": true, "им": true, "ул": true, "обл": true, "тыс": true, "млн": true, "млрд": true, "руб": true,
	"пр": true, "св": true, "проф": true, "акад": true, "др": true, "мм": true,
	"dr": true, "pr": true, "mm": true, "mme": true, "mlle": true, "st": true, "ste": true, "no": true,
	"av": true, "bd": true, "cf": true, "env": true,
}

// trimSpace trims the side away from the match (the space next to it is
// kept: "4عمليات" has none), and turns line breaks and tabs into spaces.
func trimSpace(s string, left bool) string {
	r := []rune(s)
	for i, c := range r {
		if c == '\n' || c == '\r' || c == '\t' {
			r[i] = ' '
		}
	}
	if left {
		for len(r) > 0 && unicode.IsSpace(r[0]) {
			r = r[1:]
		}
	} else {
		for len(r) > 0 && unicode.IsSpace(r[len(r)-1]) {
			r = r[:len(r)-1]
		}
	}
	return string(r)
}
