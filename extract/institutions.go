package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// instHit is one institution mention: tokens [start, end), less cut bytes
// of a clitic glued to the first token ("بالمستشفى").
type instHit struct {
	start, end int
	cut        int
	kind       string
	acronym    string // an acronym given in parentheses, or the mention itself
	body       int    // first token after the trigger: the name proper
}

// institutions finds names opened by a trigger noun ("clinique",
// "المستشفى", "больница") and extended by the pack's grammar, and
// acronyms; then brings the mentions of one organisation together.
func (d *doc) institutions(g *gazetteer) []Institution {
	d.gaz = g
	d.notInstitution = map[string]bool{}
	var hits []instHit
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].Kind != lang.Word {
			continue
		}
		if ph, _, ok := d.phraseAt(d.l.Departments, i); ok {
			i += len(ph.Keys) - 1
			continue
		}
		if ph, cut, ok := d.phraseAt(d.l.Triggers, i); ok {
			h, named := d.named(i, i+len(ph.Keys), ph)
			if named {
				if h.start == i {
					h.cut = cut
				}
				hits = append(hits, h)
				i = h.end - 1
			} else {
				i += len(ph.Keys) - 1
			}
			continue
		}
		if d.acronym(i) {
			if d.punct(i-1, "(") && d.punct(i+1, ")") {
				// an abbreviation defined in parentheses: an institution if
				// it spells a capitalised name before it ("Régie de
				// l'assurance maladie du Québec (RAMQ)"), else a term
				// ("donneur vivant apparenté (DVA)", "(LRLT)")
				if s, ok := d.definition(i); ok {
					hits = append(hits, instHit{start: s, end: i + 2, kind: "organization", acronym: d.tokSpan(i, i+1).Text})
					continue
				}
				d.notInstitution[d.toks[i].Key] = true
				continue
			}
			hits = append(hits, instHit{start: i, end: i + 1, kind: "organization", acronym: d.tokSpan(i, i+1).Text})
		}
	}
	d.names = newBitmap(len(d.t.Norm))
	for _, h := range hits {
		d.names.set(d.toks[h.start].Start+h.cut, d.toks[h.end-1].End)
	}
	return d.mergeInstitutions(hits)
}

// phraseAt matches a phrase at token i, as written or with a clitic cut.
func (d *doc) phraseAt(p *patterns.Phrases, i int) (patterns.Phrase, int, bool) {
	if ph, ok := p.At(d.toks, i); ok {
		return ph, 0, true
	}
	for _, c := range d.unglued(i) {
		if ph, ok := p.AtKey(c.key, d.toks, i); ok {
			return ph, c.cut, true
		}
	}
	return patterns.Phrase{}, 0, false
}

