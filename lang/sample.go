package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The detector reads windows of letters spread over the whole text, not
// its first characters: leading blanks, tables of numbers, controls after
// every character or an English cookie notice then weigh only as much as
// the letters they hold.
const (
	// windowCount windows are sampled from a text with more letters than
	// windowCount*windowLetters; a shorter text is read whole.
	windowCount = 3
	// windowLetters is the letters in one window (then widened to whole
	// words). A detector call costs about 45 µs plus 2 µs a letter
	// (confidence values are computed with big decimals), so a clean
	// article, decided by two windows, costs what the former single
	// 300-rune sample did (about 240 letters), and a mixed one a third
	// more. Measured on every 80-letter window (one every 3 words) of the
	// fixtures, the seeds and the test articles: 2 of 2,372 wrong, both
	// Spanish read as Portuguese; at 60 letters 6 of 2,411, at 40 16.
	windowLetters = 80
)

// sampleLetters counts the letters detection reads in text: letters
// proper, without Arabic vocalization and tatweel.
func sampleLetters(text string) int {
	n := 0
	for _, r := range text {
		if counts(r) {
			n++
		}
	}
	return n
}

// counts reports whether r is a letter for detection.
func counts(r rune) bool {
	if r < 0x80 {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r) && !arabicMark(r)
}

// samples returns the windows detection reads from a text of letters
// letters: the whole text when it is short, else windowCount windows
// evenly spaced over its letters (the first at the start, the last at the
// end), each of windowLetters letters widened to whole words.
func samples(text string, letters int) []string {
	if letters <= windowCount*windowLetters {
		return []string{letterText(text)}
	}
	starts := make([]int, windowCount)
	for k := range starts {
		starts[k] = k * (letters - windowLetters) / (windowCount - 1)
	}
	out := make([]string, 0, windowCount)
	k, idx, from := 0, 0, -1
	for i, r := range text {
		if !counts(r) {
			continue
		}
		if from < 0 && idx == starts[k] {
			from = wordStart(text, i)
		}
		idx++
		if from >= 0 && idx == starts[k]+windowLetters {
			out = append(out, letterText(text[from:wordEnd(text, i)]))
			k, from = k+1, -1
			if k == windowCount {
				break
			}
		}
	}
	return out
}

// wordStart moves i, the start of a letter, back to the start of its word
// (through letters and the marks detection skips).
func wordStart(text string, i int) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !counts(r) && !skipped(r) {
			break
		}
		i -= size
	}
	return i
}

// wordEnd returns the end of the word whose letter starts at i.
func wordEnd(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !counts(r) && !skipped(r) {
			break
		}
		i += size
	}
	return i
}

// skipped reports whether r vanishes inside a word for detection: Arabic
// vocalization and tatweel, invisible controls, other combining marks.
// The detector's words are runs of letters, so a haraka or a zero-width
// space after every letter would leave it words of one letter.
func skipped(r rune) bool {
	return arabicMark(r) || invisible(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r)
}

// letterText is s as the detector should read it: letters (presentation
// forms expanded) in words separated by single spaces, without digits,
// punctuation, controls or vocalization. Latin accents stay: they tell
// French from English or Spanish.
func letterText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch {
		case skipped(r):
		case counts(r):
			if compatible(r) {
				for _, x := range expand(r) {
					b.WriteRune(x)
				}
			} else {
				b.WriteRune(r)
			}
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}
