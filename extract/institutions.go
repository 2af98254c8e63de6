package extract

import (
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
