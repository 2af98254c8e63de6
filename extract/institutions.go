package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// instHit is one institution mention: tokens [start, end), less cut bytes
// of a clitic glued to the first token ("بالمستشفى").
type instHit struct {
	start, end int
	cut        int
	clitic     clitic // the clitic cut from the first token, if any
	kind       string
	acronym    string // an acronym given in parentheses, or the mention itself
	trig       int    // first token of the trigger (of the words an acronym spells)
	body       int    // first token after the trigger: the name proper
}

// institutions finds names opened by a trigger noun ("clinique",
// "المستشفى", "больница") and extended by the pack's grammar, and
// acronyms; then brings the mentions of one organisation together. It
// also returns names, the bytes of the mentions, for dates to skip. The
// gazetteer tells places, which end names and are no acronyms. A name
// that would hold a count (counted: "مجموعه 310 عملية", a total of 310
// operations) is none.
func (d *doc) institutions(g *gazetteer, counted []bool) ([]Institution, bitmap) {
	d.notInstitution = map[string]bool{}
	var hits []instHit
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].Kind != lang.Word {
			continue
		}
		if ph, _, ok := d.phraseAt(d.l.Inst.Departments, i); ok {
			i += len(ph.Keys) - 1
			continue
		}
		if ph, c, ok := d.phraseAt(d.l.Inst.Triggers, i); ok {
			if d.possessed(i + len(ph.Keys) - 1) {
				i += len(ph.Keys) - 1
				continue
			}
			h, named := d.named(i, i+len(ph.Keys), ph, g)
			if named && !anyIn(counted, h.start, h.end) {
				if h.start == i {
					h.cut, h.clitic = c.cut, c
				}
				hits = append(hits, h)
				i = h.end - 1
			} else {
				// a phrase that names no one body is read whole: a trigger
				// word inside it is an adjective ("مؤسسة رعاية صحية
				// أكاديمية"), no second name
				i = max(i+len(ph.Keys), h.end) - 1
			}
			continue
		}
		if h, ok := d.knownAt(i); ok && !anyIn(counted, h.start, h.end) {
			hits = append(hits, h)
			i = h.end - 1
			continue
		}
		if d.acronym(i, g) {
			if h, ok := d.acronymHit(i); ok {
				if h.end == i+1 && !anyIn(counted, i, i+1) {
					h = d.acronymComplements(h, g, counted)
				}
				hits = append(hits, h)
				i = h.end - 1
			}
		}
	}
	names := newBitmap(len(d.t.Norm))
	for _, h := range hits {
		names.set(d.toks[h.start].Start+h.cut, d.toks[h.end-1].End)
	}
	return d.mergeInstitutions(hits, g), names
}

// knownAt reads a body the pack knows by name alone at token i
// (institutions.known: "Transplant Québec", "l'OMS", "Росздравнадзор"),
// written with a capital in a cased script.
func (d *doc) knownAt(i int) (instHit, bool) {
	ph, c, ok := d.phraseAt(d.l.Inst.Known, i)
	if !ok || d.l.Cased && !d.toks[i].Cap {
		return instHit{}, false
	}
	end := i + len(ph.Keys)
	h := instHit{start: i, end: end, cut: c.cut, clitic: c, kind: ph.Value, trig: i, body: end}
	if t := d.toks[i]; end == i+1 && t.Letters > 1 && t.Upper == t.Letters {
		h.acronym = d.tokSpan(i, end).Text
	}
	return h, true
}

// acronymHit reads the acronym at token i as an organisation. An
// abbreviation defined in parentheses is one if it spells a capitalised
// name before it ("Régie de l'assurance maladie du Québec (RAMQ)"), else a
// term ("donneur vivant apparenté (DVA)", "(LRLT)"), noted as no
// institution for the rest of the document.
func (d *doc) acronymHit(i int) (instHit, bool) {
	if d.punct(i-1, "(") && d.punct(i+1, ")") {
		if s, ok := d.definition(i); ok || s > 0 && d.triggerAt(s) {
			return instHit{start: s, end: i + 2, kind: "organization", acronym: d.tokSpan(i, i+1).Text, trig: s, body: i - 1}, true
		}
		d.notInstitution[d.toks[i].Key] = true
		return instHit{}, false
	}
	return instHit{start: i, end: i + 1, kind: "organization", acronym: d.tokSpan(i, i+1).Text, trig: i, body: i + 1}, true
}

// triggerAt reports whether a trigger noun opens at word i ("centre
// national pour la promotion de la transplantation d'organes (CNPTO)": a
// definition opening on one names a body even in small letters).
func (d *doc) triggerAt(i int) bool {
	_, _, ok := d.phraseAt(d.l.Inst.Triggers, i)
	return ok
}

// possessed reports whether word i is written with a possessive suffix
// that folding hides ("مجموعه", its total, folds as "مجموعة", a group).
func (d *doc) possessed(i int) bool {
	ps := d.l.Inst.Definite.WrittenPossessives
	if len(ps) == 0 {
		return false
	}
	text := d.tokSpan(i, i+1).Text
	for _, p := range ps {
		if strings.HasSuffix(text, p) {
			return true
		}
	}
	return false
}

// acronymComplements extends an acronym over the complements after it as
// the grammar extends a trigger, where the grammar is left: "МНПЦ хирургии,
// трансплантологии и гематологии" (an acronym alone in that grammar names
// its complements after it, as "центр" does).
func (d *doc) acronymComplements(h instHit, g *gazetteer, counted []bool) instHit {
	if d.l.Inst.Grammar != patterns.LeftGrammar {
		return h
	}
	i := h.start
	s := d.newNameScan(i, i+1, patterns.Phrase{Keys: []string{d.toks[i].Key}, Value: h.kind}, g)
	s.h.start = i // the adjectives before it are not read: "в минском МНПЦ"
	s.scan()
	e, _ := s.result()
	if e.end > i+1 && !anyIn(counted, i+1, e.end) {
		h.end = e.end
	}
	return h
}

// phraseAt matches a phrase at token i, as written or with a clitic cut
// (the clitic is returned; zero when none).
func (d *doc) phraseAt(p *patterns.Phrases, i int) (patterns.Phrase, clitic, bool) {
	if ph, ok := p.At(d.toks, i); ok {
		return ph, clitic{}, true
	}
	for _, c := range d.unglued(i) {
		if ph, ok := p.AtKey(c.key, d.toks, i); ok {
			return ph, c, true
		}
	}
	return patterns.Phrase{}, clitic{}, false
}

// anyIn reports whether one of set[a:b] is true.
func anyIn(set []bool, a, b int) bool {
	for k := a; k < b && k < len(set); k++ {
		if set[k] {
			return true
		}
	}
	return false
}
