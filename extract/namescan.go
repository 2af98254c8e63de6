package extract

import (
	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// nameScan grows one institution name from its trigger noun, token by
// token. Each step reads one token (punctuation, number or word), updates
// what the scan has seen so far and says where to go on, or that the name
// ends there. Which words continue a name is the pack's grammar
// (institutions.grammar): name_right.go, name_left.go, name_definite.go.
type nameScan struct {
	d         *doc
	gaz       *gazetteer // places that end a name ("بوهران") or are no name word
	h         instHit
	trigStart int // the trigger's first token
	end       int // the first token after the trigger

	trigAcronym bool // the trigger is written in capitals ("EPH", "ЦРБ")
	left        bool // the left grammar: adjectives before the trigger
	definite    bool // the trigger bears the definite article ("المستشفى")

	named    bool // the name names one organisation, not a generic noun
	last     int  // the end of the name taken so far
	words    int  // words and numbers taken after the trigger
	official bool // "centre national de greffe", "республиканский центр по координации"

	inName       bool // definite grammar: the last word taken was a bare proper name
	sawAdj       bool // definite grammar: an adjective was taken, or ends the trigger
	complement   bool // definite grammar: the last word taken was a complement ("للنهوض")
	quoted       bool // the last thing taken was a quoted name
	afterAcronym bool // a name goes on past "(ACR)" only to "de Ville"
	conjunction  bool // a conjunction ("et", "и") was read since the last name word
	afterJoin    bool // a join ("de", "du") was read since the last name word
	open         bool // an opener was read ("имени")
	afterName    bool // the last word taken was capitalised, or came after an opener
}

// named extends a trigger at tokens [start, end) into a full name and says
// whether it names one organisation rather than a generic noun.
func (d *doc) named(start, end int, trig patterns.Phrase, g *gazetteer) (instHit, bool) {
	s := d.newNameScan(start, end, trig, g)
	s.scan()
	return s.result()
}

// newNameScan starts a scan after the trigger at [start, end); in the left
// grammar the name first takes the adjectives before the trigger.
func (d *doc) newNameScan(start, end int, trig patterns.Phrase, g *gazetteer) *nameScan {
	t0 := d.toks[start]
	s := &nameScan{
		d:         d,
		gaz:       g,
		h:         instHit{start: start, end: end, kind: trig.Value, trig: start, body: end},
		trigStart: start,
		end:       end,
		last:      end,
		afterName: true,
	}
	s.trigAcronym = t0.Upper == t0.Letters && t0.Letters > 1
	s.named = d.l.Cased && t0.Cap && !s.trigAcronym && !d.sentenceStart(start)
	s.left = d.l.Inst.Grammar == patterns.LeftGrammar
	if s.left {
		s.h.start, s.named = d.leftName(start, s.named, g)
	}
	s.definite = d.definite(trig.Keys[0])
	for k := s.h.start; k < start; k++ {
		s.official = s.official || d.l.Inst.Official[d.toks[k].Key]
	}
	// a trigger that ends on an adjective ("المستشفى الجامعي") takes a name next
	s.sawAdj = len(trig.Keys) > 1 && d.definite(trig.Keys[len(trig.Keys)-1])
	return s
}

// scan takes tokens after the trigger until a step ends the name, a line
// ends or the pack's max_words are taken.
func (s *nameScan) scan() {
	for j := s.end; j < len(s.d.toks) && s.words < s.d.l.Inst.MaxWords; {
		if s.d.lineBreakBefore(j) {
			return
		}
		next, stop := s.step(j)
		if stop {
			return
		}
		j = next
	}
}

// step reads token j and returns the next token to read, or stop.
func (s *nameScan) step(j int) (next int, stop bool) {
	switch s.d.toks[j].Kind {
	case lang.Punct:
		return s.punct(j)
	case lang.Number:
		return s.number(j)
	}
	return s.word(j)
}

// punct reads punctuation: quotes, "№ N" and "(ACR)" are part of the
// name; a hyphen or an initial's dot lets the scan go on.
func (s *nameScan) punct(j int) (int, bool) {
	next, stop := s.punctAt(j)
	if stop {
		return 0, true
	}
	if next < 0 { // a part of the name: quotes, № N, (ACR)
		s.named, s.afterName = true, true
		s.afterAcronym = s.d.punct(-next-1, ")")
		s.quoted = s.d.closing(j) == -next-1
		s.last = -next
		return -next, false
	}
	return next, false
}

// number reads a number, which names the body ("СОКБ 1") after a name word
// or inside a date ("du 1er Novembre 1954").
func (s *nameScan) number(j int) (int, bool) {
	d := s.d
	inDate := d.nameDay(j) || d.nameYear(j, s.end) // "du 1er Novembre 1954"
	if !inDate && (!s.afterName || s.afterJoin || s.definite && j == s.end) {
		return 0, true // "CHU en 2013", "المركز 15" (a rank)
	}
	if d.punct(j-1, "»") || d.punct(j-1, "”") {
		return 0, true // "«... Сорокина» 6 октября": a quoted name is whole
	}
	s.named, s.words, j = true, s.words+1, j+1
	if j < len(d.toks) && d.glued(j-1) && d.toks[j].Kind == lang.Word && d.toks[j].Letters <= 3 {
		j++ // "1er"
	}
	s.last = j
	return j, false
}

// word reads a word: a stop word or the start of something else ends the
// name; openers and joins are read without being taken; any other word is
// taken if the grammar says it continues the name.
func (s *nameScan) word(j int) (int, bool) {
	d, t := s.d, s.d.toks[j]
	key := t.Key
	if s.stopWord(j) {
		return 0, true
	}
	s.afterAcronym = false
	_, c, isTrig := d.phraseAt(d.l.Inst.Triggers, j)
	if s.otherName(j, isTrig, c.cut) {
		return 0, true
	}
	if d.l.Inst.Open[key] {
		s.open, s.afterJoin = true, true
		return j + 1, false
	}
	if d.l.Inst.Articles[key] && !t.Cap && j > s.end && !d.l.Inst.Connectors[d.toks[j-1].Key] {
		return 0, true // "ministère de la Santé l'acquisition": an article after a word opens the object
	}
	if d.l.Inst.Connectors[key] {
		s.afterJoin = true
		s.conjunction = s.conjunction || d.l.Inst.Conjunctions[key]
		return j + 1, false
	}
	s.conjunction = false
	if d.l.Inst.Official[key] && j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Word {
		s.official = true
	}
	ok, specific := s.nameWord(j, isTrig)
	if !ok {
		s.closeAt(j)
		return 0, true
	}
	s.named = s.named || specific
	s.afterName = t.Cap || s.open
	s.afterJoin = false
	s.words++
	s.last = j + 1
	return j + 1, false
}

// stopWord reports whether word j ends the name by itself: a stop word of
// the pack, or a lowercase word after "(ACR)".
func (s *nameScan) stopWord(j int) bool {
	d, t := s.d, s.d.toks[j]
	// the word right after an opener is a name word: "مولاي علي" (Ali,
	// written as the preposition "على" once folded), "имени"
	if j > 0 && d.l.Inst.Open[d.toks[j-1].Key] {
		return false
	}
	// initials ("В. И.") and acronyms ("СО") are never stop words
	if d.l.Inst.Stop[t.Key] && !(t.Cap && t.Letters == 1 && d.punct(j+1, ".")) && !(t.Letters > 1 && t.Upper == t.Letters) {
		return true
	}
	return s.afterAcronym && !t.Cap && !d.l.Inst.Continuers[t.Key] // "(CNOPS) et plusieurs compagnies"
}

// otherName reports whether word j opens something other than this name:
// a second institution, a place after a conjunction, a person.
func (s *nameScan) otherName(j int, isTrig bool, cut int) bool {
	d, t := s.d, s.d.toks[j]
	if s.conjunction && s.left && t.Cap && d.triggerWithin(j+1, 3) {
		return true // "... и Корейского агентства": adjectives opening a second name
	}
	if isTrig && (s.conjunction || (s.afterJoin && t.Cap || cut > 0) && !s.left) {
		return true // "... et l'Institut", "... и НИИ", "... du Centre hospitalier", "بمستشفى": another name
	}
	if s.conjunction && d.l.Cased && (!t.Cap && !s.left || t.Cap && s.gaz != nil && len(s.gaz.lookup(t.Key)) > 0) {
		return true // "hôpital Beaujon de Paris et en présence", "les CHU de Annaba et Constantine"
	}
	return d.personAhead(j) // "Курильской ЦРБ Елена Мацишина": the head doctor, not the name
}

// closeAt is called at the first word j the name does not take: a city
// glued to a locative or an acronym in parentheses ahead still closes it.
func (s *nameScan) closeAt(j int) {
	d := s.d
	if e, isCity := d.placeAfter(j, s.gaz); isCity && !d.l.Cased && !(s.definite && !s.sawAdj) {
		// "المركز الاستشفائي الجامعي بوهران": the city names it; not
		// "المستشفى بسطيف", the hospital in Sétif
		s.named, s.last = true, e
	} else if e := d.acronymAhead(j, s.gaz); e > 0 {
		// "Fonds national ... pour les travailleurs salariés (CNAS)"
		s.named, s.last = true, e
	}
}

// collectiveBefore reports whether a collective phrase of the pack's facts
// ("des hôpitaux", "les cliniques") ends on the trigger at token t.
func (d *doc) collectiveBefore(t int) bool {
	p := d.l.Facts.Collective
	if p == nil {
		return false
	}
	for k := max(t-3, 0); k <= t; k++ {
		if ph, ok := p.At(d.toks, k); ok && k+len(ph.Keys) == t+1 {
			return true
		}
	}
	return false
}

// onlyPlaces reports whether the capitalised words after the trigger are
// all gazetteer places.
func (s *nameScan) onlyPlaces() bool {
	d := s.d
	for j := s.end; j < s.h.end; j++ {
		t := d.toks[j]
		if t.Kind == lang.Number || t.Kind == lang.Punct && t.Key != "," && t.Key != "-" {
			return false
		}
		if t.Kind == lang.Word && t.Cap && (s.gaz == nil || len(s.gaz.lookup(t.Key)) == 0) && !d.l.City.Articles[t.Key] {
			return false
		}
	}
	return true
}

// result is the name taken and whether it names one organisation.
func (s *nameScan) result() (instHit, bool) {
	if s.h.end < s.last {
		s.h.end = s.last
	}
	// an official adjective plus a complement names one body, and so does
	// a ministry with its portfolio ("ministère de la santé")
	if s.official && s.h.end-s.h.start >= 3 || s.d.l.Inst.SelfNamed[s.d.toks[s.trigStart].Key] && s.h.end-s.end >= 1 {
		s.named = true
	}
	// many bodies named by a collective phrase ("des hôpitaux de Tunis,
	// Monastir et La Marsa") are no one body when only places name them;
	// an acronym is no plural ("les CHU de Annaba et Constantine": one CHU
	// a city)
	if s.named && s.d.l.Cased && !s.trigAcronym && s.d.collectiveBefore(s.trigStart) && s.onlyPlaces() {
		s.named = false
	}
	// a capitalised trigger with nothing after it names no body by its
	// capital alone: a region ("la communauté hospitalo-universitaire du
	// Centre"), a reference back ("le Centre")
	if s.h.start == s.trigStart && s.h.end == s.end && !s.trigAcronym && s.d.l.Inst.Grammar == patterns.RightGrammar {
		s.named = false
	}
	return s.h, s.named
}
