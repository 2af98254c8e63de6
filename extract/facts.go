package extract

import (
	"sort"
	"strings"
)

// facts ties each count (procedures' mentions, in text order, with their
// tokens) to the institution that performed it, the city where and when,
// as FORMAT.md "Facts" defines, then merges the mentions of one fact. It
// reads what the other matchers put in the record (institutions, dates
// and cities with their evidence) and the pack's facts words; an article
// without counts costs nothing.
func (d *doc) facts(ps []Procedure, spans []tokRange, rec *Record) []Procedure {
	if len(ps) == 0 {
		return []Procedure{}
	}
	sc := d.scene(rec)
	sc.own(spans)
	repeat := make([]bool, len(ps))
	for i := range ps {
		sc.count = i
		if typeRank(ps[i].Type) >= typeRank(&surgery) && (sc.sameKind(spans[i]) || sc.subset(spans[i])) {
			// "таких операций", "من هذا المجموع", "dont 12", "contre 650":
			// the procedures of the latest precise count before
			for j := i - 1; j >= 0 && sc.sent[spans[i].start]-sc.sent[spans[j].start] <= inheritReach; j-- {
				if typeRank(ps[j].Type) < typeRank(&surgery) {
					ps[i].Type, ps[i].Organ = ps[j].Type, ps[j].Organ
					break
				}
			}
		}
		if i > 0 && isTransplant(ps[i].Type) && ps[i].Organ == nil && isTransplant(ps[i-1].Type) && ps[i-1].Organ != nil &&
			sc.sent[spans[i].start]-sc.sent[spans[i-1].start] <= inheritReach {
			ps[i].Organ = ps[i-1].Organ // "12 greffes rénales ... dont 5 greffes à partir de donneurs vivants"
		}
		sc.attribute(&ps[i], spans[i])
		_, repeat[i] = d.l.Facts.Repeats.Before(d.toks, spans[i].start)
	}
	return mergeFacts(ps, repeat)
}

// sameKind reports whether a word of facts.same_kind stands around the
// count at r: from three words before it to three after.
func (sc *scene) sameKind(r tokRange) bool {
	for j := max(r.start-3, 0); j < r.end+3 && j < len(sc.d.toks); j++ {
		if _, ok := sc.d.l.Facts.SameKind.At(sc.d.toks, j); ok {
			return true
		}
	}
	return false
}

// attribute sets count p's institution, city and when. A plain operation
// at a specialised institution is of its specialty ("dix opérations" at
// the "clinique de chirurgie cardiaque": cardiac).
func (sc *scene) attribute(p *Procedure, r tokRange) {
	inst := sc.institution(r)
	if inst >= 0 {
		p.Institution = &sc.rec.Institutions[inst].Name
		if typeRank(p.Type) >= typeRank(&surgery) {
			if t, o := sc.instType(inst); typeRank(t) < typeRank(&surgery) {
				p.Type, p.Organ = t, o
			}
		}
	}
	if c := sc.city(r, inst); c >= 0 {
		p.City = &sc.rec.Cities[c].Name
	}
	p.When = sc.when(r)
	sc.prevWhen, sc.prevSent, sc.prevInst, sc.prevSet = p.When, sc.sent[r.start], inst, true
}

// institution is the record's institution that performed the count at r,
// or -1. Many bodies named by a plural before it ("les hôpitaux belges",
// "المستشفيات", "больницы региона") tie it to none. In the count's sentence: the nearest institution before it that
// performs procedures, else one after it said to have done or hosted them
// ("... ont été réalisées au CHU de Batna"), else a body of any kind there
// (a fund credited with them). Unless the sentence speaks of the whole
// country, or goes on from a figure tied to none: the last performer named before the sentence, else the first
// named after it (a headline), else any body.
func (sc *scene) institution(r tokRange) int {
	s := sc.sent[r.start]
	k := sc.refBefore(r.start)
	here := func(j int) bool { return j >= 0 && j < len(sc.refs) && sc.sent[sc.refs[j].start] == s }
	c, many := sc.collectiveBefore(r.start)
	many = many && sc.sent[c] == s
	if j := sc.perfAtOrBefore(k); here(j) && !(many && sc.refs[j].start < c) {
		return sc.refs[j].inst
	}
	if j := sc.after(k+1, s, true); j >= 0 {
		return sc.refs[j].inst
	}
	if here(k) && !(many && sc.refs[k].start < c) {
		return sc.refs[k].inst
	}
	if j := sc.after(k+1, s, false); j >= 0 {
		return sc.refs[j].inst // "... ont été financées par la Caisse"
	}
	if many {
		return -1 // "les hôpitaux belges ont pratiqué mille prostatectomies"
	}
	if sc.nationwideFor(r) {
		return -1
	}
	if sc.prevSet && s-sc.prevSent <= inheritReach && sc.prevInst < 0 {
		return -1 // a figure that goes on from one tied to no institution
	}
	if sc.main >= 0 {
		return sc.main
	}
	for _, j := range []int{sc.perfAtOrBefore(k), sc.perfAtOrAfter(k + 1), k, k + 1} {
		if j >= 0 && j < len(sc.refs) {
			return sc.refs[j].inst
		}
	}
	return -1
}

