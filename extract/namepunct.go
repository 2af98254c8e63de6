package extract

import (
	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// punctAt decides what punctuation at j does to the name. It returns
// (-k, false) when tokens up to k belong to the name, (k, false) to go on
// scanning at k without taking anything yet, or stop.
func (s *nameScan) punctAt(j int) (int, bool) {
	d := s.d
	switch d.toks[j].Key {
	case "«", "“", "\"":
		if c := d.closing(j); c > 0 && j == s.last && d.quotedName(j) {
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
		if prev.Kind == lang.Word && ((prev.Letters == 1 && prev.Cap) || d.l.Inst.Open[prev.Key]) {
			return j + 1, false // "им.", initials "Н."
		}
	case "(":
		return s.paren(j)
	case ",":
		if s.listComma(j) {
			return j + 1, false
		}
	}
	return 0, true
}

// paren reads parentheses at j: a short name in them is the name's
// acronym and part of it; after a trigger in capitals they spell it out.
func (s *nameScan) paren(j int) (int, bool) {
	d := s.d
	c := d.parenEnd(j)
	if c == 0 {
		return 0, true
	}
	// a short name in parentheses: "(CNAS)", "(СОКБ № 1)", "(CHU-NDC)",
	// "(НМИЦ ТО им. Р. Р. Вредена)"
	if d.shortName(j+1, c, s.gaz) {
		if s.h.acronym == "" {
			s.h.acronym = d.tokSpan(j+1, c).Text
		}
		return -(c + 1), false
	}
	if s.trigAcronym && j == s.last {
		return c + 1, false // "EPH (Etablissement public hospitalier) de ..."
	}
	return 0, true
}

// listComma reports whether a comma at j goes on with the name's list of
// complements.
func (s *nameScan) listComma(j int) bool {
	d := s.d
	// "ministère du Travail, de l'Emploi et de la Sécurité sociale"
	if d.l.Cased && s.afterName && j+2 < len(d.toks) && d.l.Inst.Continuers[d.toks[j+1].Key] &&
		(d.toks[j+2].Cap || d.l.Inst.Connectors[d.toks[j+2].Key] && j+3 < len(d.toks) && d.toks[j+3].Cap) {
		return true
	}
	// a list of genitives: "центр гематологии, онкологии и иммунологии"
	return d.l.Inst.Grammar == patterns.LeftGrammar && j > 0 && j+1 < len(d.toks) && d.genitive(d.toks[j-1].Key) &&
		d.toks[j+1].Kind == lang.Word && !d.toks[j+1].Cap && d.genitive(d.toks[j+1].Key)
}

// quotedName reports whether the quote at j opens a name: a straight
// quote stands apart from the word before it and glued to the one after
// (`مستشفى "السلامة "`, not `CHU de Bab El-Oued", a souligné`, which
// closes a quotation), and in a cased script the name opens on a capital
// (not `centre "pionnier en la matière"`).
func (d *doc) quotedName(j int) bool {
	if j+1 >= len(d.toks) || d.toks[j+1].Kind == lang.Punct {
		return false
	}
	if d.toks[j].Key == "\"" && (j > 0 && d.glued(j-1) || !d.glued(j)) {
		return false
	}
	return !d.l.Cased || d.toks[j+1].Cap || d.toks[j+1].Kind == lang.Number
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
		// the closing quote first: a straight quote '"' closes itself
		switch d.toks[k].Key {
		case want:
			if depth == 0 {
				return k
			}
			depth--
		case open:
			depth++
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