// named extends a trigger at tokens [start, end) into a full name and says
// whether it names one organisation rather than a generic noun.
func (d *doc) named(start, end int, trig patterns.Phrase) (instHit, bool) {
	h := instHit{start: start, end: end, kind: trig.Value, body: end}
	t0 := d.toks[start]
	trigAcronym := t0.Upper == t0.Letters && t0.Letters > 1
	named := d.l.Cased && t0.Cap && !trigAcronym && !d.sentenceStart(start)
	left := d.l.Grammar == patterns.LeftGrammar
	if left {
		h.start, named = d.leftName(start, named)
	}
	definite := d.definite(trig.Keys[0])
	inName := false       // definite grammar: the last word taken was a bare proper name
	afterAcronym := false // a name goes on past "(ACR)" only to "de Ville"
	conjunction := false
	official := false // "centre national de greffe", "республиканский центр по координации"
	for k := h.start; k < start; k++ {
		official = official || d.l.Official[d.toks[k].Key]
	}
	last, words := end, 0
	// a trigger that ends on an adjective ("المستشفى الجامعي") takes a name next
	sawAdj := len(trig.Keys) > 1 && d.definite(trig.Keys[len(trig.Keys)-1])
	afterJoin, open, afterName := false, false, true
	for j := end; j < len(d.toks) && words < d.l.MaxWords; {
		if d.lineBreakBefore(j) {
			break
		}
		t := d.toks[j]
		if t.Kind == lang.Punct {
			next, stop := d.namePunct(j, last, trigAcronym, afterName, open, &h)
			if stop {
				break
			}
			if next < 0 { // a part of the name: quotes, № N, (ACR)
				named, afterName = true, true
				afterAcronym = d.punct(-next-1, ")")
				j = -next
				last = j
				continue
			}
			j = next
			continue
		}
		if t.Kind == lang.Number {
			inDate := d.nameDay(j) || d.nameYear(j, end) // "du 1er Novembre 1954"
			if !inDate && (!afterName || afterJoin || definite && j == end) {
				break // "CHU en 2013", "المركز 15" (a rank)
			}
			named, words, j = true, words+1, j+1
			if j < len(d.toks) && d.glued(j-1) && d.toks[j].Kind == lang.Word && d.toks[j].Letters <= 3 {
				j++ // "1er"
			}
			last = j
			continue
		}
		key := t.Key
		// initials ("В. И.") and acronyms ("СО") are never stop words
		if d.l.InstStop[key] && !(t.Cap && t.Letters == 1 && d.punct(j+1, ".")) && !(t.Letters > 1 && t.Upper == t.Letters) {
			break
		}
		if afterAcronym && !t.Cap && !d.l.Continuers[key] {
			break // "(CNOPS) et plusieurs compagnies"
		}
		afterAcronym = false
		_, cut, isTrig := d.phraseAt(d.l.Triggers, j)
		if conjunction && left && t.Cap && d.triggerWithin(j+1, 3) {
			break // "... и Корейского агентства": adjectives opening a second name
		}
		if isTrig && (conjunction || (afterJoin && t.Cap || cut > 0) && !left) {
			break // "... et l'Institut", "... и НИИ", "... du Centre hospitalier", "بمستشفى": another name
		}
		if conjunction && d.l.Cased && (!t.Cap && !left || t.Cap && d.gaz != nil && len(d.gaz.lookup(key)) > 0) {
			break // "hôpital Beaujon de Paris et en présence", "les CHU de Annaba et Constantine"
		}
		if d.personAhead(j) {
			break // "Курильской ЦРБ Елена Мацишина": the head doctor, not the name
		}
		if d.l.Open[key] {
			open, afterJoin = true, true
			j++
			continue
		}
		if d.l.InstArticles[key] && !t.Cap && j > end && !d.l.InstJoin[d.toks[j-1].Key] {
			break // "ministère de la Santé l'acquisition": an article after a word opens the object
		}
		if d.l.InstJoin[key] {
			afterJoin = true
			conjunction = conjunction || d.l.Conjunctions[key]
			j++
			continue
		}
		conjunction = false
		ok, specific := false, false
		if d.l.Official[key] && j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Word {
			official = true
		}
		switch {
		case d.l.Grammar == patterns.DefiniteGrammar:
			ok, specific = d.definiteNameWord(j, j == end, definite, &sawAdj, &inName)
		case left && !afterJoin && j > end && d.acronym(j):
			// "центр онкоурологии КазНИИОиР": a genitive acronym is the
			// parent organisation, a name of its own
		case t.Cap:
			// "le premier CHU de France", "société d'État": no one body
			ok, specific = true, !d.l.Generic[key] && (d.gaz == nil || d.gaz.countries[key] == "")
		case d.l.Cased && d.punct(j+1, "-") && d.glued(j) && j+2 < len(d.toks) && d.toks[j+2].Kind == lang.Word:
			ok = true // the first half of "сердечно-сосудистой", "hépato-biliaire"
		case open && j+1 < len(d.toks) && d.toks[j+1].Cap:
			ok = true // "имени академика В. И. Шумакова"
		case afterJoin && !left && !open:
			ok = true // "de chirurgie"
		case d.adjective(key) || (left && (d.genitive(key) || isTrig || conjunction && hasSuffix(key, d.l.AfterAnd))):
			ok = true // "больницы Сеульского национального университета"
		}
		if !ok {
			if e, isCity := d.placeAfter(j); isCity && !d.l.Cased {
				// "المركز الاستشفائي الجامعي بوهران": the city names it
				named, last = true, e
			} else if e := d.acronymAhead(j); e > 0 {
				// "Fonds national ... pour les travailleurs salariés (CNAS)"
				named, last = true, e
			}
			break
		}
		named = named || specific
		afterName = t.Cap || open
		afterJoin = false
		words++
		j++
		last = j
	}
	if h.end < last {
		h.end = last
	}
	// an official adjective plus a complement names one body, and so does
	// a ministry with its portfolio ("ministère de la santé")
	if official && h.end-h.start >= 3 || d.l.SelfNamed[t0.Key] && h.end-end >= 1 {
		named = true
	}
	return h, named
}