// after is the first ref from k on in sentence s that a word of facts.by
// introduces (and that performs procedures, if perf), or -1.
func (sc *scene) after(k int, s int32, perf bool) int {
	for j := k; j < len(sc.refs) && j < k+searchReach && sc.sent[sc.refs[j].start] == s; j++ {
		if sc.refs[j].by && (sc.refs[j].performer || !perf) {
			return j
		}
	}
	return -1
}

// city is where the count at r was done, or -1: a city of its sentence
// said to be where ("à Tamanrasset", "в Москве"); else the city of its
// institution's name ("CHU de Batna"); else any city of its sentence;
// else the dateline's (none of these for a count of the whole country or
// of many bodies: "à travers le pays", "les hôpitaux"); else, for a count tied to an institution, the
// article's city: the one named most often where nobody came from and no
// other institution's name holds it ("в Екатеринбурге выполнено ... По
// его словам, специалисты провели"). A city people came from ("venus de", "из") or that
// another institution's name holds is never it.
func (sc *scene) city(r tokRange, inst int) int {
	free := func(c placedCity) bool { return !c.away && (c.bound < 0 || c.bound == inst) }
	if c := sc.nearestCity(r, func(c placedCity) bool { return c.at && free(c) }); c >= 0 {
		return c
	}
	if sc.wide(r) {
		return -1 // "à travers le pays", "les hôpitaux belges": no one city
	}
	if inst >= 0 && sc.instCity[inst] >= 0 {
		return sc.instCity[inst]
	}
	if c := sc.nearestCity(r, free); c >= 0 {
		return c
	}
	if sc.dateline >= 0 || inst < 0 {
		return sc.dateline
	}
	return sc.articleCity
}

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
	k := sc.nearest(len(sc.dates), func(j int) (int, int) { return sc.dates[j].start, sc.dates[j].end }, r,
		func(j int) bool { return sc.dated(j) && sc.dates[j].owner == sc.count })
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
	if k < 0 { // a date after a list of counts is all of theirs: "420 implantations et deux cents angioplasties en 2021"
		k = sc.nearest(len(sc.dates), func(j int) (int, int) { return sc.dates[j].start, sc.dates[j].end }, r,
			func(j int) bool {
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

func isTransplant(t *string) bool { return t != nil && *t == "transplant" }

// subset reports whether a subset word ("dont", "из них", "منها") stands
// right before the count at r, or one word before it.
func (sc *scene) subset(r tokRange) bool {
	for j := r.start; j >= 0 && j >= r.start-1; j-- {
		if _, ok := sc.d.l.Proc.Subsets.Before(sc.d.toks, j); ok {
			return true
		}
	}
	return false
}

// wide reports whether the count at r is the country's or many bodies':
// its sentence has a nationwide phrase, or a collective one before it.
func (sc *scene) wide(r tokRange) bool {
	if sc.nationwideFor(r) {
		return true
	}
	c, ok := sc.collectiveBefore(r.start)
	return ok && sc.sent[c] == sc.sent[r.start] && sc.alone(r, c)
}

// nationwideFor reports whether a nationwide phrase of the count's
// sentence is its own: no other count stands between them.
func (sc *scene) nationwideFor(r tokRange) bool {
	s := sc.sent[r.start]
	k := sort.SearchInts(sc.nationwide, r.start) // only the nearest on each side can be alone with it
	for _, j := range []int{k - 1, k} {
		if j >= 0 && j < len(sc.nationwide) && sc.sent[sc.nationwide[j]] == s && sc.alone(r, sc.nationwide[j]) {
			return true
		}
	}
	return false
}
