// Legacy scoring: which single-byte encoding bytes that are not UTF-8 are
// in. Each candidate is scored by how much its decoded letters are of its
// script and look like its language; chardet's guess only breaks ties.

package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gogs/chardet"
)

// guessLegacy returns the candidate that data most plausibly is in,
// judged on its first 64 KiB, or nil when none fits well enough. Of
// windows-1252 and ISO-8859-1, which decode the same bytes alike outside
// 0x80-0x9f, the smaller set is named when data has no byte there.
func guessLegacy(data []byte) *legacy {
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	hint := chardetHint(sample)
	var best *legacy
	bestScore := 0.0
	for _, l := range candidates {
		s := l.plausibility(sample)
		if l.name == hint || (hint == EncISO8859_1 && l.name == EncWindows1252) {
			s += 0.02 // chardet is only a hint: it breaks near-ties
		}
		if s > bestScore {
			best, bestScore = l, s
		}
	}
	if best == nil || bestScore < 0.6 {
		return nil
	}
	if best.name == EncWindows1252 && !hasC1(data) {
		// The same bytes mean the same text in ISO-8859-1: name the smaller set.
		best = legacyByName[EncISO8859_1]
	}
	return best
}

// chardetHint returns chardet's best guess among our encodings, or "".
func chardetHint(sample []byte) string {
	res, err := chardet.NewTextDetector().DetectBest(sample)
	if err != nil || res == nil {
		return ""
	}
	if n, err := EncodingName(res.Charset); err == nil {
		return n
	}
	return ""
}

func hasC1(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 && b <= 0x9f {
			return true
		}
	}
	return false
}

// Frequent letters of the expected languages.
const (
	russianFrequent = "оеаинтс"
	arabicFrequent  = "اليمونر"
)

// plausibility scores in [0, 1] how much data decoded with l looks like
// text in l's script. Only non-ASCII bytes count, as every candidate
// decodes ASCII alike. A decoded character is plausible when it is a
// letter of the expected script in a word of the expected make-up (Latin
// accents sit inside mostly ASCII words; Arabic and Cyrillic words are
// made of non-ASCII letters only), or common typographic punctuation. The
// share of plausible characters is then weighted by how much the letters
// look like the language: frequent letters for Arabic and Russian, and
// lower case for Russian (KOI8-R read as windows-1251 is mostly capitals).
func (l *legacy) plausibility(data []byte) float64 {
	var high, good, letters, lower, frequent int
	for start := 0; start < len(data); {
		// Cut a word: a run of bytes decoding to letters or marks.
		end := start
		ascii, other := 0, 0
		for end < len(data) {
			c := data[end]
			r := rune(c)
			if c >= utf8.RuneSelf {
				r = l.table[c]
			}
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			if c < utf8.RuneSelf {
				ascii++
			} else {
				other++
			}
			end++
		}
		if end == start { // not a letter
			c := data[start]
			if c >= utf8.RuneSelf {
				high++
				if typographic(l.table[c], l.script) {
					good++
				}
			}
			start++
			continue
		}
		prev := rune(0)
		for i := start; i < end; i++ {
			c := data[i]
			if c < utf8.RuneSelf {
				prev = rune(c)
				continue
			}
			high++
			r := l.table[c]
			ok := false
			switch l.script {
			case latin:
				ok = unicode.Is(unicode.Latin, r) && ascii+1 >= other &&
					(!unicode.IsUpper(r) || i == start || !unicode.IsLower(prev))
			case arabic:
				ok = unicode.Is(unicode.Arabic, r) && ascii == 0 &&
					(!unicode.Is(unicode.Mn, r) || unicode.IsLetter(prev))
				if ok && unicode.IsLetter(r) {
					letters++
					if strings.ContainsRune(arabicFrequent, r) {
						frequent++
					}
				}
			case cyrillic:
				ok = unicode.Is(unicode.Cyrillic, r) && ascii*4 <= other
				if ok {
					letters++
					if unicode.IsLower(r) {
						lower++
						if strings.ContainsRune(russianFrequent, r) {
							frequent++
						}
					}
				}
			}
			if ok {
				good++
			}
			prev = r
		}
		start = end
	}
	if high == 0 {
		return 0
	}
	score := float64(good) / float64(high)
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	switch l.script {
	case arabic:
		// Arabic prose: ا ل ي م و ن ر make up about half of the letters.
		score *= 0.5 + 0.5*min(1, ratio(frequent, letters)/0.35)
	case cyrillic:
		// Russian prose: ~90% lower case, о е а и н т с about half of it.
		score *= 0.5*min(1, ratio(lower, letters)/0.75) + 0.5*min(1, ratio(frequent, lower)/0.35)
	}
	return score
}

// typographic says whether r is punctuation that articles in this script
// commonly use outside words.
func typographic(r rune, s script) bool {
	switch r {
	case '«', '»', '‘', '’', '“', '”', '„', '…', '–', '—', '°', '€', '\u00a0', '·', '•', '№', '×':
		return true
	case '،', '؛', '؟', 'ـ':
		return s == arabic
	}
	if s == arabic && unicode.Is(unicode.Arabic, r) && unicode.IsDigit(r) {
		return true
	}
	return false
}
