package extract

import (
	"sort"
	"strings"
)

// when is the date or period the count at r refers to, or nil: "depuis
// lors" and the date before; "depuis sa création" and the date that
// follows or the founding date the article gives ("2007/.."); else the
// date of its sentence nearest to it, with the interval it may close or
// open ("2014/2023", "2011-04/.."); else, for a count that goes on from
// the one before (within inheritReach sentences: "dont", "parmi elles", a
// list), that count's; else, when its sentence says "the same period", the
// latest date before it. A founding date or a point of comparison is no
// count's date ("créée en 2007", "par rapport à 2022").
func (sc *scene) when(r tokRange) *string {
	s := sc.sent[r.start]
	k := sc.nearestDate(r, func(j int) bool { return sc.dated(j) && sc.dates[j].owner == sc.count })
	if p, ok := sc.phraseIn(sc.sinceThen, s); ok {
		if j := sort.Search(len(sc.dates), func(j int) bool { return sc.dates[j].start >= p }) - 1; j >= 0 && s-sc.sent[sc.dates[j].start] <= inheritReach {
			v := sc.rec.Dates[sc.dates[j].which].Value + "/.."
			return &v
		}
	}
	if p, ok := sc.phraseIn(sc.sinceFounding, s); ok && sc.alone(r, p) {
		switch {
		case k >= 0 && sc.dates[k].start > p && sc.dates[k].start-p <= foundingReach:
			v := sc.rec.Dates[sc.dates[k].which].Value + "/.."
			return &v
		case sc.founding >= 0 && (p < r.start || k < 0):
			// "Depuis sa création, la clinique a officié 5.000 opérations";
			// after a count with a date of its own it compares ("le plus
			// haut depuis son ouverture")
			v := sc.rec.Dates[sc.dates[sc.founding].which].Value + "/.."
			return &v
		}
	}
	if k < 0 { // a date after a list of counts in one clause is all of theirs: "420 implantations et deux cents angioplasties en 2021"
		k = sc.nearestDate(r, func(j int) bool {
			return sc.dated(j) && sc.marks[sc.dates[j].start] == sc.marks[r.end] && sc.dates[j].start >= r.end
		})
	}
	if k >= 0 {
		v := sc.period(k)
		return &v
	}
	// "sur la même période", "за год", "خلال نفس الفترة": the latest
	// period before that is closed ("подвёл итоги 2023 года. За год ...
	// выполнили более 1 100 трансплантаций")
	_, same := sc.phraseIn(sc.samePeriod, s)
	if same {
		for j := sort.Search(len(sc.dates), func(j int) bool { return sc.dates[j].start >= r.start }) - 1; j >= 0 && s-sc.sent[sc.dates[j].start] <= samePeriodReach; j-- {
			if v := sc.period(j); sc.dated(j) && !strings.HasSuffix(v, "/..") {
				return &v
			}
		}
	}
	if sc.prevWhen != nil && s-sc.prevSent <= inheritReach && (!strings.HasSuffix(*sc.prevWhen, "/..") || sc.subset(r)) {
		return sc.prevWhen // an open period goes on only to a part of its count: "depuis 2014, 480 ..., dont 200"
	}
	// a date of the sentence just before that no count took and that
	// opens no period
	for j := sort.Search(len(sc.dates), func(j int) bool { return sc.dates[j].start >= r.start }) - 1; j >= 0 && s-sc.sent[sc.dates[j].start] <= contextReach; j-- {
		if sc.dated(j) {
			if v := sc.period(j); sc.dates[j].owner < 0 && !strings.HasSuffix(v, "/..") {
				return &v
			}
			return nil
		}
	}
	return nil
}

// dated reports whether date mention j may be a count's date: not a
// founding, not a point of comparison.
func (sc *scene) dated(j int) bool { return !sc.dates[j].founded && !sc.dates[j].compared }

// foundingReach is how many words after "depuis sa création" its date
// may stand ("منذ افتتاحها سنة 2011").
const foundingReach = 16

// inheritReach is how many sentences after a dated count a count without
// a date of its own still refers to its period.
// Sentence numbers count a sentence end and a line break each, so a
// paragraph break after a full stop is two.
const inheritReach = 4

// contextReach is how many sentence numbers before a count without a
// date the date of a sentence still gives its period (the sentence
// before: "итоги за 2022 год. Согласно отчёту, выполнено свыше 48 тысяч
// операций"); samePeriodReach, when the count says "the same period".
const (
	contextReach    = 2
	samePeriodReach = 8
)

// nearestDate is the date mention of the count's sentence nearest to it
// that ok accepts, or -1.
func (sc *scene) nearestDate(r tokRange, ok func(int) bool) int {
	return sc.nearest(len(sc.dates), func(j int) (int, int) { return sc.dates[j].start, sc.dates[j].end }, r, ok)
}
