package extract

import (
	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// namePunct decides what punctuation at j does to a name. It returns
// (-k, false) when tokens up to k belong to the name, (k, false) to go on
// scanning at k without taking anything yet, or stop.
func (d *doc) namePunct(j, last int, trigAcronym, afterName, open bool, h *instHit) (int, bool) {
	t := d.toks[j]
	switch t.Key {
	case "«", "“", "\"":
		if c := d.closing(j); c > 0 && j == last {
			return -(c + 1), false
		}
	case "№", "#":
		if j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Number {
			return -(j + 2), false
		}
	case "-":
		if d.glued(j-1) && d.glued(j) && j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Word {
			return j + 1, false
		}
	case ".":
		prev := d.toks[j-1]
		if prev.Kind == lang.Word && ((prev.Letters == 1 && prev.Cap) || d.l.Open[prev.Key]) {
			return j + 1, false // "им.", initials "Н."
		}
	case "(":
		c := d.parenEnd(j)
		if c == 0 {
			break
		}
		// a short name in parentheses: "(CNAS)", "(СОКБ № 1)", "(CHU-NDC)",
		// "(НМИЦ ТО им. Р. Р. Вредена)"
		if d.shortName(j+1, c) {
			if h.acronym == "" {
				h.acronym = d.tokSpan(j+1, c).Text
			}
			return -(c + 1), false
		}
		if trigAcronym && j == last {
			return c + 1, false // "EPH (Etablissement public hospitalier) de ..."
		}
	case ",":
		// "ministère du Travail, de l'Emploi et de la Sécurité sociale"
		if d.l.Cased && afterName && j+2 < len(d.toks) && d.l.Continuers[d.toks[j+1].Key] &&
			(d.toks[j+2].Cap || d.l.InstJoin[d.toks[j+2].Key] && j+3 < len(d.toks) && d.toks[j+3].Cap) {
			return j + 1, false
		}
		// a list of genitives: "центр гематологии, онкологии и иммунологии"
		if d.l.Grammar == patterns.LeftGrammar && j > 0 && j+1 < len(d.toks) && d.genitive(d.toks[j-1].Key) &&
			d.toks[j+1].Kind == lang.Word && !d.toks[j+1].Cap && d.genitive(d.toks[j+1].Key) {
			return j + 1, false
		}
	}
	return 0, true
}

// closing returns the index of the quote closing an opening quote at j.
func (d *doc) closing(j int) int {
	open := d.toks[j].Key
	want := map[string]string{"«": "»", "“": "”", "\"": "\""}[open]
	if want == "" {
		return 0
	}
	depth := 0
	for k := j + 1; k < len(d.toks) && k < j+20; k++ {
		switch d.toks[k].Key {
		case open:
			if open != want {
				depth++
			}
		case want:
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return 0
}

func (d *doc) parenEnd(j int) int {
	for k := j + 1; k < len(d.toks) && k < j+12; k++ {
		if d.punct(k, ")") {
			return k
		}
		if d.punct(k, "(") || d.lineBreakBefore(k) {
			return 0
		}
	}
	return 0
}
