// Package lang detects an article's language and normalizes its text for
// matching while keeping a map back to the original code points.
package lang

import (
	"sort"
	"strings"

	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a normalized view of an original text. Every rune of Norm comes
// from exactly one rune of the original (normalization maps one rune to
// one or more runes, or deletes it), so any byte span of Norm maps back to
// a span of the original, reported in code points.
type Text struct {
	Orig string
	Norm string
	src  []int32 // src[i] = byte offset in Orig of the rune that gave the Norm rune starting at byte i; -1 inside a rune

	// checkpoints for counting code points: every 64 bytes or so, the byte
	// offset of a rune start and the number of runes before it
	marks []mark
}

type mark struct{ byte, rune int32 }

// Normalize folds text for pattern matching: typographic apostrophes and
// spaces, invisible controls, Arabic diacritics, tatweel and letter
// variants, Arabic-Indic digits, Latin diacritics, Cyrillic ё, presentation
// forms.
//
// The fold is one Unicode-level table for every script, with no language
// parameter: each fold only merges spellings of one letter (or drops a mark
// no pack word depends on), so it is the same whatever the article's
// language, and a new language's pack is compiled through the same fold
// (its words and regexes are folded as article text is). A pack never needs
// a Go change for it; a script whose letters need another fold would be
// added here, as a Unicode fact, not per language.
func Normalize(s string) *Text {
	t := &Text{Orig: s}
	var b strings.Builder
	b.Grow(len(s))
	t.src = make([]int32, 0, len(s)+1)
	write := func(i int, r rune) {
		n, keep := Fold(r)
		if !keep {
			return
		}
		before := b.Len()
		b.WriteRune(n)
		t.src = append(t.src, int32(i))
		for j := before + 1; j < b.Len(); j++ {
			t.src = append(t.src, -1)
		}
	}
	for i, r := range s {
		if compatible(r) {
			for _, x := range expand(r) {
				write(i, x)
			}
			continue
		}
		write(i, r)
	}
	t.src = append(t.src, int32(len(s)))
	t.Norm = b.String()
	return t
}

// Evidence maps a byte span [bs, be) of Norm to the original text it came
// from and that text's offsets in code points.
func (t *Text) Evidence(bs, be int) (text string, start, end int) {
	ob := t.origAt(bs)
	oe := ob
	if be > bs {
		_, size := utf8.DecodeLastRuneInString(t.Norm[:be])
		last := t.origAt(be - size)
		_, osize := utf8.DecodeRuneInString(t.Orig[last:])
		oe = last + osize
		// the marks on the last letter, which normalization dropped
		// (tanween on "عَمَلِيَّاتٍ", a decomposed accent), belong to it
		for oe < len(t.Orig) {
			r, size := utf8.DecodeRuneInString(t.Orig[oe:])
			if !unicode.Is(unicode.Mn, r) {
				break
			}
			oe += size
		}
	}
	start = t.runes(ob)
	end = start + utf8.RuneCountInString(t.Orig[ob:oe])
	return t.Orig[ob:oe], start, end
}

// CodePoints returns, for ascending byte offsets of Norm, the offset in
// code points of the original text where each starts (what Evidence gives
// as start), counting once through the text.
func (t *Text) CodePoints(offsets []int) []int {
	out := make([]int, len(offsets))
	ob, cp := 0, 0
	for i, b := range offsets {
		o := t.origAt(b)
		if o < ob { // not ascending: count from the start
			ob, cp = 0, 0
		}
		cp += utf8.RuneCountInString(t.Orig[ob:o])
		ob, out[i] = o, cp
	}
	return out
}

// origAt returns the original byte offset of the rune that gave the Norm
// rune at (or containing) byte b.
func (t *Text) origAt(b int) int {
	for b > 0 && t.src[b] < 0 {
		b--
	}
	return int(t.src[b])
}

// runes counts the code points of Orig before byte b (a rune start).
func (t *Text) runes(b int) int {
	if t.marks == nil {
		t.marks = make([]mark, 0, len(t.Orig)/64+1)
		n, next := int32(0), 0
		for i := range t.Orig {
			if i >= next {
				t.marks = append(t.marks, mark{int32(i), n})
				next = i + 64
			}
			n++
		}
	}
	k := sort.Search(len(t.marks), func(k int) bool { return int(t.marks[k].byte) > b }) - 1
	if k < 0 {
		return utf8.RuneCountInString(t.Orig[:b])
	}
	m := t.marks[k]
	return int(m.rune) + utf8.RuneCountInString(t.Orig[m.byte:b])
}

// expand returns the compatibility decomposition of Arabic presentation
// forms (U+FB50-U+FDFF, U+FE70-U+FEFF: "ﻻ" is "لا", "ﷲ" is "الله") and of
// fullwidth forms, so that text typed with them still matches; any other
// rune stands for itself.
func expand(r rune) []rune {
	if compatible(r) {
		if d := []rune(norm.NFKC.String(string(r))); len(d) > 0 {
			return d
		}
	}
	return []rune{r}
}

// compatible reports whether r is a presentation or fullwidth form.
func compatible(r rune) bool {
	return (r >= 0xfb50 && r <= 0xfdff) || (r >= 0xfe70 && r <= 0xfefe) || (r >= 0xff01 && r <= 0xff5e)
}

// Fold maps one rune for matching (see Normalize). keep is false when the
// rune is dropped.
func Fold(r rune) (n rune, keep bool) {
	if r < 0x80 && r != '`' && r != '\t' {
		return r, true // ASCII: most of French, all digits and punctuation
	}
	switch {
	case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u00b4' || r == '`':
		return '\'', true
	case r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007' || r == '\t':
		return ' ', true
	case r == '\u2010' || r == '\u2011':
		return '-', true
	case invisible(r):
		return 0, false
	case r >= '\u0660' && r <= '\u0669':
		return '0' + (r - '\u0660'), true
	case r >= '\u06f0' && r <= '\u06f9':
		return '0' + (r - '\u06f0'), true
	case r == '\u066b': // Arabic decimal separator
		return ',', true
	case r == '\u066c': // Arabic thousands separator
		return '.', true
	}
	if r >= 0x0600 && r <= 0x06ff {
		return foldArabic(r)
	}
	if r == 'ё' {
		return 'е', true
	}
	if r == 'Ё' {
		return 'Е', true
	}
	if r < 0x300 || (r >= 0x1e00 && r <= 0x1eff) {
		return foldLatin(r), true
	}
	if unicode.Is(unicode.Mn, r) { // combining marks of decomposed text
		return 0, false
	}
	return r, true
}

// invisible reports whether r is a control that only steers rendering:
// soft hyphen, BOM, zero-width and bidi controls. Folding drops it.
func invisible(r rune) bool {
	return r == '\u00ad' || r == '\ufeff' || (r >= '\u200b' && r <= '\u200f') ||
		(r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// arabicMark reports whether r is Arabic vocalization or elongation:
// harakat, tanwin, shadda, sukun, dagger alef, tatweel. Folding drops it.
func arabicMark(r rune) bool {
	return (r >= '\u064b' && r <= '\u065f') || r == '\u0670' || r == '\u0640'
}

func foldArabic(r rune) (rune, bool) {
	switch {
	case arabicMark(r):
		return 0, false
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا', true
	case r == 'ى':
		return 'ي', true
	case r == 'ة':
		return 'ه', true
	case r == 'ک':
		return 'ك', true
	case r == 'ی':
		return 'ي', true
	// Maghreb letters for sounds standard Arabic lacks fold to the letter
	// most writers use instead: ڨ/ڭ/گ (g) "الڨصرين" as "القصرين", ڤ (v)
	case r == 'ڨ':
		return 'ق', true
	case r == 'ڭ', r == 'گ':
		return 'ك', true
	case r == 'ڤ':
		return 'ف', true
	}
	return r, true
}

// latinFold strips diacritics from precomposed Latin letters (U+0000 to
// U+024F), by table.
var latinFold [0x250]rune

// latinExtFold covers the rarer letters beyond the table ("ḥ").
var latinExtFold = map[rune]rune{}

func init() {
	groups := map[rune]string{
		'a': "àáâãäåāăą", 'A': "ÀÁÂÃÄÅĀĂĄ", 'c': "çćĉċč", 'C': "ÇĆĈĊČ",
		'e': "èéêëēĕėęě", 'E': "ÈÉÊËĒĔĖĘĚ", 'i': "ìíîïĩīĭįı", 'I': "ÌÍÎÏĨĪĬĮİ",
		'n': "ñńņň", 'N': "ÑŃŅŇ", 'o': "òóôõöøōŏő", 'O': "ÒÓÔÕÖØŌŎŐ",
		'u': "ùúûüũūŭůűų", 'U': "ÙÚÛÜŨŪŬŮŰŲ", 'y': "ýÿŷ", 'Y': "ÝŸŶ",
		's': "śŝşšș", 'S': "ŚŜŞŠȘ", 'z': "źżž", 'Z': "ŹŻŽ", 'g': "ĝğġģ", 'G': "ĜĞĠĢ",
		'd': "ďđ", 'D': "ĎĐ", 't': "ţťŧț", 'T': "ŢŤŦȚ", 'l': "ĺļľŀł", 'L': "ĹĻĽĿŁ",
		'r': "ŕŗř", 'R': "ŔŖŘ", 'h': "ĥħḥ", 'H': "ĤĦḤ", 'k': "ķ", 'K': "Ķ",
	}
	for base, s := range groups {
		for _, r := range s {
			if r < rune(len(latinFold)) {
				latinFold[r] = base
			} else {
				latinExtFold[r] = base
			}
		}
	}
}

func foldLatin(r rune) rune {
	if r < rune(len(latinFold)) {
		if f := latinFold[r]; f != 0 {
			return f
		}
		return r
	}
	if f, ok := latinExtFold[r]; ok {
		return f
	}
	return r
}

// FoldString folds s the way Normalize folds article text, keeping case:
// the form in which pattern regexes are compiled.
func FoldString(s string) string {
	var b strings.Builder
	for _, r := range s {
		for _, x := range expand(r) {
			if n, keep := Fold(x); keep {
				b.WriteRune(n)
			}
		}
	}
	return b.String()
}

// Key folds a short string (a pattern word, a name) the way Normalize folds
// article text, then lowercases it: the form used for dictionary lookups.
func Key(s string) string {
	return strings.ToLower(FoldString(s))
}