// triggerWithin reports whether a trigger opens within n words from j,
// over adjectives only.
func (d *doc) triggerWithin(j, n int) bool {
	for k := j; k < len(d.toks) && k < j+n; k++ {
		if _, _, ok := d.phraseAt(d.l.Triggers, k); ok {
			return true
		}
		if d.toks[k].Kind != lang.Word || !d.adjective(d.toks[k].Key) {
			return false
		}
	}
	return false
}

// personAhead reports whether tokens j, j+1 are a first name and a surname
// (by the pack's surname endings): "Елена Мацишина", "Денис Ефимов".
func (d *doc) personAhead(j int) bool {
	if len(d.l.Surnames) == 0 || j+1 >= len(d.toks) {
		return false
	}
	a, b := d.toks[j], d.toks[j+1]
	if a.Kind != lang.Word || b.Kind != lang.Word || !a.Cap || !b.Cap || a.Upper == a.Letters || b.Upper == b.Letters || !a.SpaceAfter {
		return false
	}
	surname := hasSuffix(b.Key, d.l.Surnames)
	if !surname && j+3 < len(d.toks) && d.punct(j+2, "-") && d.glued(j+1) && d.glued(j+2) {
		surname = hasSuffix(d.toks[j+3].Key, d.l.Surnames) // "Руммо-Левченко"
	}
	return surname && !d.adjective(a.Key)
}

// placeAfter reports whether token j is a gazetteer place glued to a
// locative clitic ("بوهران"), and where it ends.
func (d *doc) placeAfter(j int) (int, bool) {
	if d.gaz == nil {
		return 0, false
	}
	for _, c := range d.unglued(j) {
		if d.l.Locative[c.from] {
			if len(d.gaz.lookup(c.key)) > 0 {
				return j + 1, true
			}
		}
	}
	return 0, false
}

// acronymAhead looks past up to three lowercase words at j for an acronym
// in parentheses, which closes a full name: it returns the end of "(ACR)".
func (d *doc) acronymAhead(j int) int {
	for k := j; k < len(d.toks) && k < j+6; k++ {
		t := d.toks[k]
		if t.Kind == lang.Punct {
			if t.Key == "(" {
				if c := d.parenEnd(k); c > 0 && d.shortName(k+1, c) {
					return c + 1
				}
			}
			if t.Key == "-" && d.glued(k-1) && d.glued(k) {
				continue // "maladie-invalidité"
			}
			return 0
		}
		if t.Kind != lang.Word || t.Cap || d.l.InstStop[t.Key] {
			return 0
		}
	}
	return 0
}

// leftName extends a Russian-style name leftwards over the adjectives,
// capitalised words and acronyms before its trigger ("Республиканский
// научно-практический центр", "ВКО Многопрофильный центр").
func (d *doc) leftName(start int, named bool) (int, bool) {
	first, adjectives := start, 0
	for j := start - 1; j >= 0; j-- {
		if d.lineBreakBefore(j + 1) {
			break
		}
		if d.punct(j, "-") && j > 0 && d.glued(j-1) && d.glued(j) {
			continue
		}
		t := d.toks[j]
		if t.Kind != lang.Word || d.l.InstStop[t.Key] {
			break
		}
		compound := d.punct(j+1, "-") && d.glued(j)
		acr := d.acronym(j)
		capital := t.Cap && !d.sentenceStart(j)
		if !acr && !compound && !capital && !d.adjective(t.Key) {
			break
		}
		if acr || capital {
			named = true
		}
		if !acr {
			adjectives++
		}
		first = j
	}
	if !named && adjectives >= 2 && d.toks[first].Cap {
		named = true // "Республиканский специализированный центр ..." opening a sentence
	}
	return first, named
}

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

// adjective reports whether a word ends like an adjective of the pack.
func (d *doc) adjective(key string) bool {
	return hasSuffix(key, d.l.AdjSuffixes) && !hasSuffix(key, d.l.NounSuffixes)
}

// genitive reports whether a word ends like a noun complement ("онкологии").
func (d *doc) genitive(key string) bool { return hasSuffix(key, d.l.GenSuffixes) }

func hasSuffix(key string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(key, s) && utf8.RuneCountInString(key) > utf8.RuneCountInString(s)+2 {
			return true
		}
	}
	return false
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
