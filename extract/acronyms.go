package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
)

// definition finds the words that the acronym at token i (in parentheses)
// abbreviates: content words before "(" whose initials spell it, in order,
// among which a capitalised one. It returns the first of those words, and
// whether one is capitalised (the first word, not false, when none is).
func (d *doc) definition(i int) (int, bool) {
	letters := []rune(d.toks[i].Key)
	k := len(letters) - 1
	capital := false
	for j := i - 2; j >= 0 && j >= i-2-3*len(letters); j-- {
		t := d.toks[j]
		if t.Kind == lang.Punct {
			if t.Key == "-" || t.Key == "'" {
				continue
			}
			return 0, false
		}
		if t.Kind != lang.Word || d.l.Inst.Connectors[t.Key] {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(t.Key); first == letters[k] {
			capital = capital || t.Cap && !d.sentenceStart(j)
			if k--; k < 0 {
				return j, capital
			}
		} else if k == len(letters)-1 {
			return 0, false // the word just before "(" must give the last letter
		}
	}
	return 0, false
}

// acronym reports whether token i is a capitalised abbreviation that names
// an organisation ("CNAS", "КазНИИОиР"), not a known non-institution.
func (d *doc) acronym(i int, g *gazetteer) bool {
	t := d.toks[i]
	if !d.l.Cased || t.Kind != lang.Word || t.Letters < 3 || t.Upper < 2 || t.Upper*3 < t.Letters*2-t.Letters/3 {
		return false
	}
	if d.l.Inst.NotAcronyms[t.Key] || roman(t.Key) || d.quoted(i) || d.notInstitution[t.Key] {
		return false
	}
	if d.gibberish(i) || d.inURL(i) || d.capsLine(i) {
		return false
	}
	// a city in capitals opens a dateline: "ТАШКЕНТ, 25 сен", "САНКТ-ПЕТЕРБУРГ"
	if g != nil && (t.Letters >= 5 && len(g.lookup(t.Key)) > 0 ||
		i+2 < len(d.toks) && d.punct(i+1, "-") && d.glued(i) && len(g.lookup(t.Key+" "+d.toks[i+2].Key)) > 0 ||
		i > 1 && d.punct(i-1, "-") && d.glued(i-1) && len(g.lookup(d.toks[i-2].Key+" "+t.Key)) > 0) {
		return false
	}
	return true
}

// gibberish reports whether word i mixes cases as no abbreviation does:
// three or more runs of small letters between capitals, as in the strings
// of a URL ("ZuIXvIm"); "КазНИИОиР" has two.
func (d *doc) gibberish(i int) bool {
	t := d.toks[i]
	runs, lower := 0, false
	for _, r := range d.t.Norm[t.Start:t.End] {
		l := unicode.IsLower(r)
		if l && !lower {
			runs++
		}
		lower = l
	}
	return runs >= 3
}

// urlMarks glue the words of a web address or a file name.
const urlMarks = "/=&?_@%#~"

// inURL reports whether word i is part of a web address: glued, with no
// space, to a run that holds one of urlMarks or a digit right after it
// ("stid=z-ZuIXvIm0Bt").
func (d *doc) inURL(i int) bool {
	if d.glued(i) && d.toks[i+1].Kind == lang.Number {
		return true
	}
	for j := i; j > 0 && j > i-16 && d.glued(j-1); j-- {
		if t := d.toks[j-1]; t.Kind == lang.Punct && strings.ContainsAny(t.Key, urlMarks) {
			return true
		}
	}
	for j := i; d.glued(j) && j < i+16; j++ {
		if t := d.toks[j+1]; t.Kind == lang.Punct && strings.ContainsAny(t.Key, urlMarks) {
			return true
		}
	}
	return false
}

// capsLine reports whether word i stands on a line all of whose words of
// two letters or more are in capitals: a headline, a byline, page
// furniture ("ABONNEZ-VOUS", "FLASH INFO", "DMCA"), not an abbreviation
// in prose.
func (d *doc) capsLine(i int) bool {
	if d.caps == nil {
		d.caps = make([]int8, len(d.toks))
	}
	if d.caps[i] == 0 {
		a, b := i, i+1
		for a > 0 && !d.lineBreakBefore(a) {
			a--
		}
		for b < len(d.toks) && !d.lineBreakBefore(b) {
			b++
		}
		v := int8(1)
		for j := a; j < b; j++ {
			if t := d.toks[j]; t.Kind == lang.Word && t.Letters >= 2 && t.Upper != t.Letters {
				v = 2
				break
			}
		}
		for j := a; j < b; j++ {
			d.caps[j] = v
		}
	}
	return d.caps[i] == 1
}

func roman(s string) bool {
	return strings.Trim(s, "ivxlcdm") == ""
}

// quoted reports whether token i sits inside «...» or "..." on its line
// (event and brand names, not organisations).
func (d *doc) quoted(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if d.toks[j].Kind == lang.Punct {
			switch d.toks[j].Key {
			case "«", "“", "\"":
				return true
			case "»", "”", ".", ",":
				return false
			}
		}
	}
	return false
}

// shortName reports whether tokens [i, end) are an acronym, possibly with
// more acronyms, a number or a person's initials: a name's short form.
func (d *doc) shortName(i, end int, g *gazetteer) bool {
	if i >= end || !d.acronym(i, g) {
		return false
	}
	for j := i + 1; j < end; j++ {
		t := d.toks[j]
		switch {
		case t.Kind == lang.Number, t.Kind == lang.Punct && strings.Contains("-№.", t.Key):
		case t.Kind == lang.Word && (t.Cap || d.l.Inst.Open[t.Key]):
		default:
			return false
		}
	}
	return true
}

// initialsOf reports whether an acronym spells the initials of consecutive
// words of one of the mentions ("ЦГБ" in "Брестской центральной городской
// больницы").
func initialsOf(acronym string, initials []string) bool {
	a := strings.ToLower(acronym)
	if utf8.RuneCountInString(a) < 2 {
		return false
	}
	for _, s := range initials {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}
